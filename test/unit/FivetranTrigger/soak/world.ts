import type { IDataObject } from 'n8n-workflow';

// The soak's world: random state changes made in the sandbox the way Fivetran would make them,
// and the ground truth of what each trigger must report for them. A connector changes again only
// after every trigger watching it has seen its last change in a complete poll, so each change is
// observable and the ground truth is exact.

const { newConnection } = require('../../../../sandbox/records');
const sandboxClock = require('../../../../sandbox/clock');
const { prng } = require('../../../../sandbox/ids');

const sandboxNow = (): string => new Date(sandboxClock.now()).toISOString();

export interface SandboxConnection extends IDataObject {
	id: string;
	paused: boolean;
	succeeded_at: string | null;
	failed_at: string | null;
	status: IDataObject & { setup_state: string };
}

export interface SoakSandbox {
	url: string;
	control: {
		breakConnection(id: string): SandboxConnection;
		fixConnection(id: string): SandboxConnection;
		failNextSync(id: string): void;
		startSync(id: string): void;
		completeSync(id: string): SandboxConnection;
		setConnection(id: string, fields: IDataObject): SandboxConnection;
	};
	store: {
		connections: Map<string, SandboxConnection>;
		syncs: Map<string, unknown>;
		connectionList(): SandboxConnection[];
		addConnection(connection: SandboxConnection): void;
		removeConnection(id: string): void;
	};
}

/** What one trigger watches and selects, and what it must report. */
export interface Watcher {
	name: string;
	parameters: IDataObject;
	watches: (id: string) => boolean;
	selected: string[];
	expected: string[];
	emitted: string[];
	/** Changed connectors this trigger has not yet seen in a complete poll. */
	pending: Set<string>;
}

/** One expected event: condition events by connector, sync events also by Fivetran's timestamp. */
export function eventKey(event: string, id: string, at?: string | null): string {
	return event.startsWith('sync') ? `${event}:${id}@${at}` : `${event}:${id}`;
}

type Op = (c: SandboxConnection) => string[];

/** A seeded generator (the sandbox's mulberry32): the same seed gives the same soak. */
export const seededRandom: (seed: number) => () => number = prng;

export class SoakWorld {
	readonly counts: Record<string, number> = {};
	private created = 0;

	constructor(
		private readonly sandbox: SoakSandbox,
		private readonly watchers: Watcher[],
		private readonly random: () => number,
		private readonly undeletable: Set<string>,
	) {}

	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.random() * list.length)];
	}

	private locked(id: string): boolean {
		return this.watchers.some((w) => w.watches(id) && w.pending.has(id));
	}

	private record(id: string, events: string[]): void {
		for (const watcher of this.watchers) {
			if (!watcher.watches(id)) continue;
			watcher.pending.add(id);
			for (const key of events) {
				if (watcher.selected.includes(key.split(':')[0])) watcher.expected.push(key);
			}
		}
	}

	private readonly ops: Record<string, Op> = {
		break: (c) => {
			const after = this.sandbox.control.breakConnection(c.id);
			return [eventKey('connectorBroken', c.id), eventKey('syncFailed', c.id, after.failed_at)];
		},
		fixAndSync: (c) => {
			const after = this.sandbox.control.fixConnection(c.id);
			return [
				eventKey('connectorRecovered', c.id),
				eventKey('syncSucceeded', c.id, after.succeeded_at),
			];
		},
		pause: (c) => {
			this.sandbox.control.setConnection(c.id, { paused: true, status: { sync_state: 'paused' } });
			return [eventKey('connectorPaused', c.id)];
		},
		resume: (c) => {
			this.sandbox.control.setConnection(c.id, {
				paused: false,
				status: { sync_state: 'scheduled' },
			});
			return [eventKey('connectorResumed', c.id)];
		},
		syncSucceeds: (c) => {
			this.sandbox.control.startSync(c.id);
			return [
				eventKey('syncSucceeded', c.id, this.sandbox.control.completeSync(c.id).succeeded_at),
			];
		},
		syncFails: (c) => {
			this.sandbox.control.failNextSync(c.id);
			this.sandbox.control.startSync(c.id);
			return [eventKey('syncFailed', c.id, this.sandbox.control.completeSync(c.id).failed_at)];
		},
		// A long sync whose first phase already moved succeeded_at: nothing has ended yet.
		syncPhaseEnds: (c) => {
			this.sandbox.control.startSync(c.id);
			this.sandbox.control.setConnection(c.id, { succeeded_at: sandboxNow() });
			return [];
		},
		syncEnds: (c) => [
			eventKey('syncSucceeded', c.id, this.sandbox.control.completeSync(c.id).succeeded_at),
		],
		delete: (c) => {
			this.sandbox.store.removeConnection(c.id);
			return [];
		},
	};

	/** The changes that make sense for a connector in its current state. */
	private choices(c: SandboxConnection): string[] {
		const deletable = this.undeletable.has(c.id) ? [] : ['delete'];
		if (this.sandbox.store.syncs.has(c.id)) return ['syncEnds'];
		if (c.status.setup_state === 'incomplete') return deletable;
		if (c.paused) return ['resume', ...deletable];
		if (c.status.setup_state === 'broken') return ['fixAndSync', 'pause', ...deletable];
		return ['break', 'pause', 'syncSucceeds', 'syncFails', 'syncPhaseEnds', ...deletable];
	}

	private count(name: string): void {
		this.counts[name] = (this.counts[name] ?? 0) + 1;
	}

	/** Applies `op` (or a random fitting one) to connector `c`, recording what each trigger must report. */
	change(c: SandboxConnection, op?: string): void {
		const name = op ?? this.pick(this.choices(c));
		if (!name) return;
		this.count(name);
		const events = this.ops[name](c);
		if (name === 'delete') {
			for (const watcher of this.watchers) watcher.pending.delete(c.id);
		} else this.record(c.id, events);
	}

	/** A few random changes on connectors no trigger still has to see. */
	changeSome(howMany: number, candidates: readonly string[]): void {
		for (let i = 0; i < howMany; i++) {
			const id = this.pick(candidates);
			const c = this.sandbox.store.connections.get(id);
			if (c && !this.locked(id)) this.change(c);
		}
	}

	/** A new connector, its setup not finished (as a connector created in Fivetran's UI and left). */
	create(groupId: string): void {
		const id = `soak_new_${++this.created}`;
		const now = sandboxNow();
		this.sandbox.store.addConnection(
			newConnection({
				id,
				group_id: groupId,
				service: 'postgres',
				schema: id,
				created_at: now,
				status: { setup_state: 'incomplete' },
			}),
		);
		this.count('create');
		this.record(id, [eventKey('setupIncomplete', id)]);
	}

	/** Deletes a random deletable connector before `before` in the list; returns its ID. */
	deleteOneBefore(before: number): string | undefined {
		const list = this.sandbox.store.connectionList().slice(0, before);
		const c = this.pick(list.filter((x) => !this.undeletable.has(x.id) && !this.locked(x.id)));
		if (!c) return undefined;
		this.change(c, 'delete');
		return c.id;
	}

	isLocked(id: string): boolean {
		return this.locked(id);
	}
}
