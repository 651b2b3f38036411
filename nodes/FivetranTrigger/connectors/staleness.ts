import type { IDataObject } from 'n8n-workflow';

import { toMillis } from '../../shared/connector/connectorState';
import { successAgeMs } from '../../shared/freshness/rule';
import { firstAbsences, uniqueById } from '../poll/absences';
import type { ConnectorFacts, Detection } from './connectorFacts';
import type { TriggerEvent } from '../poll/events';
import { choosesAny, STALENESS_EVENTS } from '../poll/events';
import type { TriggerMemory } from '../poll/memory';
import { idRecord } from '../poll/memory';

// Data Stale / Data Fresh Again (a threshold per trigger) and Data Delayed (Fivetran's own
// update_state "delayed"). Pure: no I/O, no clock.
//
// Stale: the last successful sync ended longer ago than the threshold (a connector that never
// synced: created longer ago than that). Fired once when it crosses the threshold, and again only
// after it was fresh in between. Restart-safe by the same evidence the other conditions use: each
// stale connector is remembered with its succeeded_at; a later succeeded_at proves it was fresh in
// between, even if the poll that saw it fresh was never saved.

const STALE_EVENTS: readonly TriggerEvent[] = ['dataStale', 'dataFreshAgain'];

export type StalenessMemory = Pick<TriggerMemory, 'stale' | 'delayed' | 'stalenessMissing'>;

export function isStale(facts: ConnectorFacts, thresholdMs: number, now: number): boolean {
	const age = successAgeMs(facts.state, now);
	if (age !== null) return age > thresholdMs;
	return Number.isFinite(facts.createdAt) && now - facts.createdAt > thresholdMs;
}

/** When the connector crossed the threshold (its last success plus the threshold), if known. */
function crossedAt(facts: ConnectorFacts, thresholdMs: number): string | undefined {
	const base = Number.isFinite(toMillis(facts.state.succeededAt))
		? toMillis(facts.state.succeededAt)
		: facts.createdAt;
	return Number.isFinite(base) ? new Date(base + thresholdMs).toISOString() : undefined;
}

const successMs = (facts: ConnectorFacts): number | null => {
	const ms = toMillis(facts.state.succeededAt);
	return Number.isFinite(ms) ? ms : null;
};

export interface StalenessSettings {
	selected: readonly TriggerEvent[];
	thresholdMs: number;
	polledAt: number;
	reportExisting: boolean;
}

function nextStalenessMemory(
	previous: TriggerMemory | undefined,
	connectors: readonly ConnectorFacts[],
	settings: StalenessSettings,
): StalenessMemory {
	const memory: StalenessMemory = {};
	const remembered = [...Object.keys(previous?.stale ?? {}), ...(previous?.delayed ?? [])];
	const carried = firstAbsences(
		remembered,
		new Set(connectors.map((facts) => facts.id)),
		previous?.stalenessMissing,
	);
	if (choosesAny(settings.selected, STALE_EVENTS)) {
		const stale = idRecord<number | null>();
		for (const facts of connectors) {
			if (isStale(facts, settings.thresholdMs, settings.polledAt))
				stale[facts.id] = successMs(facts);
		}
		for (const id of carried)
			if (previous?.stale && id in previous.stale) stale[id] = previous.stale[id];
		memory.stale = stale;
	}
	if (settings.selected.includes('dataDelayed')) {
		const delayed = connectors
			.filter((facts) => facts.state.updateState === 'delayed')
			.map((f) => f.id);
		memory.delayed = [...delayed, ...[...carried].filter((id) => previous?.delayed?.includes(id))];
	}
	if (carried.size > 0) memory.stalenessMissing = [...carried];
	return memory;
}

type Found = Array<{ event: TriggerEvent; at?: string }>;

function staleEvents(
	previous: TriggerMemory,
	facts: ConnectorFacts,
	settings: StalenessSettings,
): Found {
	const stale = previous.stale;
	if (!stale) return []; // not tracked at the last poll: this one sets the baseline
	const nowStale = isStale(facts, settings.thresholdMs, settings.polledAt);
	if (!(facts.id in stale))
		return nowStale ? [{ event: 'dataStale', at: crossedAt(facts, settings.thresholdMs) }] : [];
	const before = stale[facts.id] ?? -Infinity;
	const succeeded = successMs(facts) ?? -Infinity;
	const freshAgain = { event: 'dataFreshAgain' as const, at: facts.state.succeededAt ?? undefined };
	if (!nowStale) return [freshAgain];
	// Still stale, but a success since then proves it was fresh in between, and crossed again.
	return succeeded > before
		? [freshAgain, { event: 'dataStale', at: crossedAt(facts, settings.thresholdMs) }]
		: [];
}

function delayedEvents(previous: TriggerMemory, facts: ConnectorFacts): Found {
	if (!previous.delayed) return [];
	const nowDelayed = facts.state.updateState === 'delayed';
	return nowDelayed && !previous.delayed.includes(facts.id) ? [{ event: 'dataDelayed' }] : [];
}

/** What the first poll reports with "Report Current State", and "Fetch Test Event" shows. */
export function currentStaleness(facts: ConnectorFacts, settings: StalenessSettings): Found {
	const found: Found = [];
	if (isStale(facts, settings.thresholdMs, settings.polledAt))
		found.push({ event: 'dataStale', at: crossedAt(facts, settings.thresholdMs) });
	if (facts.state.updateState === 'delayed') found.push({ event: 'dataDelayed' });
	return found.filter(({ event }) => settings.selected.includes(event));
}

const detection = (facts: ConnectorFacts, { event, at }: Found[number]): Detection => ({
	event,
	connectorId: facts.id,
	previous: null,
	...(at ? { occurredAt: at } : {}),
});

/** The freshness events since the last successful poll, and what to remember for them. */
export function detectStaleness(
	previous: TriggerMemory | undefined,
	read: readonly ConnectorFacts[],
	settings: StalenessSettings,
): { detections: Detection[]; memory: StalenessMemory } {
	const connectors = uniqueById(read);
	const memory = nextStalenessMemory(previous, connectors, settings);
	if (!choosesAny(settings.selected, STALENESS_EVENTS)) return { detections: [], memory };
	const detections = connectors.flatMap((facts) => {
		const found = previous
			? [...staleEvents(previous, facts, settings), ...delayedEvents(previous, facts)]
			: settings.reportExisting
				? currentStaleness(facts, settings)
				: [];
		return found
			.filter(({ event }) => settings.selected.includes(event))
			.map((f) => detection(facts, f));
	});
	return { detections, memory };
}

/** Extra fields of a freshness event's item: how old the data is and the threshold. */
export function stalenessFields(
	connector: IDataObject,
	thresholdMs: number,
	now: number,
): IDataObject {
	const age = successAgeMs(
		{ succeededAt: typeof connector.succeeded_at === 'string' ? connector.succeeded_at : null },
		now,
	);
	return {
		data_age_minutes: age === null ? null : Math.round(age / 6_000) / 10,
		stale_after_minutes: Math.round(thresholdMs / 6_000) / 10,
		update_state: ((connector.status ?? {}) as IDataObject).update_state ?? null,
	};
}
