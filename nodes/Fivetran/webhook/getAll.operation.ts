import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../common/fields';
import { listWithLimit } from '../common/request';
import type { Access } from '../common/types';
import { withSecretMasked } from './fields';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyWebhook } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['getAll'] } },
	[...properties, ...simplifyFields('id, type, group, URL, events, active')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const webhooks = await listWithLimit(this, itemIndex, '/webhooks');
	return webhooks.map(withSecretMasked);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyWebhook);
}
