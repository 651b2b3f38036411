import type { IDataObject } from 'n8n-workflow';

import { toMillis } from '../../shared/connector/connectorState';
import {
	isFinal,
	isInProgress,
	isUnsuccessfulEnd,
} from '../../shared/transformation/transformationRun';
import { firstAbsences, uniqueById } from '../poll/absences';
import type { TriggerEvent } from '../poll/events';
import type { TriggerMemory, TransformationMemory } from '../poll/memory';
import { idRecord } from '../poll/memory';

// Transformation runs, from each transformation's own status and last_ended_at (pure: no I/O).
// A run counts once the transformation is no longer running: while it is RUNNING, SCHEDULING or
// TERMINATING, last_ended_at is the previous run's and the status is not that run's outcome.
// Many real answers carry no last_ended_at: for those the status remembered from the last poll
// decides (see statusShowsRunEnd), so their runs are reported too.

function eventOf(status: string): RunEnd['event'] {
	if (status === 'SUCCEEDED') return 'transformationSucceeded';
	return isUnsuccessfulEnd(status) ? 'transformationFailed' : undefined;
}

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
	if (isInProgress(facts.status) || facts.endedAt === null) return undefined;
	const ms = toMillis(facts.endedAt);
	if (!Number.isFinite(ms)) return undefined;
	return { ms, at: facts.endedAt, event: eventOf(facts.status) };
}

/**
 * Without end times: a run ended between two polls when the status is final now and was a run in
 * progress, or another status, at the last poll. The same final status twice tells nothing (a run
 * with the same outcome between two polls is not seen: only an end time could show it).
 */
export function statusShowsRunEnd(was: string, now: string): boolean {
	return isFinal(now) && (isInProgress(was) || was !== now);
}

/** Statuses to remember: those of transformations whose answers carry no end time. */
function statusesOf(transformations: readonly TransformationFacts[]): Record<string, string> {
	const statuses = idRecord<string>();
	for (const facts of transformations) {
		if (facts.endedAt === null && facts.status !== '') statuses[facts.id] = facts.status;
	}
	return statuses;
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
	const statuses = statusesOf(transformations);
	const statusesBefore = previous?.statuses ?? idRecord<string>();
	const present = new Set(transformations.map((facts) => facts.id));
	const remembered = new Set([...Object.keys(before), ...Object.keys(statusesBefore)]);
	const carried = firstAbsences(remembered, present, previous?.missing);
	for (const id of carried) {
		if (id in before) ended[id] = before[id];
		if (id in statusesBefore) statuses[id] = statusesBefore[id];
	}
	return {
		ended,
		...(Object.keys(statuses).length > 0 ? { statuses } : {}),
		...(carried.size > 0 ? { missing: [...carried] } : {}),
	};
}

export interface RunDetection {
	event: TriggerEvent;
	transformationId: string;
	/** last_ended_at of the run; undefined when Fivetran gave none (the poll's time is used). */
	occurredAt?: string;
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
		const detection =
			facts.endedAt === null
				? byStatus(facts, previous, reportExisting)
				: byEndTime(facts, previous, reportExisting);
		if (detection && selected.includes(detection.event)) found.push(detection);
	}
	return found;
}

function byEndTime(
	facts: TransformationFacts,
	previous: TriggerMemory | undefined,
	reportExisting: boolean,
): RunDetection | undefined {
	const mark = previous?.transformations?.ended[facts.id];
	const end = lastRunEnd(facts);
	if (!end?.event) return undefined;
	const isNew = previous ? end.ms > (mark ?? previous.polledAt) : reportExisting;
	if (!isNew) return undefined;
	return {
		event: end.event,
		transformationId: facts.id,
		occurredAt: end.at,
		previousEnd: mark ?? null,
	};
}

/** No end time: the run is seen by its status; it happened at the latest by this poll. */
function byStatus(
	facts: TransformationFacts,
	previous: TriggerMemory | undefined,
	reportExisting: boolean,
): RunDetection | undefined {
	const event = eventOf(facts.status);
	if (!event) return undefined;
	const was = previous?.transformations?.statuses?.[facts.id];
	// A transformation first seen now: its status is the baseline (a run before this poll is old).
	const isNew = previous
		? was !== undefined && statusShowsRunEnd(was, facts.status)
		: reportExisting;
	return isNew ? { event, transformationId: facts.id, previousEnd: null } : undefined;
}
