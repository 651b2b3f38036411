import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { webhookLocator } from '../../shared/locators';
import { WEBHOOK_EVENTS } from '../../shared/webhook/events';
import { requestSettings } from '../common/request';
import { readId, readText } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'write';

const properties: INodeProperties[] = [
	webhookLocator,
	{
		displayName: 'Event',
		name: 'testEvent',
		type: 'options',
		options: WEBHOOK_EVENTS,
		default: 'sync_end',
		description:
			'The event of the test delivery. Fivetran sends it for a made-up connector (ID starting with _), so the receiving workflow can tell it from a real one.',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['test'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const webhookId = readId(this, 'webhookId', itemIndex);
	const event = readText(this, 'testEvent', itemIndex, 'Event');
	// Not repeatable (the POST default): each request is one more delivery to the webhook's URL.
	const result = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: `/webhooks/${webhookId}/test`,
		body: { event },
		...requestSettings(this, itemIndex),
	});
	return { ...result, webhook_id: decodeURIComponent(webhookId), event };
}
