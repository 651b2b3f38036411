import type { ContractCase } from './types';

// Sync and Historical Resync: every request they build. Waiting only repeats the GET of the first
// request (and may repeat POST /sync), so the cases do not wait: with one fixed reply a wait would
// only run into its timeout.

const connectorId = { __rl: true, mode: 'id', value: 'sandy_lamb' };

export const cases: ContractCase[] = [
	{
		name: 'connector sync: GET the connector, then POST /sync {force:false}',
		parameters: { resource: 'connector', operation: 'sync', connectorId, force: false },
	},
	{
		name: 'connector sync: POST /sync {force:true}',
		parameters: { resource: 'connector', operation: 'sync', connectorId, force: true },
	},
	{
		name: 'connector sync of a paused connector with Resume If Paused: GET, PATCH {paused:false}, POST /sync',
		parameters: { resource: 'connector', operation: 'sync', connectorId, resumeIfPaused: true },
		reply: { body: { code: 'Success', data: { id: 'sandy_lamb', paused: true } } },
	},
	{
		name: 'connector historical resync, whole connector: POST /resync {}',
		parameters: {
			resource: 'connector',
			operation: 'historicalResync',
			connectorId,
			confirmResync: true,
		},
	},
	{
		name: 'connector historical resync, chosen tables: POST /resync {scope: {schema: [tables]}}',
		parameters: {
			resource: 'connector',
			operation: 'historicalResync',
			connectorId,
			confirmResync: true,
			resyncScope: 'tables',
			tablesMode: 'fields',
			tablesUi: { schemas: [{ schema: 'public', tables: 'orders, customers' }] },
		},
	},
];
