import type { IDataObject } from 'n8n-workflow';

import { dashboardUrl, readConnectorState } from '../../../shared/connector/connectorState';
import type { NotFreshReason } from '../../../shared/freshness/rule';
import { formatDuration } from '../../common/wait/duration';
import type { GateState, Tracked } from './gateState';

// The freshness table: one row per connector, and a summary that goes first.

const text = (value: unknown): string | null =>
	typeof value === 'string' && value !== '' ? value : null;

/** Fivetran's task messages ("code: message; ..."), or undefined when it gave none. */
function taskMessages(connector: IDataObject): string | undefined {
	const tasks = readConnectorState(connector).tasks;
	const messages = tasks
		.map((task) => [text(task.code), text(task.message)].filter(Boolean).join(': '))
		.filter(Boolean);
	return messages.length > 0 ? messages.join('; ') : undefined;
}

function detail(
	reason: NotFreshReason,
	connector: IDataObject,
	mark: number,
	ageMs: number | null,
): string {
	const state = readConnectorState(connector);
	const said = taskMessages(connector);
	const fivetranSays = said ? ` Fivetran says: ${said}` : '';
	switch (reason) {
		case 'broken':
			return `Setup is broken; someone has to fix it.${fivetranSays}`;
		case 'setup_incomplete':
			return `Setup is incomplete; finish it and run the setup tests.${fivetranSays}`;
		case 'paused':
			return 'The connector is paused; resume it to sync.';
		case 'syncing':
			return 'A sync is running; it counts once it has ended.';
		case 'rescheduled':
			return `Fivetran rescheduled the sync for ${state.rescheduledFor ?? 'later'} (usually the source's API quota).`;
		case 'never_synced':
			return 'No sync of this connector has succeeded yet.';
		case 'sync_failed':
			return `The last sync failed at ${state.failedAt ?? 'an unknown time'}.${fivetranSays}`;
		case 'stale':
			return `The last successful sync ended ${ageMs === null ? '' : `${formatDuration(ageMs)} ago, `}before ${new Date(mark).toISOString()}.`;
	}
}

export function rowOf(tracked: Tracked, mark: number): IDataObject {
	if (tracked.carriedRow) return tracked.carriedRow;
	const connector = tracked.connector ?? {};
	const verdict = tracked.verdict;
	const reason = verdict?.reason ?? null;
	const delayedNote = verdict?.delayed
		? ' Fivetran marks its data as delayed (update_state "delayed").'
		: '';
	return {
		connector_id: tracked.id,
		schema: connector.schema ?? null,
		service: connector.service ?? null,
		group_id: tracked.groupId ?? text(connector.group_id),
		fresh: verdict?.fresh === true,
		skipped: tracked.settled === 'skipped',
		why_not: reason,
		why_not_detail: reason
			? `${detail(reason, connector, mark, verdict?.ageMs ?? null)}${delayedNote}`
			: null,
		succeeded_at: connector.succeeded_at ?? null,
		failed_at: connector.failed_at ?? null,
		age_minutes:
			verdict?.ageMs === null || verdict?.ageMs === undefined
				? null
				: Math.round(verdict.ageMs / 6_000) / 10,
		sync_state: readConnectorState(connector).syncState || null,
		update_state: readConnectorState(connector).updateState || null,
		sync_requested: tracked.syncRequested,
		dashboard_url: dashboardUrl(tracked.id),
	};
}

export interface FreshTable {
	summary: IDataObject;
	rows: IDataObject[];
	/** Neither fresh nor skipped. */
	notFresh: IDataObject[];
}

export function freshTable(state: GateState, extra: IDataObject = {}): FreshTable {
	const rows = [...(state.targets?.values() ?? [])].map((tracked) => rowOf(tracked, state.mark));
	const notFresh = rows.filter((row) => !row.fresh && !row.skipped);
	const skipped = rows.filter((row) => row.skipped);
	return {
		rows,
		notFresh,
		summary: {
			all_fresh: notFresh.length === 0,
			total: rows.length,
			fresh: rows.length - notFresh.length - skipped.length,
			stale: notFresh.length,
			skipped: skipped.length,
			fresh_after: Number.isFinite(state.mark) ? new Date(state.mark).toISOString() : null,
			not_fresh_ids: notFresh.map((row) => row.connector_id),
			skipped_ids: skipped.map((row) => row.connector_id),
			syncs_requested: rows.filter((row) => row.sync_requested).map((row) => row.connector_id),
			looks: state.looks,
			...extra,
		},
	};
}

/** "app_db (mellow_crane): paused; ..." for error messages, the first `max` of them. */
export function namesAndReasons(rows: IDataObject[], max = 10): string {
	const shown = rows.slice(0, max).map((row) => {
		const name = row.schema
			? `${String(row.schema)} (${String(row.connector_id)})`
			: String(row.connector_id);
		return `${name}: ${String(row.why_not ?? 'not fresh')}`;
	});
	return rows.length > max
		? `${shown.join('; ')}; and ${rows.length - max} more`
		: shown.join('; ');
}
