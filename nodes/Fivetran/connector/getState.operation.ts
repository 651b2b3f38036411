import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { callStateEndpoint } from './stateEndpoint';
import { readId } from '../common/validate';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['getState'] } },
	[connectorLocator],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await callStateEndpoint(this, itemIndex, readId(this, 'connectorId', itemIndex), 'GET');
}
