import { createHash } from 'node:crypto';
import type { IDataObject } from 'n8n-workflow';

import { clock } from '../shared/clock';
import { MAX_CLOCK_AHEAD_MS, MAX_DELIVERY_AGE_MS } from './deliveryAge';

// Fivetran re-sends a delivery it thinks failed (for up to 24 hours). The same event must still
// start one execution, so each node remembers what it has already started a run for, twice:
// - in this process (every delivery, 10,000 per node): catches a retry at once, even one that
//   arrives while n8n is still saving the previous execution's static data;
// - in the node's static data, which n8n saves after each production webhook call (the newest
//   1,000, by a shortened key): survives a restart, and reaches the other processes of queue mode.
// A delivery is remembered for as long as deliveryAge.ts would accept it, so a replay within that
// window is caught unless it came after a restart and more than 1,000 newer deliveries.

/** Until a delivery accepted now can no longer pass the `created` check. */
const REMEMBER_MS = MAX_DELIVERY_AGE_MS + MAX_CLOCK_AHEAD_MS;
/** Per node; the oldest are forgotten first. */
const MAX_REMEMBERED = 10_000;
/** Static data is saved with the workflow: kept small (about 30 bytes a delivery). */
const MAX_PERSISTED = 1_000;
const PERSISTED_KEY_CHARS = 16;
const PERSISTED_FIELD = 'startedDeliveries';

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

/** The static data's record of started deliveries: shortened key -> when it may be forgotten. */
function persistedRecord(staticData: IDataObject, now: number): Record<string, number> {
	const stored = staticData[PERSISTED_FIELD];
	const record: Record<string, number> = {};
	if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return record;
	for (const [key, expiresAt] of Object.entries(stored as IDataObject)) {
		if (typeof expiresAt === 'number' && expiresAt > now) record[key] = expiresAt;
	}
	return record;
}

/** "d" first: keys that look like numbers would lose their insertion (oldest-first) order. */
const persistedKey = (key: string): string => `d${key.slice(0, PERSISTED_KEY_CHARS)}`;

/**
 * True the first time a node sees `key` (and remembers it, in this process and in `staticData`,
 * the node's static data); false for a repeat.
 */
export function isFirstDelivery(nodeKey: string, key: string, staticData: IDataObject): boolean {
	const now = clock.now();
	let seen = seenByNode.get(nodeKey);
	if (seen === undefined) {
		seen = new Map();
		seenByNode.set(nodeKey, seen);
	}
	forgetExpired(seen, now);
	const record = persistedRecord(staticData, now);
	const expiresAt = seen.get(key);
	if ((expiresAt !== undefined && expiresAt > now) || persistedKey(key) in record) {
		return false;
	}
	seen.set(key, now + REMEMBER_MS);
	record[persistedKey(key)] = now + REMEMBER_MS;
	const keys = Object.keys(record);
	for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PERSISTED))) delete record[old];
	staticData[PERSISTED_FIELD] = record;
	return true;
}

/** Tests start each case with an empty memory. */
export function forgetAllDeliveries(): void {
	seenByNode.clear();
}
