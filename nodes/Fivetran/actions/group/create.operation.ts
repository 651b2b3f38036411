import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../shared/transport/request';
import { requestSettings } from '../common/request';
import { readText } from '../common/validate';
import type { Access } from '../types';

export const access: Access = 'write';

export const groupNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Marketing Warehouse',
	description: 'The group name, unique within the Fivetran account',
};

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['create'] } },
	[groupNameField],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = readText(this, 'name', itemIndex, 'Name');
	return await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/groups',
		body: { name },
		...requestSettings(this, itemIndex),
	});
}
