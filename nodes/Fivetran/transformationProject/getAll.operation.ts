import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../common/fields';
import { listWithLimit } from '../common/request';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyTransformationProject } from '../common/simplify/objects';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformationProject'], operation: ['getAll'] } },
	[...returnAllAndLimit(), ...simplifyFields('id, group, type, status, errors count')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listWithLimit(this, itemIndex, '/transformation-projects');
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyTransformationProject);
}
