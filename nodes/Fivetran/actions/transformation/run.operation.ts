import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationLocator } from '../../../shared/locators';
import type { Access } from '../types';
import { runTransformation } from '../../helpers/transformation/runFlow';
import { runWaitFields } from '../../helpers/transformation/runOptions';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['run'] } },
	[transformationLocator, ...runWaitFields],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await runTransformation(this, itemIndex);
}
