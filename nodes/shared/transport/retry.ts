import { clock } from '../clock';
import type { Stop } from './failure';
import { transportLimits } from './limits';

const DEFAULT_RATE_LIMIT_WAIT_MS = 10_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;

/** Retry-After is either a number of seconds or an HTTP date; absent or unreadable means a default. */
export function rateLimitWaitMs(retryAfter: string | undefined): number {
	if (retryAfter === undefined || retryAfter.trim() === '') return DEFAULT_RATE_LIMIT_WAIT_MS;
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(retryAfter);
	if (Number.isNaN(date)) return DEFAULT_RATE_LIMIT_WAIT_MS;
	return Math.max(0, date - clock.now());
}

/** Exponential backoff with full jitter, so parallel executions do not retry in lockstep. */
export function backoffMs(attempt: number): number {
	const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (clock.random() * ceiling) / 2);
}

/** The time bounds of one request, fixed when its first attempt starts (clock.now() values). */
export interface Bounds {
	/** Retries and their waits end by then (transportLimits.retryBudgetMs after the start). */
	budgetEnd: number;
	/** The caller's own limit, if any. */
	deadline?: number;
}

export function boundsFrom(deadline: number | undefined): Bounds {
	return { budgetEnd: clock.now() + transportLimits.retryBudgetMs, deadline };
}

/** Why a wait of `waitMs` before the next try must not happen, or undefined when it may. */
export function stopBeforeWait(bounds: Bounds, waitMs: number): Stop | undefined {
	const wakeAt = clock.now() + waitMs;
	if (bounds.deadline !== undefined && wakeAt >= bounds.deadline) return { reason: 'deadline' };
	if (wakeAt > bounds.budgetEnd) return { reason: 'budget', waitMs, retryAt: wakeAt };
	return undefined;
}

/**
 * One attempt's timeout: the request's own (long operations set more), never past the deadline.
 * `cutByDeadline` tells that a timeout then means the deadline passed.
 */
export function attemptTimeout(
	bounds: Bounds,
	timeoutMs: number | undefined,
): { ms: number; cutByDeadline: boolean } {
	const own = timeoutMs ?? transportLimits.requestTimeoutMs;
	if (bounds.deadline === undefined) return { ms: own, cutByDeadline: false };
	const left = bounds.deadline - clock.now();
	return left < own ? { ms: left, cutByDeadline: true } : { ms: own, cutByDeadline: false };
}
