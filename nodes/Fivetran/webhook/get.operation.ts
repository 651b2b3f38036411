import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { webhookLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { withSecretMasked } from './fields';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyWebhook } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [webhookLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['get'] } },
	[...properties, ...simplifyFields('id, type, group, URL, events, active')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const webhookId = readId(this, 'webhookId', itemIndex);
	const webhook = await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/webhooks/${webhookId}`,
		...requestSettings(this, itemIndex),
	});
	return withSecretMasked(webhook);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyWebhook);
}
