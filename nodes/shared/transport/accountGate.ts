import { createHash } from 'node:crypto';

import { clock } from '../clock';
import type { Stop } from './types';
import { transportLimits } from './limits';
import type { Bounds } from './retryPolicy';
import { stopBeforeWait } from './retryPolicy';

// Fivetran rate-limits per account, not per request: when one of several side-by-side reads gets a
// 429, the others hold back too, so the account waits out Retry-After once instead of each chain
// running into its own 429 and waiting again. Per process (n8n's main or one worker), keyed by the
// Base URL and a hash of the API key (never the key or the secret in clear); only an account that
// is paused has an entry, so the map stays as small as the accounts rate-limited right now.

const pausedUntil = new Map<string, number>();

/** The gate's key of one credential: Base URL plus a short hash of the API key. */
export function accountKey(baseUrl: string, apiKey: unknown): string {
	const keyHash = createHash('sha256')
		.update(String(apiKey ?? ''))
		.digest('hex')
		.slice(0, 16);
	return `${baseUrl}#${keyHash}`;
}

/**
 * Holds every request of the account for `waitMs` from now (a later pause wins over an earlier
 * one), at most one retry budget: an absurd Retry-After cannot hold this n8n longer than that.
 */
export function pauseAccount(key: string, waitMs: number): void {
	const until = clock.now() + Math.min(waitMs, transportLimits.retryBudgetMs);
	if (until > (pausedUntil.get(key) ?? 0)) pausedUntil.set(key, until);
}

/** How long the account is still paused, in ms (0: requests may go now). */
export function accountPauseLeft(key: string): number {
	const until = pausedUntil.get(key);
	if (until === undefined) return 0;
	const left = until - clock.now();
	if (left > 0) return left;
	pausedUntil.delete(key);
	return 0;
}

/**
 * Waits while another request's 429 holds the account; the wait counts against this request's
 * own bounds (retry budget, deadline) and ends on cancel. Returns why it must not wait, if so.
 * Each pause is waited out once: it loops again only for a later pause set meanwhile, so a clock
 * that did not move (a stopped or faked sleep) cannot turn it into a spin.
 */
export async function waitForAccount(
	key: string,
	bounds: Bounds,
	signal: AbortSignal | undefined,
): Promise<Stop | undefined> {
	let waitedFor: number | undefined;
	for (let left = accountPauseLeft(key); left > 0; left = accountPauseLeft(key)) {
		const until = pausedUntil.get(key);
		if (until === waitedFor) return undefined;
		waitedFor = until;
		const stop = stopBeforeWait(bounds, left);
		if (stop !== undefined) return stop;
		await clock.sleep(left, signal);
	}
	return undefined;
}

/** Forgets every pause (tests start from an open gate). */
export function openAllAccounts(): void {
	pausedUntil.clear();
}
