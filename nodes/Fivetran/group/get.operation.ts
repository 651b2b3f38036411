import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { groupLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyGroup } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [groupLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['get'] } },
	[...properties, ...simplifyFields('id, name, created_at')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = readId(this, 'groupId', itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/groups/${groupId}`,
		...requestSettings(this, itemIndex),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyGroup);
}
