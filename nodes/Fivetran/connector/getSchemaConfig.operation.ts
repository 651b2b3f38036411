import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { getConnection } from './connection';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['getSchemaConfig'] } },
	[connectorLocator],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await getConnection(this, itemIndex, '/schemas');
}
