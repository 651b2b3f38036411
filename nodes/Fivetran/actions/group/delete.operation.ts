import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendFivetranRequest } from '../../transport/request';
import { confirmation } from '../common/fields';
import { groupLocator } from '../common/locators';
import { requestSettings } from '../common/request';
import { readId, requireConfirmation } from '../common/validate';
import type { Access } from '../types';

export const access: Access = 'delete';

const CONSEQUENCE =
	'Deleting a group also deletes its destination and every connector in it, and cannot be undone.';

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['delete'] } },
	[
		groupLocator,
		confirmation('confirmDelete', 'Confirm Delete', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = readId(this, 'groupId', itemIndex, 'Group');
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	const answer = await sendFivetranRequest.call(this, {
		method: 'DELETE',
		path: `/groups/${groupId}`,
		...requestSettings(this, itemIndex),
	});
	return { deleted: true, id: decodeURIComponent(groupId), message: answer.message ?? '' };
}
