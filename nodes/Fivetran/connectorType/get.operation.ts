import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { serviceLocator } from '../../shared/locators';
import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connectorType'], operation: ['get'] } },
	[serviceLocator],
);

/** GET /metadata/connector-types/{service}: the service with its config and auth field metadata. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const service = readId(this, 'service', itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/metadata/connector-types/${service}`,
		...requestSettings(this, itemIndex),
	});
}
