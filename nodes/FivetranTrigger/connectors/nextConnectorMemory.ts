import { isSetupIncomplete, toMillis } from '../../shared/connector/connectorState';
import { lastSyncEndAfter } from '../../shared/connector/syncEnded';
import { firstAbsences } from '../poll/absences';
import type { TriggerMemory } from '../poll/memory';
import { idRecord } from '../poll/memory';
import type { ConnectorFacts, Tracking } from './connectorFacts';

// What to remember about connectors after a complete read (absences: see poll/absences.ts).

function rememberedIds(memory: TriggerMemory): Set<string> {
	return new Set([
		...(memory.broken ?? []),
		...(memory.incomplete ?? []),
		...(memory.paused ?? []),
		...Object.keys(memory.lastSyncEnd ?? {}),
		...Object.keys(memory.syncedAt ?? {}),
	]);
}

function isConditionStoppingSyncs(facts: ConnectorFacts, tracking: Tracking): boolean {
	const { state } = facts;
	if (tracking.setup && (state.isBroken || isSetupIncomplete(state))) return true;
	return tracking.pause && state.isPaused;
}

function conditionList(
	connectors: readonly ConnectorFacts[],
	holds: (facts: ConnectorFacts) => boolean,
	carried: Set<string>,
	remembered: string[] | undefined,
): string[] {
	const ids = connectors.filter(holds).map((facts) => facts.id);
	return [...ids, ...(remembered ?? []).filter((id) => carried.has(id))];
}

function carryRecord<T>(
	record: Record<string, T> | undefined,
	carried: Set<string>,
	into: Record<string, T>,
): void {
	for (const id of carried) if (record && id in record) into[id] = record[id];
}

function syncMarks(
	previous: TriggerMemory | undefined,
	connectors: readonly ConnectorFacts[],
	carried: Set<string>,
): Record<string, number> {
	const before = previous?.lastSyncEnd;
	const marks = idRecord<number>();
	for (const { id, state } of connectors) {
		const kept = before && id in before ? before[id] : -Infinity;
		// The shared sync rule (nothing has ended while syncing) moves the mark only forward, so a
		// timestamp Fivetran rewrites to an earlier one is not reported twice.
		const mark = lastSyncEndAfter(state, kept)?.ms ?? kept;
		if (Number.isFinite(mark)) marks[id] = mark;
	}
	carryRecord(before, carried, marks);
	return marks;
}

function syncedAtEvidence(
	previous: TriggerMemory | undefined,
	connectors: readonly ConnectorFacts[],
	tracking: Tracking,
	carried: Set<string>,
): Record<string, number | null> {
	const before = previous?.syncedAt;
	const evidence = idRecord<number | null>();
	for (const facts of connectors) {
		if (!isConditionStoppingSyncs(facts, tracking)) continue;
		const { id, state } = facts;
		// A sync still running as the condition began may yet move succeeded_at: wait until idle.
		if (!state.isSyncing) {
			const succeeded = toMillis(state.succeededAt);
			evidence[id] = Number.isFinite(succeeded) ? succeeded : null;
		} else if (before && id in before) evidence[id] = before[id];
	}
	carryRecord(before, carried, evidence);
	return evidence;
}

/** What to remember after this poll: only the parts the selected events need. */
export function nextMemory(
	previous: TriggerMemory | undefined,
	connectors: readonly ConnectorFacts[],
	tracking: Tracking,
	polledAt: number,
): TriggerMemory {
	const present = new Set(connectors.map((facts) => facts.id));
	const carried = previous
		? firstAbsences(rememberedIds(previous), present, previous.missing)
		: new Set<string>();
	const memory: TriggerMemory = { polledAt };
	if (tracking.setup) {
		memory.broken = conditionList(connectors, (c) => c.state.isBroken, carried, previous?.broken);
		memory.incomplete = conditionList(
			connectors,
			(c) => isSetupIncomplete(c.state),
			carried,
			previous?.incomplete,
		);
	}
	if (tracking.pause) {
		memory.paused = conditionList(connectors, (c) => c.state.isPaused, carried, previous?.paused);
	}
	if (tracking.sync) memory.lastSyncEnd = syncMarks(previous, connectors, carried);
	if (tracking.setup || tracking.pause) {
		const evidence = syncedAtEvidence(previous, connectors, tracking, carried);
		if (Object.keys(evidence).length > 0) memory.syncedAt = evidence;
	}
	const kept = rememberedIds(memory);
	const missing = [...carried].filter((id) => kept.has(id));
	if (missing.length > 0) memory.missing = missing;
	return memory;
}
