import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationProjectLocator } from '../../shared/locators';
import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyTransformationProject } from '../common/simplify/objects';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformationProject'], operation: ['get'] } },
	[transformationProjectLocator, ...simplifyFields('id, group, type, status, errors count')],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const projectId = readId(this, 'projectId', itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/transformation-projects/${projectId}`,
		...requestSettings(this, itemIndex),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyTransformationProject);
}
