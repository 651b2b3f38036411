import type { IDataObject } from 'n8n-workflow';

import { toMillis } from '../connector/connectorState';

// What a transformation's GET answer says about its runs (TransformationResponse): the status of the
// latest run, when the latest run started and ended, and whether the schedule is paused.

/** Statuses after which a run will not change any more; every other one means "not done yet". */
export const FINAL_RUN_STATUSES = [
	'SUCCEEDED',
	'FAILED',
	'CANCELED',
	'PARTIALLY_SUCCEEDED',
	'BLOCKED',
] as const;
export type FinalRunStatus = (typeof FINAL_RUN_STATUSES)[number];

/** Every status Fivetran's OpenAPI document lists for a transformation. */
export const RUN_STATUSES = [
	'NEW',
	'SCHEDULING',
	'RUNNING',
	'TERMINATING',
	...FINAL_RUN_STATUSES,
] as const;

export interface TransformationRun {
	status: string;
	paused: boolean;
	startedMs: number;
	endedMs: number;
	/** Fivetran's words about a failure: `errors` (strings), `message`, `error`; possibly none. */
	messages: string[];
}

export const isFinal = (status: string): status is FinalRunStatus =>
	(FINAL_RUN_STATUSES as readonly string[]).includes(status);

/** A run ended without having done all its work: every final status but SUCCEEDED. */
export const isUnsuccessfulEnd = (status: string): boolean =>
	isFinal(status) && status !== 'SUCCEEDED';

/**
 * A run is going on: any status but a final one, NEW (never ran) or none. A status this package does
 * not know counts as going on, so it is never taken for an outcome.
 */
export const isInProgress = (status: string): boolean =>
	status !== '' && status !== 'NEW' && !isFinal(status);

/** Fivetran gave a start or end time (many real answers carry neither). */
export const hasRunTimes = (run: Pick<TransformationRun, 'startedMs' | 'endedMs'>): boolean =>
	run.startedMs !== -Infinity || run.endedMs !== -Infinity;

function textsOf(value: unknown): string[] {
	const values = Array.isArray(value) ? (value as unknown[]) : [value];
	return values.filter((text): text is string => typeof text === 'string' && text.trim() !== '');
}

export function readTransformationRun(transformation: IDataObject): TransformationRun {
	return {
		status: String(transformation.status ?? '').toUpperCase(),
		paused: transformation.paused === true,
		startedMs: toMillis(transformation.last_started_at as string | undefined),
		endedMs: toMillis(transformation.last_ended_at as string | undefined),
		// The response schema has no error field; the agreed convention (and what Fivetran gives
		// transformation projects) is `errors: string[]`, read defensively with the usual alternatives.
		messages: [
			...textsOf(transformation.errors),
			...textsOf(transformation.message),
			...textsOf(transformation.error),
		],
	};
}

/** The moment a run must start or end after to count as the one this node requested. */
export interface RunBaseline {
	startedMs: number;
	endedMs: number;
}

/**
 * The outcome of the run requested after `baseline`, or undefined while it has not ended. A final
 * status alone is not enough (it may be the previous run's): the latest run must have ended after
 * the baseline (which also catches a run that ended before the first poll), and not be followed by
 * a start without an end (a new run whose status has not caught up yet). A run Fivetran gives no
 * end time for (e.g. BLOCKED before it started) counts once it started after the baseline.
 */
export function endedRunStatus(
	run: TransformationRun,
	baseline: RunBaseline,
): FinalRunStatus | undefined {
	if (!isFinal(run.status)) return undefined;
	if (run.endedMs === -Infinity) return run.startedMs > baseline.startedMs ? run.status : undefined;
	return run.endedMs > baseline.endedMs && run.endedMs >= run.startedMs ? run.status : undefined;
}

/**
 * Judges the polls after a run was requested, in order, from what every answer carries: `status`.
 * The start and end times decide whenever a poll has them (endedRunStatus). Without them a final
 * status is this run's outcome only with evidence that a run ended after the baseline:
 * - a run was seen in progress after an idle status (final or NEW, the baseline's included), or
 * - the final status differs from the last idle status seen (a run ended in between, even one
 *   too quick to be seen running).
 * Without that evidence (e.g. SUCCEEDED before the request and SUCCEEDED at every poll) the result
 * may be the previous run's, so the wait goes on and the Timeout ends it, saying why.
 */
export function runEndWatcher(
	baseline: TransformationRun,
): (run: TransformationRun) => FinalRunStatus | undefined {
	let lastIdle: string | undefined = isInProgress(baseline.status) ? undefined : baseline.status;
	let startSeen = false;
	return (run) => {
		if (hasRunTimes(run)) return endedRunStatus(run, baseline);
		if (!isFinal(run.status)) {
			if (isInProgress(run.status) && lastIdle !== undefined) startSeen = true;
			else if (!isInProgress(run.status)) lastIdle = run.status;
			return undefined;
		}
		const ended = startSeen || (lastIdle !== undefined && run.status !== lastIdle);
		lastIdle = run.status;
		return ended ? run.status : undefined;
	};
}

/** Where a person sees a transformation's run history. */
export const TRANSFORMATIONS_DASHBOARD = 'https://fivetran.com/dashboard/transformations';
