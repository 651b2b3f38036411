import type { IDataObject } from 'n8n-workflow';

// Fivetran's signature covers the body but carries no time of its own, so a captured delivery
// stays validly signed forever. Its `created` time (signed, inside the body) bounds a replay:
// anything older than Fivetran's retries can be, or from the future, starts nothing.

const HOUR_MS = 60 * 60 * 1000;

/** Fivetran retries a failed delivery for 24 hours; one hour more for late retries and drift. */
export const MAX_DELIVERY_AGE_MS = 25 * HOUR_MS;
/** How far Fivetran's clock may run ahead of this n8n's. */
export const MAX_CLOCK_AHEAD_MS = 15 * 60 * 1000;

/** Why a delivery created at `payload.created` is out of bounds at `now`, or undefined. */
export function outOfTimeBecause(payload: IDataObject, now: number): string | undefined {
	const created = typeof payload.created === 'string' ? Date.parse(payload.created) : NaN;
	if (Number.isNaN(created)) return 'no valid "created" time, so a replay could not be told apart';
	if (created < now - MAX_DELIVERY_AGE_MS) {
		return `created more than ${MAX_DELIVERY_AGE_MS / HOUR_MS} h ago, longer than Fivetran retries: a replay`;
	}
	if (created > now + MAX_CLOCK_AHEAD_MS) {
		return `created more than ${MAX_CLOCK_AHEAD_MS / 60_000} min in the future: check the clock of this n8n`;
	}
	return undefined;
}
