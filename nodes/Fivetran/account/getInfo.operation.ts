import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import type { Access } from '../common/types';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['account'], operation: ['getInfo'] } },
	[],
);

/** GET /account/info: which account, and which user or system key, the credential is for. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: '/account/info',
		...requestSettings(this, itemIndex),
	});
}
