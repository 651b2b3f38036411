import type { ConnectorState } from '../../shared/connector/connectorState';
import { isSetupIncomplete } from '../../shared/connector/connectorState';
import { syncEndsAfter } from '../../shared/connector/syncEnded';
import { uniqueById } from '../poll/absences';
import type { TriggerEvent } from '../poll/events';
import type { TriggerMemory } from '../poll/memory';
import type { ConnectorFacts, Detection, Remembered } from './connectorFacts';
import { trackingFor } from './connectorFacts';
import { nextMemory } from './nextConnectorMemory';

// Pure transition detection: no I/O, no clock. Given what the last successful poll remembered and
// what this poll read, say which events happened and what to remember next.

const isIncomplete = isSetupIncomplete;

type Found = Array<{ event: TriggerEvent; at?: string }>;

const SYNC_EVENT = { failed: 'syncFailed', succeeded: 'syncSucceeded' } as const;

/** The syncs that ended after `mark`, by the shared rule (none while syncing). */
function syncEvents(state: ConnectorState, mark: number): Found {
	return syncEndsAfter(state, mark).map((end) => ({ event: SYNC_EVENT[end.outcome], at: end.at }));
}

/** The events a connector's current state stands for, as if nothing had been seen before. */
function currentStateEvents(facts: ConnectorFacts): Found {
	const { state } = facts;
	const events: Found = [];
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

	lastSyncEnd(id: string): number | undefined {
		const marks = this.memory.lastSyncEnd;
		return marks && id in marks ? marks[id] : undefined;
	}

	/** Sync ends after this are new. Unknown connectors: anything since the last poll started. */
	syncMark(id: string): number {
		return this.lastSyncEnd(id) ?? this.memory.polledAt;
	}

	/**
	 * A remembered condition (broken, incomplete, paused) that still holds may have ended and begun
	 * again since: a sync succeeded after the succeeded_at remembered with it. Without that
	 * evidence nothing can be told.
	 */
	endedSince(id: string, state: ConnectorState): string | undefined {
		const evidence = this.memory.syncedAt;
		if (!evidence || !(id in evidence)) return undefined;
		const successes = syncEndsAfter(state, evidence[id] ?? -Infinity).filter(
			(end) => end.outcome === 'succeeded',
		);
		return successes[0]?.at;
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
			lastSyncEnd: this.lastSyncEnd(facts.id) ?? null,
		};
	}
}

/**
 * One condition's events: it began, it ended, or (still on) it ended and began again, which the
 * succeeded_at evidence proves; the end is dated by the sync that proves it.
 */
function conditionEvents(
	was: boolean | undefined,
	isNow: boolean,
	endedAt: () => string | undefined,
	began: TriggerEvent,
	ended: TriggerEvent | undefined,
): Found {
	if (was === false && isNow) return [{ event: began }];
	if (was === true && !isNow) return ended ? [{ event: ended }] : [];
	if (was === true && isNow) {
		const at = endedAt();
		if (at) return [...(ended ? [{ event: ended, at }] : []), { event: began }];
	}
	return [];
}

function transitionsOf(facts: ConnectorFacts, recall: Recall): Found {
	const { id, state } = facts;
	const endedAt = () => recall.endedSince(id, state);
	return [
		...conditionEvents(
			recall.wasBroken(id),
			state.isBroken,
			endedAt,
			'connectorBroken',
			'connectorRecovered',
		),
		...conditionEvents(
			recall.wasPaused(id),
			state.isPaused,
			endedAt,
			'connectorPaused',
			'connectorResumed',
		),
		...conditionEvents(
			recall.wasIncomplete(id),
			isIncomplete(state),
			endedAt,
			'setupIncomplete',
			undefined,
		),
		...syncEvents(state, recall.syncMark(id)),
	];
}

/**
 * The events between the last successful poll and this one, plus the memory to keep. A remembered
 * connector missing from `connectors` is forgotten only when it is missing from two reads in a
 * row. Without a previous memory this is the baseline: nothing is reported unless `reportExisting`.
 */
export function detectTransitions(
	previous: TriggerMemory | undefined,
	read: readonly ConnectorFacts[],
	selected: readonly TriggerEvent[],
	polledAt: number,
	reportExisting: boolean,
): { detections: Detection[]; memory: TriggerMemory } {
	const connectors = uniqueById(read);
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
