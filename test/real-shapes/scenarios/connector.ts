import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const connector = { resource: 'connector' };
const connectorId = rl('quiet_walrus');
const path = '/v1/connections/quiet_walrus';
const START = '2026-03-01T00:00:00.000Z';

// Fields that the summaries (Get Status, Check Sync, Sync's result) always carry.
// Get Status and Check Sync keep a fixed set of keys for IF nodes; null says "does not apply".
const summaryNullable = ['succeeded_at', 'failed_at', 'rescheduled_for'];

export const scenarios: Scenario[] = [
	{
		...connector,
		operation: 'getAll',
		name: 'a full connection, one with an unknown sync_state, a broken paused one',
		parameters: { returnAll: true },
		routes: [{ method: 'GET', path: '/v1/connections', fixtures: ['connector/list'] }],
	},
	{
		...connector,
		operation: 'getAll',
		name: 'one group, status filter "broken" over sparse connections',
		parameters: {
			scope: 'group',
			groupId: rl('amber_pelican'),
			returnAll: true,
			filters: { status: 'broken' },
		},
		routes: [
			{
				method: 'GET',
				path: '/v1/groups/amber_pelican/connections',
				fixtures: ['connector/list'],
			},
		],
		leavesOut: ['quiet_walrus', 'restless_ibex', 'future_connector_type', 'future_catching_up'],
	},
	{
		...connector,
		operation: 'getAll',
		name: 'Simplify on sparse connections',
		parameters: { returnAll: true, simplify: true },
		routes: [{ method: 'GET', path: '/v1/connections', fixtures: ['connector/list'] }],
		addsNullable: ['first_task_message'],
	},
	{
		...connector,
		operation: 'get',
		name: 'details with config, setup tests and an unknown config key',
		parameters: { connectorId },
		routes: [{ method: 'GET', path, fixtures: ['connector/details'] }],
		shows: ['future_option'],
	},
	{
		...connector,
		operation: 'get',
		name: 'sparse: no sync times, no tasks, unknown update_state',
		parameters: { connectorId: rl('restless_ibex') },
		routes: [
			{
				method: 'GET',
				path: '/v1/connections/restless_ibex',
				fixtures: ['connector/details-sparse'],
			},
		],
	},
	{
		...connector,
		operation: 'get',
		name: 'Simplify, sparse: no sync times, unknown update_state',
		parameters: { connectorId: rl('restless_ibex'), simplify: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/connections/restless_ibex',
				fixtures: ['connector/details-sparse'],
			},
		],
		addsNullable: ['first_task_message'],
	},
	{
		...connector,
		operation: 'getStatus',
		name: 'sparse: no sync times, no tasks, unknown update_state',
		parameters: { connectorId: rl('restless_ibex') },
		routes: [
			{
				method: 'GET',
				path: '/v1/connections/restless_ibex',
				fixtures: ['connector/details-sparse'],
			},
		],
		addsNullable: summaryNullable,
	},
	{
		...connector,
		operation: 'getStatus',
		name: 'rescheduled, with rescheduled_for',
		parameters: { connectorId },
		routes: [{ method: 'GET', path, fixtures: ['connector/details-rescheduled'] }],
		shows: ['rescheduled', '2026-03-01T01:00:00.000000Z'],
		addsNullable: summaryNullable,
	},
	{
		...connector,
		operation: 'create',
		name: '201 with setup tests, one of an unknown status',
		parameters: {
			groupId: rl('amber_pelican'),
			service: rl('postgres'),
			configMode: 'json',
			configJson: '{"schema": "pg_orders", "host": "db.example.org", "port": 5432}',
		},
		routes: [
			{ method: 'POST', path: '/v1/connections', fixtures: ['connector/created'], status: 201 },
		],
	},
	{
		...connector,
		operation: 'update',
		name: 'the updated connection',
		parameters: { connectorId, updateFields: { syncFrequency: 360 } },
		routes: [{ method: 'PATCH', path, fixtures: ['connector/details'] }],
	},
	{
		...connector,
		operation: 'delete',
		name: 'message only',
		parameters: { connectorId, confirmDelete: true },
		routes: [
			{ method: 'DELETE', path, message: "Connection with id 'quiet_walrus' has been deleted" },
		],
		shows: ['quiet_walrus'],
	},
	{
		...connector,
		operation: 'pause',
		name: 'the paused connection',
		parameters: { connectorId: rl('sunken_kiwi') },
		routes: [
			{ method: 'PATCH', path: '/v1/connections/sunken_kiwi', fixtures: ['connector/setup-tests'] },
		],
	},
	{
		...connector,
		operation: 'resume',
		name: 'the resumed connection',
		parameters: { connectorId },
		routes: [{ method: 'PATCH', path, fixtures: ['connector/details'] }],
	},
	{
		...connector,
		operation: 'sync',
		name: 'without waiting: message only',
		parameters: { connectorId },
		startAt: START,
		routes: [
			{ method: 'GET', path, fixtures: ['connector/details'] },
			{
				method: 'POST',
				path: `${path}/sync`,
				message: "Sync has been successfully triggered for connection with id 'quiet_walrus'",
			},
		],
		shows: ['quiet_walrus'],
		addsNullable: ['previous_sync_end_at'],
	},
	{
		...connector,
		operation: 'sync',
		name: 'waiting: syncing, then succeeded (sparse connection answers)',
		parameters: { connectorId, waitForCompletion: true, pollInterval: 10, timeout: 30 },
		startAt: START,
		routes: [
			{
				method: 'GET',
				path,
				fixtures: ['connector/details', 'connector/details-syncing', 'connector/details-synced'],
			},
			{ method: 'POST', path: `${path}/sync`, message: 'Sync has been successfully triggered' },
		],
		shows: ['2026-03-01T00:10:00.000000Z'],
		addsNullable: summaryNullable,
	},
	{
		...connector,
		operation: 'sync',
		name: 'waiting, output on failure: a warning task before the failing task',
		parameters: {
			connectorId: rl('sunken_kiwi'),
			waitForCompletion: true,
			pollInterval: 10,
			timeout: 30,
			onFailure: 'output',
		},
		startAt: START,
		routes: [
			{
				method: 'GET',
				path: '/v1/connections/sunken_kiwi',
				fixtures: ['connector/details-broken', 'connector/details-failed-with-warning'],
			},
			{ method: 'POST', path: '/v1/connections/sunken_kiwi/sync', message: 'Sync triggered' },
		],
		shows: ['Reconnect: the password was rejected by the source'],
		addsNullable: summaryNullable,
	},
	{
		...connector,
		operation: 'checkSync',
		name: 'synced after the request (no rescheduled_for in the answer)',
		parameters: {
			connectorId,
			syncRequestedAt: '2026-03-01T00:00:00.000Z',
			previousSyncEndAt: '2026-02-01T06:04:11.201Z',
		},
		startAt: '2026-03-01T00:20:00.000Z',
		routes: [{ method: 'GET', path, fixtures: ['connector/details-synced'] }],
		addsNullable: summaryNullable,
	},
	{
		...connector,
		operation: 'checkSync',
		name: 'rescheduled, Stop Waiting',
		parameters: {
			connectorId,
			syncRequestedAt: '2026-03-01T00:00:00.000Z',
			previousSyncEndAt: '2026-02-01T06:04:11.201Z',
			onRescheduledCheck: 'fail',
			onFailure: 'output',
		},
		startAt: '2026-03-01T00:20:00.000Z',
		routes: [{ method: 'GET', path, fixtures: ['connector/details-rescheduled'] }],
		shows: ['2026-03-01T01:00:00.000000Z'],
		// A sync that has not ended has no duration yet.
		addsNullable: [...summaryNullable, 'sync_duration_seconds'],
	},
	{
		...connector,
		operation: 'historicalResync',
		name: 'message only',
		parameters: { connectorId, confirmResync: true },
		routes: [
			{ method: 'GET', path, fixtures: ['connector/details'] },
			{
				method: 'POST',
				path: `${path}/resync`,
				message: "Re-sync has been triggered successfully for connection with id 'quiet_walrus'",
			},
		],
		shows: ['quiet_walrus'],
	},
	{
		...connector,
		operation: 'resyncTables',
		name: 'message only',
		parameters: {
			connectorId,
			tablesUi: { schemas: [{ schema: 'public', tables: 'ledger_entries' }] },
			confirmResync: true,
		},
		routes: [
			{
				method: 'POST',
				path: `${path}/schemas/tables/resync`,
				message: 'Re-sync has been triggered successfully',
			},
		],
		shows: ['quiet_walrus'],
	},
	{
		...connector,
		operation: 'runSetupTests',
		name: 'PASSED, FAILED with details, SKIPPED, JOB_FAILED',
		parameters: { connectorId: rl('sunken_kiwi') },
		routes: [
			{
				method: 'POST',
				path: '/v1/connections/sunken_kiwi/test',
				fixtures: ['connector/setup-tests'],
			},
		],
		shows: ['JOB_FAILED', 'password authentication failed for user fivetran'],
		// One item per test with the same keys, so that an IF node can read `details` of each.
		addsNullable: ['details'],
	},
	{
		...connector,
		operation: 'getSchemaConfig',
		name: 'schemas, tables, columns, patch settings',
		parameters: { connectorId },
		routes: [{ method: 'GET', path: `${path}/schemas`, fixtures: ['connector/schema-config'] }],
		shows: ['ledger_entries', 'SYSTEM_TABLE'],
	},
	{
		...connector,
		operation: 'getSchemaConfig',
		name: 'sparse: no names in destination, no columns, unknown sync_mode',
		parameters: { connectorId },
		routes: [
			{ method: 'GET', path: `${path}/schemas`, fixtures: ['connector/schema-config-sparse'] },
		],
		shows: ['leads', 'notes'],
	},
	{
		...connector,
		operation: 'updateSchemaConfig',
		name: 'the updated schema config (sparse)',
		parameters: {
			connectorId,
			schemaChangeHandling: 'BLOCK_ALL',
			schemaEntries: { entries: [{ schema: 'crm', table: 'notes', enabled: false }] },
		},
		routes: [
			{ method: 'PATCH', path: `${path}/schemas`, fixtures: ['connector/schema-config-sparse'] },
		],
		shows: ['BLOCK_ALL'],
	},
	{
		...connector,
		operation: 'reloadSchema',
		name: 'the reloaded schema config',
		parameters: { connectorId },
		routes: [
			{ method: 'POST', path: `${path}/schemas/reload`, fixtures: ['connector/schema-config'] },
		],
		shows: ['ALLOW_COLUMNS'],
	},
	{
		...connector,
		operation: 'getState',
		name: 'a nested state with a null',
		parameters: { connectorId },
		routes: [{ method: 'GET', path: `${path}/state`, fixtures: ['connector/state'] }],
		shows: ['2026-02-28T23:59:59Z'],
	},
	{
		...connector,
		operation: 'updateState',
		name: 'message only',
		parameters: { connectorId, stateJson: '{"state": {"cursor": "2026-01-01"}}' },
		routes: [
			{ method: 'PATCH', path: `${path}/state`, message: 'Connection state has been updated' },
		],
		shows: ['Connection state has been updated'],
	},
	{
		...connector,
		operation: 'createConnectCard',
		name: 'connector_id spelling, with the card config',
		parameters: { connectorId: rl('tidy_puffin'), redirectUri: 'https://example.org/done' },
		routes: [
			{
				method: 'POST',
				path: '/v1/connections/tidy_puffin/connect-card',
				fixtures: ['connector/connect-card'],
			},
		],
		shows: ['tidy_puffin', 'https://fivetran.com/connect-card/setup?auth='],
	},
	{
		...connector,
		operation: 'createConnectCard',
		name: 'connection_id spelling, without the card config',
		parameters: { connectorId: rl('tidy_puffin'), redirectUri: 'https://example.org/done' },
		routes: [
			{
				method: 'POST',
				path: '/v1/connections/tidy_puffin/connect-card',
				fixtures: ['connector/connect-card-connection-era'],
			},
		],
		shows: ['tidy_puffin', 'other-token'],
	},
];
