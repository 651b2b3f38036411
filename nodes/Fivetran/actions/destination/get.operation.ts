import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../shared/transport/request';
import { destinationLocator } from '../../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../types';

export const access: Access = 'read';

const properties: INodeProperties[] = [destinationLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['get'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const destinationId = readId(this, 'destinationId', itemIndex, 'Destination');
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/destinations/${destinationId}`,
		...requestSettings(this, itemIndex),
	});
}
