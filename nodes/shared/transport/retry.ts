import { clock } from '../clock';

const DEFAULT_RATE_LIMIT_WAIT_MS = 10_000;
/** A Retry-After beyond this would park the workflow for too long: fail and say when to retry. */
export const MAX_RATE_LIMIT_WAIT_MS = 120_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;

export function isRetryableStatus(status: number): boolean {
	return status === 429 || status >= 500;
}

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
