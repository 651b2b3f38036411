import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { webhookLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { updateBody, updateFields, withSecretMasked } from './fields';
import { updateSigningField } from './signing';

// 'grant': it can point a webhook (and the account's events) at another address.
export const access: Access = 'grant';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['update'] } },
	[webhookLocator, updateSigningField, updateFields],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const webhookId = readId(this, 'webhookId', itemIndex);
	const body = await updateBody(this, itemIndex);
	const webhook = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: `/webhooks/${webhookId}`,
		body,
		// Repeatable: it sets fields to given values; a repeat changes nothing more.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
	return withSecretMasked(webhook);
}
