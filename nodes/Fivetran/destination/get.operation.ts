import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { destinationLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyDestination } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [destinationLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['get'] } },
	[...properties, ...simplifyFields('id, group, service, region, setup status')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const destinationId = readId(this, 'destinationId', itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/destinations/${destinationId}`,
		...requestSettings(this, itemIndex),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyDestination);
}
