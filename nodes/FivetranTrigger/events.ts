import type { ConnectorState } from '../shared/connector/connectorState';
import { toMillis } from '../shared/connector/connectorState';
import type { TriggerMemory } from './memory';

// Pure transition detection: no I/O, no clock. Given what the last successful poll remembered and
// what this poll read, say which events happened and what to remember next.

export const TRIGGER_EVENTS = [
	'connectorBroken',
	'connectorRecovered',
	'syncFailed',
	'syncSucceeded',
	'connectorPaused',
	'connectorResumed',
	'setupIncomplete',
] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

export function isTriggerEvent(value: unknown): value is TriggerEvent {
	return (TRIGGER_EVENTS as readonly unknown[]).includes(value);
}

/** One connector as this poll read it. */
export interface ConnectorFacts {
	id: string;
	/** created_at in ms (-Infinity if unknown): a connector created after the last poll is new. */
	createdAt: number;
	state: ConnectorState;
}

/** What the trigger remembered about a connector; null fields were not tracked. */
export interface Remembered {
	setupState: 'broken' | 'incomplete' | 'connected' | null;
	paused: boolean | null;
	lastSyncEnd: number | null;
}

export interface Detection {
	event: TriggerEvent;
	connectorId: string;
	/** null on a first-poll report and for connectors created since the last poll. */
	previous: Remembered | null;
	/** The sync's own timestamp for sync events; absent means "at this poll". */
	occurredAt?: string;
}

const SETUP_EVENTS: TriggerEvent[] = ['connectorBroken', 'connectorRecovered', 'setupIncomplete'];
const PAUSE_EVENTS: TriggerEvent[] = ['connectorPaused', 'connectorResumed'];
const SYNC_EVENTS: TriggerEvent[] = ['syncFailed', 'syncSucceeded'];

export interface Tracking {
	setup: boolean;
	pause: boolean;
	sync: boolean;
}

/** Which parts of the memory the selected events need. */
export function trackingFor(selected: readonly TriggerEvent[]): Tracking {
	const any = (family: TriggerEvent[]) => family.some((event) => selected.includes(event));
	return {
		setup: any(SETUP_EVENTS),
		pause: any(PAUSE_EVENTS),
		sync: any(SYNC_EVENTS),
	};
}

function isIncomplete(state: ConnectorState): boolean {
	return state.setupState === 'incomplete';
}

/** Sync ends newer than `mark`, oldest first. */
function syncEndsAfter(
	state: ConnectorState,
	mark: number,
): Array<{ event: TriggerEvent; at: string }> {
	const ends: Array<{ event: TriggerEvent; at: string; ms: number }> = [];
	if (state.failedAt && toMillis(state.failedAt) > mark) {
		ends.push({
			event: 'syncFailed',
			at: state.failedAt,
			ms: toMillis(state.failedAt),
		});
	}
	if (state.succeededAt && toMillis(state.succeededAt) > mark) {
		ends.push({
			event: 'syncSucceeded',
			at: state.succeededAt,
			ms: toMillis(state.succeededAt),
		});
	}
	return ends.sort((a, b) => a.ms - b.ms).map(({ event, at }) => ({ event, at }));
}

/** The events a connector's current state stands for, as if nothing had been seen before. */
function currentStateEvents(facts: ConnectorFacts): Array<{ event: TriggerEvent; at?: string }> {
	const { state } = facts;
	const events: Array<{ event: TriggerEvent; at?: string }> = [];
	if (state.isBroken) events.push({ event: 'connectorBroken' });
	if (state.isPaused) events.push({ event: 'connectorPaused' });
	if (isIncomplete(state)) events.push({ event: 'setupIncomplete' });
	if (state.failedAt && state.lastSyncFailed)
		events.push({ event: 'syncFailed', at: state.failedAt });
	if (state.succeededAt && !state.lastSyncFailed)
		events.push({ event: 'syncSucceeded', at: state.succeededAt });
	return events;
}

/** What a first poll with "Report Current State" (and a manual test) reports: current conditions and latest sync outcomes. */
export function describeCurrentState(
	connectors: readonly ConnectorFacts[],
	selected: readonly TriggerEvent[],
): Detection[] {
	return connectors.flatMap((facts) =>
		currentStateEvents(facts)
			.filter(({ event }) => selected.includes(event))
			.map(({ event, at }) => ({
				event,
				connectorId: facts.id,
				previous: null,
				...(at ? { occurredAt: at } : {}),
			})),
	);
}

class Recall {
	private readonly broken?: Set<string>;
	private readonly incomplete?: Set<string>;
	private readonly paused?: Set<string>;

	constructor(readonly memory: TriggerMemory) {
		if (memory.broken && memory.incomplete) {
			this.broken = new Set(memory.broken);
			this.incomplete = new Set(memory.incomplete);
		}
		if (memory.paused) this.paused = new Set(memory.paused);
	}

	/** undefined: this condition was not tracked at the last poll, so no transition can be told. */
	wasBroken = (id: string) => this.broken?.has(id);
	wasIncomplete = (id: string) => this.incomplete?.has(id);
	wasPaused = (id: string) => this.paused?.has(id);

	/** Sync ends after this are new. Unknown connectors: anything since the last poll started. */
	syncMark(id: string): number {
		return this.memory.lastSyncEnd?.[id] ?? this.memory.polledAt;
	}

	remembered(facts: ConnectorFacts): Remembered | null {
		if (facts.createdAt > this.memory.polledAt) return null;
		const broken = this.wasBroken(facts.id);
		let setupState: Remembered['setupState'] = null;
		if (broken !== undefined) {
			if (broken) setupState = 'broken';
			else setupState = this.wasIncomplete(facts.id) ? 'incomplete' : 'connected';
		}
		return {
			setupState,
			paused: this.wasPaused(facts.id) ?? null,
			lastSyncEnd: this.memory.lastSyncEnd?.[facts.id] ?? null,
		};
	}
}

function transitionsOf(
	facts: ConnectorFacts,
	recall: Recall,
): Array<{ event: TriggerEvent; at?: string }> {
	const { id, state } = facts;
	const found: Array<{ event: TriggerEvent; at?: string }> = [];
	const wasBroken = recall.wasBroken(id);
	if (wasBroken === false && state.isBroken) found.push({ event: 'connectorBroken' });
	if (wasBroken === true && !state.isBroken) found.push({ event: 'connectorRecovered' });
	const wasPaused = recall.wasPaused(id);
	if (wasPaused === false && state.isPaused) found.push({ event: 'connectorPaused' });
	if (wasPaused === true && !state.isPaused) found.push({ event: 'connectorResumed' });
	if (recall.wasIncomplete(id) === false && isIncomplete(state))
		found.push({ event: 'setupIncomplete' });
	found.push(...syncEndsAfter(state, recall.syncMark(id)));
	return found;
}

/** What to remember after this poll: only the parts the selected events need. */
export function nextMemory(
	previous: TriggerMemory | undefined,
	connectors: readonly ConnectorFacts[],
	tracking: Tracking,
	polledAt: number,
): TriggerMemory {
	const memory: TriggerMemory = { polledAt };
	if (tracking.setup) {
		memory.broken = connectors.filter((c) => c.state.isBroken).map((c) => c.id);
		memory.incomplete = connectors.filter((c) => isIncomplete(c.state)).map((c) => c.id);
	}
	if (tracking.pause) memory.paused = connectors.filter((c) => c.state.isPaused).map((c) => c.id);
	if (tracking.sync) {
		const marks: Record<string, number> = {};
		for (const { id, state } of connectors) {
			// Never move a mark back, so a timestamp Fivetran rewrites to an earlier one is not reported twice.
			const mark = Math.max(
				previous?.lastSyncEnd?.[id] ?? -Infinity,
				toMillis(state.succeededAt),
				toMillis(state.failedAt),
			);
			if (Number.isFinite(mark)) marks[id] = mark;
		}
		memory.lastSyncEnd = marks;
	}
	return memory;
}

/**
 * The events between the last successful poll and this one, plus the memory to keep. Connectors
 * missing from `connectors` (deleted, or out of scope) are forgotten. Without a previous memory
 * this is the baseline: nothing is reported unless `reportExisting`.
 */
export function detectTransitions(
	previous: TriggerMemory | undefined,
	connectors: readonly ConnectorFacts[],
	selected: readonly TriggerEvent[],
	polledAt: number,
	reportExisting: boolean,
): { detections: Detection[]; memory: TriggerMemory } {
	const memory = nextMemory(previous, connectors, trackingFor(selected), polledAt);
	if (!previous) {
		return {
			detections: reportExisting ? describeCurrentState(connectors, selected) : [],
			memory,
		};
	}
	const recall = new Recall(previous);
	const detections: Detection[] = [];
	for (const facts of connectors) {
		const found = transitionsOf(facts, recall).filter(({ event }) => selected.includes(event));
		if (found.length === 0) continue;
		const remembered = recall.remembered(facts);
		for (const { event, at } of found) {
			detections.push({
				event,
				connectorId: facts.id,
				previous: remembered,
				...(at ? { occurredAt: at } : {}),
			});
		}
	}
	return { detections, memory };
}
