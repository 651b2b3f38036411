import type { IExecuteFunctions } from 'n8n-workflow';

import { cancelSignalOf } from '../../../shared/cancel';
import { clock } from '../../../shared/clock';
import { asNodeError, isDeadlineReached } from '../../../shared/transport/nodeErrors';
import { toolBoundTimeout, withToolAdvice } from './toolBound';

// The one wait loop behind "Wait for Completion" (connector syncs, transformation runs): poll, judge,
// sleep, always bounded by the Timeout and ended at once by the user's Stop.

export const DEFAULT_POLL_INTERVAL_MS = 30_000;
export const MIN_POLL_INTERVAL_MS = 5_000;
export const DEFAULT_TIMEOUT_MS = 60 * 60_000;
export const MAX_TIMEOUT_MS = 24 * 60 * 60_000;
/**
 * The last poll is sent this long before the Timeout ends, so it can be answered in time: every
 * request of the wait (retries included) carries the Timeout as its deadline, and the wait ends at
 * most Timeout after it started (plus timer precision), never later.
 */
export const FINAL_POLL_GRACE_MS = 10_000;

/** A wait always ends: an absent or silly timeout becomes the default, a huge one the 24 h cap. */
export function boundedTimeout(timeoutMs: number | undefined): number {
	if (timeoutMs === undefined || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
		return DEFAULT_TIMEOUT_MS;
	return Math.min(timeoutMs, MAX_TIMEOUT_MS);
}

/**
 * The sleep between polls: the default when none is given. A value below MIN_POLL_INTERVAL_MS is
 * refused, never silently raised: users' values were checked before any request (readWaitSettings
 * names "Poll Interval"), so one arriving here is a caller's mistake.
 */
export function boundedInterval(pollIntervalMs: number | undefined): number {
	if (pollIntervalMs === undefined) return DEFAULT_POLL_INTERVAL_MS;
	if (!Number.isFinite(pollIntervalMs) || pollIntervalMs < MIN_POLL_INTERVAL_MS) {
		throw new Error(
			`Poll interval ${String(pollIntervalMs)} ms is below the minimum of ${MIN_POLL_INTERVAL_MS} ms`,
		);
	}
	return pollIntervalMs;
}

/** Runs one step of the wait (a request, a sleep) so that Stop and the Timeout end it. */
export type Guarded = <T>(step: () => Promise<T>) => Promise<T>;

/** What one poll means: the wait's result, or how long to sleep before the next poll. */
export type Verdict<R> = { done: R } | { sleepMs: number };

export interface PollUntilOptions<T, R> {
	itemIndex: number;
	timeoutMs?: number;
	/** One poll; must pass `deadline` (clock.now() ms) on to its request. */
	poll: (deadline: number) => Promise<T>;
	/**
	 * Judges what a poll saw. May throw to end the wait (e.g. paused), and may run further requests
	 * through `guarded` (they must carry `deadline` too).
	 */
	judge: (
		seen: T,
		moment: { now: number; deadline: number; guarded: Guarded },
	) => Verdict<R> | Promise<Verdict<R>>;
	/** The error for the user's Stop (its message should say "canceled", see syncErrors). */
	cancelled: () => Error;
	/** The error for the Timeout, with what the last answered poll saw. */
	timedOut: (timeoutMs: number, waitedMs: number, lastSeen: T | undefined) => Error;
	/** What an agent should do after a tool-mode wait was cut short (default: ask about the run later). */
	toolAdvice?: string;
}

export interface PollUntilResult<T, R> {
	result: R;
	/** What the last poll saw. */
	last: T;
	/** How long the wait took (local clock). */
	durationMs: number;
	polls: number;
}

/**
 * Polls until `judge` says done. Never past the Timeout (in tool mode at most TOOL_MAX_WAIT_MS) (every request carries the deadline, the
 * last poll starts FINAL_POLL_GRACE_MS before it) and never after the user stopped the execution:
 * whatever a step throws then (the transport's cancel or deadline error, a sleep's
 * WaitCancelledError) becomes the wait's cancel or timeout error.
 */
export async function pollUntil<T, R>(
	ctx: IExecuteFunctions,
	options: PollUntilOptions<T, R>,
): Promise<PollUntilResult<T, R>> {
	const node = ctx.getNode();
	const signal = cancelSignalOf(ctx);
	const { timeoutMs, capped } = toolBoundTimeout(ctx, boundedTimeout(options.timeoutMs));
	const start = clock.now();
	const deadline = start + timeoutMs;
	// A short Timeout still gets its first poll; after that, no poll starts within the grace.
	const lastPollAt = Math.max(start, deadline - FINAL_POLL_GRACE_MS);
	let last: T | undefined;
	let polls = 0;
	const timedOut = () => {
		const error = options.timedOut(timeoutMs, clock.now() - start, last);
		return capped ? withToolAdvice(error, options.toolAdvice) : error;
	};
	const guarded: Guarded = async (step) => {
		if (signal?.aborted) throw options.cancelled();
		try {
			return await step();
		} catch (error) {
			if (signal?.aborted) throw options.cancelled();
			if (clock.now() >= deadline || isDeadlineReached(error)) throw timedOut();
			throw asNodeError(node, error, options.itemIndex);
		}
	};

	for (;;) {
		const seen = await guarded(async () => await options.poll(deadline));
		polls += 1;
		last = seen;
		const now = clock.now();
		const verdict = await options.judge(seen, { now, deadline, guarded });
		if ('done' in verdict)
			return { result: verdict.done, last: seen, durationMs: now - start, polls };

		const remaining = lastPollAt - clock.now();
		if (remaining <= 0) throw timedOut();
		// The last sleep ends at lastPollAt, so one final poll sees the state just before the Timeout.
		await guarded(async () => await clock.sleep(Math.min(verdict.sleepMs, remaining), signal));
	}
}
