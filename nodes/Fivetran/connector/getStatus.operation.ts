import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	dashboardUrl,
	readConnectorState,
	unknownConnectorStates,
} from '../../shared/connector/connectorState';
import { connectorLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { getConnection } from './connection';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['getStatus'] } },
	[connectorLocator],
);

/** A flat view of the connection's health, easy to branch on in an IF node or for an agent to read. */
export function statusSummary(connection: IDataObject): IDataObject {
	const state = readConnectorState(connection);
	const id = String(connection.id ?? '');
	return {
		id,
		schema: connection.schema ?? null,
		service: connection.service ?? null,
		group_id: connection.group_id ?? null,
		is_syncing: state.isSyncing,
		is_paused: state.isPaused,
		is_broken: state.isBroken,
		last_sync_failed: state.lastSyncFailed,
		sync_state: state.syncState,
		setup_state: state.setupState,
		update_state: state.updateState,
		is_historical_sync: state.isHistoricalSync,
		rescheduled_for: state.rescheduledFor,
		succeeded_at: state.succeededAt,
		failed_at: state.failedAt,
		tasks: state.tasks,
		warnings: state.warnings,
		dashboard_url: dashboardUrl(id),
		...unknownConnectorStates(state),
	};
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return statusSummary(await getConnection(this, itemIndex));
}
