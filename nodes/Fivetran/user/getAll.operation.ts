import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../common/fields';
import { listWithLimit } from '../common/request';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyUser } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [...returnAllAndLimit()];

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['getAll'] } },
	[...properties, ...simplifyFields('id, email, names, role, active, last login')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listWithLimit(this, itemIndex, '/users');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyUser);
}
