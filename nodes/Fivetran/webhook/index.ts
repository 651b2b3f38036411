import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as create from './create.operation';
import * as deleteWebhook from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as test from './test.operation';
import * as update from './update.operation';

export const webhookOperations: OperationMap = {
	create,
	delete: deleteWebhook,
	get,
	getAll,
	test,
	update,
};

export const webhookDescription = resourceDescription('webhook', webhookOperations, [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a webhook',
		description:
			'Make Fivetran send chosen events (e.g. sync_end) to an HTTPS URL, for the whole account or one group; the URL must answer 2xx to a test delivery. To start a workflow on such events use the Fivetran Webhook Trigger instead.',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a webhook',
		description: 'Stop and remove a webhook; needs Confirm',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a webhook',
		description: 'Get one webhook by ID: URL, events, scope, whether it is active (secret masked)',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many webhooks',
		description: 'List the webhooks of the account, account-wide and per group',
	},
	{
		name: 'Send Test Event',
		value: 'test',
		action: 'Send a test event to a webhook',
		description:
			"Send one test delivery of the chosen event to the webhook's URL and return what the URL answered",
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a webhook',
		description:
			'Change only the given fields of a webhook: URL, events, active (on or off), secret',
	},
]);
