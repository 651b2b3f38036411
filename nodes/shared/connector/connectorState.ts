import type { IDataObject } from 'n8n-workflow';

import { SETUP_STATES, SYNC_STATES, UPDATE_STATES, unknownValuesField } from '../stateValues';

/** The facts about a connector that alerts, waits and status reports are built from. */
export interface ConnectorState {
	syncState: string;
	setupState: string;
	updateState: string;
	isSyncing: boolean;
	isPaused: boolean;
	/** Setup is broken: Fivetran cannot sync until someone fixes credentials or config. */
	isBroken: boolean;
	/** The most recent sync ended in failure (failed_at is later than succeeded_at). */
	lastSyncFailed: boolean;
	isHistoricalSync: boolean;
	rescheduledFor: string | null;
	succeededAt: string | null;
	failedAt: string | null;
	tasks: IDataObject[];
	warnings: IDataObject[];
}

function timestamp(value: unknown): string | null {
	return typeof value === 'string' && value !== '' ? value : null;
}

/** ISO timestamps compared as instants; null counts as "never". */
export function toMillis(value: string | null | undefined): number {
	if (!value) return -Infinity;
	const parsed = Date.parse(value);
	return Number.isNaN(parsed) ? -Infinity : parsed;
}

export function readConnectorState(connector: IDataObject): ConnectorState {
	const status = (connector.status ?? {}) as IDataObject;
	const syncState = String(status.sync_state ?? '');
	const succeededAt = timestamp(connector.succeeded_at);
	const failedAt = timestamp(connector.failed_at);
	return {
		syncState,
		setupState: String(status.setup_state ?? ''),
		updateState: String(status.update_state ?? ''),
		isSyncing: syncState === 'syncing',
		isPaused: connector.paused === true || syncState === 'paused',
		isBroken: status.setup_state === 'broken',
		lastSyncFailed: toMillis(failedAt) > toMillis(succeededAt),
		isHistoricalSync: status.is_historical_sync === true,
		// Only meaningful while rescheduled: Fivetran may leave the old time behind once it is not.
		rescheduledFor: syncState === 'rescheduled' ? timestamp(status.rescheduled_for) : null,
		succeededAt,
		failedAt,
		tasks: (status.tasks as IDataObject[] | undefined) ?? [],
		warnings: (status.warnings as IDataObject[] | undefined) ?? [],
	};
}

/**
 * Warnings also turn up in `status.tasks` (e.g. `resync_table_warning`); they do not stop a sync,
 * so they are never quoted as the reason one failed.
 */
const isWarning = (task: IDataObject): boolean =>
	typeof task.code === 'string' && /warning/i.test(task.code);

/** The tasks that block the connector: `status.tasks` without the warnings among them. */
export function blockingTasks(state: Pick<ConnectorState, 'tasks'>): IDataObject[] {
	return state.tasks.filter((task) => !isWarning(task));
}

/** `{ unknown_values }` naming each state value Fivetran does not document; `{}` when none. */
export function unknownConnectorStates(
	state: Pick<ConnectorState, 'syncState' | 'setupState' | 'updateState'>,
): { unknown_values?: string[] } {
	return unknownValuesField([
		['sync_state', state.syncState, SYNC_STATES],
		['setup_state', state.setupState, SETUP_STATES],
		['update_state', state.updateState, UPDATE_STATES],
	]);
}

/** Setup was started but not finished: Fivetran cannot sync it yet. */
export function isSetupIncomplete(state: Pick<ConnectorState, 'setupState'>): boolean {
	return state.setupState === 'incomplete';
}

/** The later of succeeded_at / failed_at: a sync that ends after this instant is a new one. */
export function lastSyncEndMillis(state: Pick<ConnectorState, 'succeededAt' | 'failedAt'>): number {
	return Math.max(toMillis(state.succeededAt), toMillis(state.failedAt));
}

export function dashboardUrl(connectorId: string): string {
	return `https://fivetran.com/dashboard/connectors/${encodeURIComponent(connectorId)}/status`;
}
