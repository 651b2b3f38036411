import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger keeps between polls (workflow static data), and nothing more. A key that is
 * absent means "not tracked": the events that need it were not selected at the last poll.
 *
 * Size: the condition lists hold only connectors that are broken, incomplete or paused (usually
 * few). `lastSyncEnd` holds one number per connector and exists only while a sync event is selected.
 */
export interface TriggerMemory {
	/** clock.now() at the start of the last successful poll. */
	polledAt: number;
	/** Tracked with connectorBroken / connectorRecovered / setupIncomplete. */
	broken?: string[];
	incomplete?: string[];
	/** Tracked with connectorPaused / connectorResumed. */
	paused?: string[];
	/** Connector ID -> latest sync end seen (ms, the later of succeeded_at / failed_at). */
	lastSyncEnd?: Record<string, number>;
	/** Pages the account's connector list took at the last full read: picks the cheaper way to read chosen connectors. */
	accountPages?: number;
}

const VERSION = 1;
const KEYS = ['v', 'polledAt', 'broken', 'incomplete', 'paused', 'lastSyncEnd', 'accountPages'];

function isIdList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((id) => typeof id === 'string');
}

function isMarkMap(value: unknown): value is Record<string, number> {
	return (
		value !== null &&
		typeof value === 'object' &&
		!Array.isArray(value) &&
		Object.values(value).every((mark) => typeof mark === 'number' && Number.isFinite(mark))
	);
}

/** The remembered state, or undefined on the first poll (or if what is stored is not ours: start a new baseline). */
export function loadMemory(staticData: IDataObject): TriggerMemory | undefined {
	const { v, polledAt, broken, incomplete, paused, lastSyncEnd, accountPages } = staticData;
	if (v !== VERSION || typeof polledAt !== 'number' || !Number.isFinite(polledAt)) return undefined;
	const valid =
		(broken === undefined || isIdList(broken)) &&
		(incomplete === undefined || isIdList(incomplete)) &&
		(paused === undefined || isIdList(paused)) &&
		(lastSyncEnd === undefined || isMarkMap(lastSyncEnd)) &&
		(accountPages === undefined || (typeof accountPages === 'number' && accountPages >= 1));
	if (!valid) return undefined;
	const memory: TriggerMemory = { polledAt };
	if (broken !== undefined) memory.broken = broken as string[];
	if (incomplete !== undefined) memory.incomplete = incomplete as string[];
	if (paused !== undefined) memory.paused = paused as string[];
	if (lastSyncEnd !== undefined) memory.lastSyncEnd = lastSyncEnd as Record<string, number>;
	if (accountPages !== undefined) memory.accountPages = accountPages as number;
	return memory;
}

/** Replaces the stored state in place (n8n tracks changes on this object) with exactly `memory`. */
export function saveMemory(staticData: IDataObject, memory: TriggerMemory): void {
	const next: IDataObject = { v: VERSION, ...memory };
	for (const key of Object.keys(staticData)) {
		if (!(key in next) || next[key] === undefined) delete staticData[key];
	}
	for (const key of KEYS) {
		if (next[key] !== undefined) staticData[key] = next[key];
	}
}
