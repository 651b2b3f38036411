import type { ContractCase } from './types';

// Every request the Connector operations build (Sync and Historical Resync: sync.cases.ts).

const connectorId = { __rl: true, mode: 'id', value: 'sandy_lamb' };
const groupId = { __rl: true, mode: 'id', value: 'decent_dropsy' };
const connector = (operation: string, parameters: ContractCase['parameters'] = {}) => ({
	resource: 'connector',
	operation,
	connectorId,
	...parameters,
});

export const cases: ContractCase[] = [
	{
		name: 'connector getAll, account, limit',
		parameters: connector('getAll', { returnAll: false, limit: 25 }),
	},
	{
		name: 'connector getAll, account, return all, schema filter',
		parameters: connector('getAll', { returnAll: true, filters: { schema: 'pg_main' } }),
	},
	{
		name: 'connector getAll, one group, status and service filters (full pages)',
		parameters: connector('getAll', {
			scope: 'group',
			groupId,
			limit: 5,
			filters: { status: 'broken', service: 'postgres', schema: 'pg_main' },
		}),
	},
	{ name: 'connector get', parameters: connector('get') },
	{
		name: 'connector create, JSON config, every setting',
		parameters: connector('create', {
			groupId,
			service: { __rl: true, mode: 'list', value: 'postgres' },
			configMode: 'json',
			configJson: '{"schema": "pg_main", "host": "db.example.com", "port": 5432}',
			additionalFields: {
				paused: true,
				pauseAfterTrial: false,
				syncFrequency: 1440,
				scheduleType: 'auto',
				dailySyncTime: '02:00',
				dataDelaySensitivity: 'CUSTOM',
				dataDelayThreshold: 120,
				trustCertificates: true,
				trustFingerprints: true,
				runSetupTests: true,
			},
		}),
		reply: { status: 201, body: { code: 'Success', data: { id: 'new_conn' } } },
	},
	{
		name: 'connector create, config fields',
		parameters: connector('create', {
			groupId,
			service: { __rl: true, mode: 'id', value: 'google_sheets' },
			configUi: {
				fields: [
					{ key: 'schema', value: 'sheets' },
					{ key: 'table', value: 'orders' },
				],
			},
		}),
		reply: { status: 201, body: { code: 'Success', data: { id: 'new_conn' } } },
	},
	{
		name: 'connector update, config and settings',
		parameters: connector('update', {
			updateFields: {
				configJson: '{"password": "changed"}',
				syncFrequency: 60,
				scheduleType: 'manual',
				dataDelaySensitivity: 'LOW',
				runSetupTests: false,
				trustCertificates: false,
				trustFingerprints: false,
				pauseAfterTrial: true,
			},
		}),
	},
	{ name: 'connector delete', parameters: connector('delete', { confirmDelete: true }) },
	{ name: 'connector pause', parameters: connector('pause') },
	{ name: 'connector resume', parameters: connector('resume') },
	{ name: 'connector getStatus', parameters: connector('getStatus') },
	{
		name: 'connector checkSync: one GET of the connector, with the dates of a Sync run',
		parameters: connector('checkSync', {
			syncRequestedAt: '={{ $json.sync_requested_at }}',
			previousSyncEndAt: '={{ $json.previous_sync_end_at }}',
			onFailure: 'output',
		}),
		input: [
			{
				connector_id: 'sandy_lamb',
				sync_requested_at: '2026-01-01T00:00:00.000Z',
				previous_sync_end_at: '2025-12-31T12:00:00.000Z',
			},
		],
	},
	{ name: 'connector getState', parameters: connector('getState') },
	{
		name: 'connector updateState',
		parameters: connector('updateState', { stateJson: '{"state": {"cursor": "2026-01-01"}}' }),
	},
	{ name: 'connector runSetupTests, no options ({})', parameters: connector('runSetupTests') },
	{
		name: 'connector runSetupTests, trust options',
		parameters: connector('runSetupTests', {
			options: { trustCertificates: true, trustFingerprints: false },
		}),
	},
	{ name: 'connector getSchemaConfig', parameters: connector('getSchemaConfig') },
	{
		name: 'connector updateSchemaConfig, fields',
		parameters: connector('updateSchemaConfig', {
			schemaChangeHandling: 'ALLOW_COLUMNS',
			schemaEntries: {
				entries: [
					{ schema: 'public', enabled: true },
					{ schema: 'public', table: 'users', column: 'email', enabled: false },
				],
			},
		}),
	},
	{
		name: 'connector updateSchemaConfig, JSON',
		parameters: connector('updateSchemaConfig', {
			schemaConfigMode: 'json',
			schemaConfigJson:
				'{"schema_change_handling": "BLOCK_ALL", "is_type_locked": false, "schemas": {}}',
		}),
	},
	{ name: 'connector reloadSchema, PRESERVE', parameters: connector('reloadSchema') },
	{
		name: 'connector reloadSchema, EXCLUDE',
		parameters: connector('reloadSchema', { excludeMode: 'EXCLUDE' }),
	},
	{
		name: 'connector resyncTables',
		parameters: connector('resyncTables', {
			tablesUi: {
				schemas: [
					{ schema: 'public', tables: 'orders, users' },
					{ schema: 'crm', tables: 'leads' },
				],
			},
			confirmResync: true,
		}),
	},
];
