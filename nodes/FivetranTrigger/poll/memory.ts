import type { IDataObject } from 'n8n-workflow';

/**
 * What the trigger keeps between polls (workflow static data), and nothing more. A key that is
 * absent means "not tracked": the events that need it were not selected at the last poll.
 *
 * Size: the condition lists hold only connectors that are broken, incomplete or paused (usually
 * few). `lastSyncEnd` holds one number per connector and exists only while a sync event is selected.
 * Transformations: one number per transformation that has run; agents: the IDs of offline ones.
 *
 * Everything keyed by connector ID is a null-prototype object, so an ID such as "__proto__" is
 * just a key.
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
	/**
	 * Connectors remembered broken, incomplete or paused -> their succeeded_at (ms; null: never)
	 * when last seen idle in that condition. None of these conditions lets a sync succeed, so a
	 * later succeeded_at is Fivetran's own proof that the condition ended in between, even if the
	 * poll that saw it end was never saved (n8n saves static data only when a poll emits items).
	 */
	syncedAt?: Record<string, number | null>;
	/** Remembered connectors absent from the last complete read: forgotten only if absent again. */
	missing?: string[];
	/** Pages the account's connector list took at the last full read: picks the cheaper way to read chosen connectors. */
	accountPages?: number;
	/** Tracked with dataStale / dataFreshAgain: connectors stale at the last poll -> their succeeded_at (ms; null: never). */
	stale?: Record<string, number | null>;
	/** Tracked with dataDelayed: connectors whose update_state was "delayed". */
	delayed?: string[];
	/** Connectors remembered by the freshness events absent from the last complete read. */
	stalenessMissing?: string[];
	/** Tracked with transformationFailed / transformationSucceeded. */
	transformations?: TransformationMemory;
	/** Tracked with hybridAgentOffline / hybridAgentBackOnline. */
	agents?: AgentMemory;
}

export interface TransformationMemory {
	/** Transformation ID -> last_ended_at (ms) of the latest run seen ended; none before a first run. */
	ended: Record<string, number>;
	/**
	 * Transformation ID -> status at the last complete read, only for transformations whose
	 * answers carry no last_ended_at: their runs are seen by the status changing.
	 */
	statuses?: Record<string, string>;
	/** Remembered transformations absent from the last complete read. */
	missing?: string[];
}

export interface AgentMemory {
	/** IDs of the agents offline at the last complete read. */
	offline: string[];
	/** Remembered offline agents absent from the last complete read. */
	missing?: string[];
}

const VERSION = 1;
const KEYS = [
	'v',
	'polledAt',
	'broken',
	'incomplete',
	'paused',
	'lastSyncEnd',
	'syncedAt',
	'missing',
	'accountPages',
	'transformations',
	'agents',
	'stale',
	'delayed',
	'stalenessMissing',
];

/** An empty record keyed by connector ID. */
export function idRecord<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

function isIdList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((id) => typeof id === 'string');
}

/** A stored record whose values all pass `isValue`, copied into a null-prototype record; undefined if it is not one. */
function loadRecord<T>(
	value: unknown,
	isValue: (entry: unknown) => boolean,
): Record<string, T> | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const record = idRecord<T>();
	for (const [id, entry] of Object.entries(value)) {
		if (!isValue(entry)) return undefined;
		record[id] = entry as T;
	}
	return record;
}

const isMark = (mark: unknown) => typeof mark === 'number' && Number.isFinite(mark);
const isMarkOrNever = (mark: unknown) => mark === null || isMark(mark);

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** Each part is all there and well formed, or the whole memory is not ours (undefined). */
function loadTransformations(value: unknown): TransformationMemory | undefined {
	if (!isObject(value)) return undefined;
	const ended = loadRecord<number>(value.ended, isMark);
	if (!ended || (value.missing !== undefined && !isIdList(value.missing))) return undefined;
	const statuses =
		value.statuses === undefined
			? undefined
			: loadRecord<string>(value.statuses, (status) => typeof status === 'string');
	if (value.statuses !== undefined && !statuses) return undefined;
	return {
		ended,
		...(statuses ? { statuses } : {}),
		...(value.missing ? { missing: [...value.missing] } : {}),
	};
}

function loadAgents(value: unknown): AgentMemory | undefined {
	if (!isObject(value) || !isIdList(value.offline)) return undefined;
	if (value.missing !== undefined && !isIdList(value.missing)) return undefined;
	return { offline: [...value.offline], ...(value.missing ? { missing: [...value.missing] } : {}) };
}

/** The remembered state, or undefined on the first poll (or if what is stored is not ours: start a new baseline). */
export function loadMemory(staticData: IDataObject): TriggerMemory | undefined {
	const { v, polledAt, broken, incomplete, paused, lastSyncEnd, syncedAt, missing, accountPages } =
		staticData;
	const { transformations, agents, stale, delayed, stalenessMissing } = staticData;
	if (v !== VERSION || typeof polledAt !== 'number' || !Number.isFinite(polledAt)) return undefined;
	const memory: TriggerMemory = { polledAt };
	for (const [key, list] of [
		['broken', broken],
		['incomplete', incomplete],
		['paused', paused],
		['missing', missing],
		['delayed', delayed],
		['stalenessMissing', stalenessMissing],
	] as const) {
		if (list === undefined) continue;
		if (!isIdList(list)) return undefined;
		memory[key] = [...list];
	}
	if (lastSyncEnd !== undefined) {
		memory.lastSyncEnd = loadRecord<number>(lastSyncEnd, isMark);
		if (!memory.lastSyncEnd) return undefined;
	}
	if (stale !== undefined) {
		memory.stale = loadRecord<number | null>(stale, isMarkOrNever);
		if (!memory.stale) return undefined;
	}
	if (syncedAt !== undefined) {
		memory.syncedAt = loadRecord<number | null>(syncedAt, isMarkOrNever);
		if (!memory.syncedAt) return undefined;
	}
	if (accountPages !== undefined) {
		if (typeof accountPages !== 'number' || !(accountPages >= 1)) return undefined;
		memory.accountPages = accountPages;
	}
	if (transformations !== undefined) {
		memory.transformations = loadTransformations(transformations);
		if (!memory.transformations) return undefined;
	}
	if (agents !== undefined) {
		memory.agents = loadAgents(agents);
		if (!memory.agents) return undefined;
	}
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
