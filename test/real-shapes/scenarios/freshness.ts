import type { Scenario } from '../scenario';
import { rl } from '../scenario';

// Issue 22: the freshness operations over real-shaped connection lists, Get Sync History,
// Connector Type and Account Get Info.

const START = '2026-03-01T00:00:00.000Z';
const groups = { freshScope: 'groups', freshGroups: { group: [{ groupId: rl('amber_pelican') }] } };
const list = [
	{
		method: 'GET' as const,
		path: '/v1/groups/amber_pelican/connections',
		fixtures: ['connector/list'],
	},
];
// The table's keys that say "does not apply" with null (fresh rows have no why_not; a connector
// that never synced has no age).
const rowNullable = [
	'why_not',
	'why_not_detail',
	'age_minutes',
	'schema',
	'service',
	'sync_state',
	'update_state',
	'group_id',
	'succeeded_at',
	'failed_at',
];

export const scenarios: Scenario[] = [
	{
		resource: 'connector',
		operation: 'checkFreshData',
		name: 'a group with a fresh, a never synced (unknown sync_state) and a broken paused connection, skipped',
		parameters: {
			...groups,
			freshRule: 'window',
			maxAgeMinutes: 525_600,
			onPausedOrBroken: 'skip',
		},
		routes: list,
		startAt: START,
		addsNullable: rowNullable,
	},
	{
		resource: 'connector',
		operation: 'waitForFreshData',
		name: 'a group whose connection never synced and is incomplete (skipped), the other fresh within a year',
		parameters: {
			...groups,
			freshRule: 'window',
			maxAgeMinutes: 525_600,
			onPausedOrBroken: 'skip',
			timeout: 1,
			pollInterval: 30,
		},
		routes: [
			{
				method: 'GET',
				path: '/v1/groups/amber_pelican/connections',
				fixtures: ['group/connections-list'],
			},
		],
		startAt: START,
		addsNullable: [...rowNullable, 'waited_seconds'],
	},
	{
		resource: 'connector',
		operation: 'getSyncHistory',
		name: 'records passed through as sent, one with no start yet and an unknown status',
		parameters: {
			connectorId: rl('quiet_walrus'),
			historyRange: 'lastDays',
			historyDays: 2,
			returnAll: true,
		},
		routes: [
			{
				method: 'GET',
				path: '/v1/connections/quiet_walrus/sync-history',
				fixtures: ['connector/sync-history'],
			},
		],
		startAt: START,
	},
	{
		resource: 'connectorType',
		operation: 'getAll',
		name: 'metadata list with an unknown type and status',
		parameters: { returnAll: true },
		routes: [
			{ method: 'GET', path: '/v1/metadata/connector-types', fixtures: ['connectorType/list'] },
		],
	},
	{
		resource: 'connectorType',
		operation: 'get',
		name: 'one service with its config and auth field metadata',
		parameters: { service: rl('google_sheets') },
		routes: [
			{
				method: 'GET',
				path: '/v1/metadata/connector-types/google_sheets',
				fixtures: ['connectorType/details'],
			},
		],
		shows: ['future_option'],
	},
	{
		resource: 'account',
		operation: 'getInfo',
		name: 'a user key',
		routes: [{ method: 'GET', path: '/v1/account/info', fixtures: ['account/info'] }],
		shows: ['glossy_marten', 'mellow_heron'],
	},
	{
		resource: 'account',
		operation: 'getInfo',
		name: 'a system key (system_key_id, no user_id)',
		routes: [{ method: 'GET', path: '/v1/account/info', fixtures: ['account/info-system-key'] }],
		shows: ['stoic_vole'],
	},
];
