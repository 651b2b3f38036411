import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationLocator } from '../../shared/locators';
import { sendFivetranRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import type { Access } from '../common/types';
import { idOfPath, transformationPath } from './transformationId';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['cancel'] } },
	[transformationLocator],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = transformationPath(this, itemIndex);
	const answer = await sendFivetranRequest.call(this, {
		method: 'POST',
		path: `${path}/cancel`,
		// Not repeatable: POST /cancel names no run, it cancels whatever runs when it arrives. Sent again
		// after a lost answer, it could cancel a run that started in between (a scheduled one), which
		// nobody asked for; the OpenAPI document promises nothing about repeats either.
		repeatable: false,
		...requestSettings(this, itemIndex),
	});
	return { success: true, message: answer.message ?? '', transformation_id: idOfPath(path) };
}
