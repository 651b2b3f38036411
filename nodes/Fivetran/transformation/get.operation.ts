import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationLocator } from '../../shared/locators';
import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import type { Access } from '../common/types';
import { transformationPath } from './transformationId';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyTransformation } from '../common/simplify/objects';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['get'] } },
	[
		transformationLocator,
		...simplifyFields(
			'id, group, type, name, status, paused, schedule type, last run times, first error',
		),
	],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = transformationPath(this, itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path,
		...requestSettings(this, itemIndex),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyTransformation);
}
