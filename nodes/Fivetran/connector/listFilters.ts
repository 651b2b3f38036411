import type { IDataObject } from 'n8n-workflow';

import type { ConnectorState } from '../../shared/connector/connectorState';
import { readConnectorState } from '../../shared/connector/connectorState';
import { filtersCollection, schemaFilter } from '../common/fields';

const STATUS_TESTS: Record<string, (state: ConnectorState) => boolean> = {
	broken: (state) => state.isBroken,
	paused: (state) => state.isPaused,
	syncing: (state) => state.isSyncing,
	failing: (state) => state.lastSyncFailed,
};

/** Get Many's filters; Wait for Fresh Data and Check Fresh Data offer the same ones. */
export const connectorListFilters = filtersCollection([
	schemaFilter,
	{
		displayName: 'Service',
		name: 'service',
		type: 'string',
		default: '',
		placeholder: 'e.g. postgres',
		description: 'Only connectors of exactly this service (connector type)',
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'All', value: 'all' },
			{ name: 'Broken', value: 'broken', description: 'Setup is broken and needs a fix' },
			{ name: 'Failing', value: 'failing', description: 'The last sync failed' },
			{ name: 'Paused', value: 'paused' },
			{ name: 'Syncing', value: 'syncing', description: 'A sync is running now' },
		],
		default: 'all',
	},
]);

/** The client-side part of the filters (Fivetran filters only by schema), or undefined if none. */
export function localFilter(
	filters: IDataObject,
): ((connector: IDataObject) => boolean) | undefined {
	const status = String(filters.status ?? 'all');
	const service = String(filters.service ?? '').trim();
	const statusTest = STATUS_TESTS[status];
	if (!statusTest && service === '') return undefined;
	return (connector) =>
		(service === '' || connector.service === service) &&
		(!statusTest || statusTest(readConnectorState(connector)));
}
