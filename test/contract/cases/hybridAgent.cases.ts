import type { ContractCase } from './types';

const agentId = { __rl: true, mode: 'id', value: 'agent_blue_fox' };
const agent = { id: 'agent_blue_fox', display_name: 'Blue Fox', online: true };

export const cases: ContractCase[] = [
	{
		name: 'hybridAgent getAll with a limit',
		parameters: { resource: 'hybridAgent', operation: 'getAll', returnAll: false, limit: 10 },
	},
	{
		name: 'hybridAgent getAll of one group, Return All',
		parameters: {
			resource: 'hybridAgent',
			operation: 'getAll',
			returnAll: true,
			filters: { groupId: 'decent_dropsy' },
		},
	},
	{
		name: 'hybridAgent get',
		parameters: { resource: 'hybridAgent', operation: 'get', agentId },
		reply: { body: { code: 'Success', data: agent } },
	},
	{
		name: 'hybridAgent reAuthenticate (AUTO)',
		parameters: { resource: 'hybridAgent', operation: 'reAuthenticate', agentId, authType: 'AUTO' },
		reply: { body: { code: 'Success', data: { ...agent, token: 'dG9rZW4=' } } },
	},
	{
		name: 'hybridAgent reAuthenticate (MANUAL)',
		parameters: {
			resource: 'hybridAgent',
			operation: 'reAuthenticate',
			agentId,
			authType: 'MANUAL',
		},
		reply: { body: { code: 'Success', data: agent } },
	},
	{
		name: 'hybridAgent resetCredentials',
		parameters: {
			resource: 'hybridAgent',
			operation: 'resetCredentials',
			agentId,
			confirmReset: true,
		},
		reply: { body: { code: 'Success', message: 'Successfully reset credentials' } },
	},
];
