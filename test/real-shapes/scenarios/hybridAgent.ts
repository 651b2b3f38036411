import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const agent = { resource: 'hybridAgent' };
const agentId = rl('lucky_gecko');
const path = '/v1/hybrid-deployment-agents/lucky_gecko';

export const scenarios: Scenario[] = [
	{
		...agent,
		operation: 'getAll',
		name: 'as the Go client mock lists them: no online, enabled, version or deployment_type',
		parameters: { returnAll: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/hybrid-deployment-agents',
				fixtures: ['hybridAgent/list-sparse'],
			},
		],
	},
	{
		...agent,
		operation: 'getAll',
		name: 'every documented field, an unknown deployment_type, a null last_used_at',
		parameters: { returnAll: true },
		routes: [
			{ method: 'GET', path: '/v1/hybrid-deployment-agents', fixtures: ['hybridAgent/list'] },
		],
	},
	{
		...agent,
		operation: 'getAll',
		name: 'Simplify on agents without online, enabled or deployment_type',
		parameters: { returnAll: true, simplify: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/hybrid-deployment-agents',
				fixtures: ['hybridAgent/list-sparse'],
			},
		],
		shows: ['2025-05-05T05:05:05.000000Z'],
	},
	{
		...agent,
		operation: 'get',
		name: 'sparse, with usage',
		parameters: { agentId },
		routes: [{ method: 'GET', path, fixtures: ['hybridAgent/details-sparse'] }],
		shows: ['quiet_walrus'],
	},
	{
		...agent,
		operation: 'get',
		name: 'Simplify, sparse, with usage',
		parameters: { agentId, simplify: true },
		routes: [{ method: 'GET', path, fixtures: ['hybridAgent/details-sparse'] }],
		shows: ['2025-05-05T05:05:05.000000Z', 'quiet_walrus'],
	},
	{
		...agent,
		operation: 'reAuthenticate',
		name: 'the agent with its new files',
		parameters: { agentId, authType: 'AUTO' },
		// PATCH as in Fivetran's OpenAPI document (the Go client sends POST).
		routes: [{ method: 'PATCH', path: `${path}/re-auth`, fixtures: ['hybridAgent/reauth'] }],
	},
	{
		...agent,
		operation: 'resetCredentials',
		name: 'code only, no message',
		parameters: { agentId, confirmReset: true },
		routes: [{ method: 'POST', path: `${path}/reset-credentials` }],
		shows: ['lucky_gecko'],
	},
];
