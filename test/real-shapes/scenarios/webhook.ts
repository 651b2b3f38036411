import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const webhook = { resource: 'webhook' };
const webhookId = rl('fluent_mallard');
const path = '/v1/webhooks/fluent_mallard';

export const scenarios: Scenario[] = [
	{
		...webhook,
		operation: 'getAll',
		name: 'an account webhook and an inactive group one without secret or creator',
		parameters: { returnAll: true },
		routes: [{ method: 'GET', path: '/v1/webhooks', fixtures: ['webhook/list'] }],
	},
	{
		...webhook,
		operation: 'getAll',
		name: 'Simplify on an account webhook without group_id',
		parameters: { returnAll: true, simplify: true },
		routes: [{ method: 'GET', path: '/v1/webhooks', fixtures: ['webhook/list'] }],
	},
	{
		...webhook,
		operation: 'get',
		name: 'an account webhook (no group_id)',
		parameters: { webhookId },
		routes: [{ method: 'GET', path, fixtures: ['webhook/details'] }],
	},
	{
		...webhook,
		operation: 'create',
		name: 'group webhook',
		parameters: {
			webhookScope: 'group',
			groupId: rl('amber_pelican'),
			webhookUrl: 'https://hooks.example.org/fivetran-eu',
			webhookEvents: ['sync_end'],
			webhookSigning: 'none',
		},
		routes: [
			{
				method: 'POST',
				path: '/v1/webhooks/group/amber_pelican',
				fixtures: ['webhook/group-created'],
				message: 'Group webhook has been created',
			},
		],
	},
	{
		...webhook,
		operation: 'update',
		name: 'the updated webhook',
		parameters: { webhookId, updateFields: { active: true } },
		routes: [{ method: 'PATCH', path, fixtures: ['webhook/details'] }],
	},
	{
		...webhook,
		operation: 'delete',
		name: 'message only',
		parameters: { webhookId, confirmDelete: true },
		routes: [{ method: 'DELETE', path, message: 'Webhook has been deleted' }],
		shows: ['fluent_mallard'],
	},
	{
		...webhook,
		operation: 'test',
		name: 'delivered',
		parameters: { webhookId, testEvent: 'sync_end' },
		routes: [{ method: 'POST', path: `${path}/test`, fixtures: ['webhook/test-result'] }],
		shows: ['The test event has been delivered'],
	},
	{
		...webhook,
		operation: 'test',
		name: 'not delivered (the endpoint answered 502)',
		parameters: { webhookId, testEvent: 'sync_start' },
		routes: [{ method: 'POST', path: `${path}/test`, fixtures: ['webhook/test-result-failed'] }],
		shows: ['Bad Gateway'],
	},
];
