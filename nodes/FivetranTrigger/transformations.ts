import type { IDataObject } from 'n8n-workflow';

import { toMillis } from '../shared/connector/connectorState';
import { firstAbsences, uniqueById } from './absences';
import type { TriggerEvent } from './events';
import type { TriggerMemory, TransformationMemory } from './memory';
import { idRecord } from './memory';

// Transformation runs, from each transformation's own status and last_ended_at (pure: no I/O).
// A run counts once the transformation is no longer running: while it is RUNNING, SCHEDULING or
// TERMINATING, last_ended_at is the previous run's and the status is not that run's outcome.

const IN_PROGRESS = new Set(['RUNNING', 'SCHEDULING', 'TERMINATING']);
/** Every way a run can end without having done all its work. */
const FAILED = new Set(['FAILED', 'PARTIALLY_SUCCEEDED', 'CANCELED', 'BLOCKED']);

export interface TransformationFacts {
	id: string;
	status: string;
	/** last_ended_at as Fivetran sent it, or null. */
	endedAt: string | null;
}

export function toTransformationFacts(transformation: IDataObject): TransformationFacts {
	const ended = transformation.last_ended_at;
	return {
		id: String(transformation.id),
		status: typeof transformation.status === 'string' ? transformation.status.toUpperCase() : '',
		endedAt: typeof ended === 'string' && ended !== '' ? ended : null,
	};
}

interface RunEnd {
	ms: number;
	at: string;
	/** undefined: the status does not tell (NEW, or a status this node does not know). */
	event?: 'transformationFailed' | 'transformationSucceeded';
}

/** The last run's end, once the transformation is idle; undefined while running or before a first run. */
export function lastRunEnd(facts: TransformationFacts): RunEnd | undefined {
	if (IN_PROGRESS.has(facts.status) || facts.endedAt === null) return undefined;
	const ms = toMillis(facts.endedAt);
	if (!Number.isFinite(ms)) return undefined;
	let event: RunEnd['event'];
	if (facts.status === 'SUCCEEDED') event = 'transformationSucceeded';
	else if (FAILED.has(facts.status)) event = 'transformationFailed';
	return { ms, at: facts.endedAt, event };
}

/** Marks only move forward, so a run is never reported twice, even if Fivetran rewrites a time. */
export function nextTransformationMemory(
	previous: TransformationMemory | undefined,
	read: readonly TransformationFacts[],
): TransformationMemory {
	const transformations = uniqueById(read);
	const before = previous?.ended ?? idRecord<number>();
	const ended = idRecord<number>();
	for (const facts of transformations) {
		const kept = facts.id in before ? before[facts.id] : -Infinity;
		const end = lastRunEnd(facts);
		const mark = end && end.ms > kept ? end.ms : kept;
		if (Number.isFinite(mark)) ended[facts.id] = mark;
	}
	const present = new Set(transformations.map((facts) => facts.id));
	const carried = firstAbsences(Object.keys(before), present, previous?.missing);
	for (const id of carried) ended[id] = before[id];
	return { ended, ...(carried.size > 0 ? { missing: [...carried] } : {}) };
}

export interface RunDetection {
	event: TriggerEvent;
	transformationId: string;
	/** last_ended_at of the run. */
	occurredAt: string;
	/** The end remembered before this run (ms), null if none. */
	previousEnd: number | null;
}

/**
 * Runs that ended since the last successful poll. The first poll (or the first one after these
 * events were chosen) records a baseline; only the first poll after activation may report the
 * latest runs (`reportExisting`). A transformation without a mark counts runs ended after the last poll.
 */
export function detectRuns(
	previous: TriggerMemory | undefined,
	read: readonly TransformationFacts[],
	selected: readonly TriggerEvent[],
	reportExisting: boolean,
): RunDetection[] {
	const remembered = previous?.transformations;
	if (previous && !remembered) return [];
	const found: RunDetection[] = [];
	for (const facts of uniqueById(read)) {
		const mark = remembered?.ended[facts.id];
		const end = lastRunEnd(facts);
		if (!end?.event || !selected.includes(end.event)) continue;
		const isNew = previous ? end.ms > (mark ?? previous.polledAt) : reportExisting;
		if (!isNew) continue;
		found.push({
			event: end.event,
			transformationId: facts.id,
			occurredAt: end.at,
			previousEnd: mark ?? null,
		});
	}
	return found;
}
