import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { returnAllAndLimit } from '../common/fields';
import { listWithLimit } from '../common/request';
import type { Access } from '../common/types';

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connectorType'], operation: ['getAll'] } },
	returnAllAndLimit(),
);

/** GET /metadata/connector-types: every service the account can create a connector for. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	return await listWithLimit(this, itemIndex, '/metadata/connector-types');
}
