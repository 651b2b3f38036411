import type { ContractCase } from './types';

const webhookId = { __rl: true, mode: 'id', value: 'program_quoth' };
const groupId = { __rl: true, mode: 'id', value: 'decent_dropsy' };
const webhook = {
	id: 'program_quoth',
	type: 'account',
	url: 'https://example.com/fivetran',
	events: ['sync_end'],
	active: true,
	secret: '******',
};

export const cases: ContractCase[] = [
	{
		name: 'webhook getAll with a limit',
		parameters: { resource: 'webhook', operation: 'getAll', returnAll: false, limit: 20 },
		reply: { body: { code: 'Success', data: { items: [webhook] } } },
	},
	{
		name: 'webhook getAll, Return All',
		parameters: { resource: 'webhook', operation: 'getAll', returnAll: true },
	},
	{
		name: 'webhook get',
		parameters: { resource: 'webhook', operation: 'get', webhookId },
		reply: { body: { code: 'Success', data: webhook } },
	},
	{
		name: 'webhook create for the account, signed with the secret from its credential',
		parameters: {
			resource: 'webhook',
			operation: 'create',
			webhookUrl: 'https://example.com/fivetran',
			webhookEvents: ['sync_start', 'sync_end'],
		},
		reply: { body: { code: 'Success', data: webhook } },
	},
	{
		name: 'webhook create for a group, inactive, unsigned',
		parameters: {
			resource: 'webhook',
			operation: 'create',
			webhookSigning: 'none',
			webhookScope: 'group',
			groupId,
			webhookUrl: 'https://example.com/fivetran',
			webhookEvents: ['sync_end'],
			additionalFields: { active: false },
		},
		reply: { body: { code: 'Success', data: { ...webhook, type: 'group' } } },
	},
	{
		name: 'webhook update with every field',
		parameters: {
			resource: 'webhook',
			operation: 'update',
			webhookId,
			webhookSigning: 'credential',
			updateFields: {
				webhookUrl: 'https://example.com/new',
				webhookEvents: ['connection_failure'],
				active: true,
			},
		},
		reply: { body: { code: 'Success', data: webhook } },
	},
	{
		name: 'webhook delete',
		parameters: { resource: 'webhook', operation: 'delete', webhookId, confirmDelete: true },
		reply: { body: { code: 'Success', message: 'Webhook has been deleted' } },
	},
	{
		name: 'webhook send test event',
		parameters: { resource: 'webhook', operation: 'test', webhookId, testEvent: 'sync_start' },
		reply: { body: { code: 'Success', data: { succeed: true, status: 200, message: 'OK' } } },
	},
];
