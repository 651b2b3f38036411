import { createHash } from 'node:crypto';

import { clock } from '../shared/clock';

// Fivetran re-sends a delivery it thinks failed (for up to 24 hours). The same event must still
// start one execution, so each node remembers what it has already started a run for. n8n offers
// no shared store to a webhook call (static data written there is not saved in time to catch a
// retry), so the memory is this process's: bounded in time and size.

/** Longer than Fivetran's 24 hours of retries. */
const REMEMBER_MS = 25 * 60 * 60 * 1000;
/** Per node; the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;

const seenByNode = new Map<string, Map<string, number>>();

/** The same JSON in another key order or spacing is the same delivery. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value as object)
			.sort()
			.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

export function deliveryKey(payload: unknown): string {
	return createHash('sha256').update(canonical(payload)).digest('hex');
}

function forgetExpired(seen: Map<string, number>, now: number): void {
	for (const [key, expiresAt] of seen) {
		if (expiresAt > now && seen.size <= MAX_REMEMBERED) break; // insertion order: oldest first
		seen.delete(key);
	}
}

/** True the first time a node sees `key` (and remembers it); false for a repeat. */
export function isFirstDelivery(nodeKey: string, key: string): boolean {
	const now = clock.now();
	let seen = seenByNode.get(nodeKey);
	if (seen === undefined) {
		seen = new Map();
		seenByNode.set(nodeKey, seen);
	}
	forgetExpired(seen, now);
	const expiresAt = seen.get(key);
	if (expiresAt !== undefined && expiresAt > now) return false;
	seen.set(key, now + REMEMBER_MS);
	return true;
}

/** Tests start each case with an empty memory. */
export function forgetAllDeliveries(): void {
	seenByNode.clear();
}
