import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { runTransformation } from './runFlow';
import { runWaitFields } from './runOptions';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['run'] } },
	[transformationLocator, ...runWaitFields],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	return await runTransformation(this, itemIndex);
}
