import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../common/fields';
import { groupLocator } from '../../shared/locators';
import { listWithLimit } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyUser } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [groupLocator, ...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getUsers'] } },
	[...properties, ...simplifyFields('id, email, names, role, active, last login')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const groupId = readId(this, 'groupId', itemIndex);
	return await listWithLimit(this, itemIndex, `/groups/${groupId}/users`);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyUser);
}
