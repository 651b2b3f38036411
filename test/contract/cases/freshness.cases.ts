import type { ContractCase } from './types';

// Issue 22's requests: the freshness look (group lists, the first read of chosen connectors, the
// account's groups, one sync request), Get Sync History, Connector Type and Account Get Info.
// Check Fresh Data looks once, so one fixed reply cannot make it loop.

const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const neverSynced = {
	id: 'c_one',
	group_id: 'g_one',
	succeeded_at: null,
	failed_at: null,
	paused: false,
	status: { setup_state: 'connected', sync_state: 'scheduled', update_state: 'on_schedule' },
};
const page = { body: { code: 'Success', data: { items: [neverSynced] } } };
const check = { resource: 'connector', operation: 'checkFreshData', startSyncs: true };

export const cases: ContractCase[] = [
	{
		name: 'check fresh data, chosen groups: GET /groups/{id}/connections?limit=1000, then POST /connections/{id}/sync {force:false}',
		parameters: {
			...check,
			freshScope: 'groups',
			freshGroups: { group: [{ groupId: rl('g_one') }] },
		},
		reply: page,
	},
	{
		name: "check fresh data, whole account: GET /groups, each group's connections, one sync",
		parameters: { ...check, freshScope: 'account' },
		reply: page,
	},
	{
		name: 'check fresh data, chosen connectors: GET /connections/{id}',
		parameters: {
			...check,
			startSyncs: false,
			freshScope: 'connectors',
			freshConnectors: { connector: [{ connectorId: rl('c_one') }] },
		},
		reply: { body: { code: 'Success', data: neverSynced } },
	},
	{
		name: 'get sync history, last 10 days: two windows with start_time and end_time',
		parameters: {
			resource: 'connector',
			operation: 'getSyncHistory',
			connectorId: rl('c_one'),
			historyRange: 'lastDays',
			historyDays: 10,
			returnAll: true,
		},
		reply: { body: { code: 'Success', data: { items: [] } } },
	},
	{
		name: 'connector type get many: GET /metadata/connector-types',
		parameters: { resource: 'connectorType', operation: 'getAll', returnAll: false, limit: 10 },
		reply: { body: { code: 'Success', data: { items: [] } } },
	},
	{
		name: 'connector type get: GET /metadata/connector-types/{service}',
		parameters: { resource: 'connectorType', operation: 'get', service: rl('postgres') },
	},
	{
		name: 'account get info: GET /account/info',
		parameters: { resource: 'account', operation: 'getInfo' },
	},
];
