import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { userLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyUser } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [userLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['get'] } },
	[...properties, ...simplifyFields('id, email, names, role, active, last login')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const userId = readId(this, 'userId', itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/users/${userId}`,
		...requestSettings(this, itemIndex),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyUser);
}
