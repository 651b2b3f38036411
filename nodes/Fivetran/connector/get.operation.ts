import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { getConnection } from './connection';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyConnector } from '../common/simplify/objects';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['get'] } },
	[
		connectorLocator,
		...simplifyFields(
			'ids, schema, service, is_paused, is_broken, setup, sync and update state, last success and failure, tasks count, dashboard link',
		),
	],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await getConnection(this, itemIndex);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyConnector);
}
