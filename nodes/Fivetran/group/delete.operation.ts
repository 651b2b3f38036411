import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { confirmation } from '../common/fields';
import { groupLocator } from '../../shared/locators';
import { deleteAndReport } from '../common/request';
import { readId, requireConfirmation } from '../common/validate';
import type { Access } from '../common/types';

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
	const groupId = readId(this, 'groupId', itemIndex);
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	return await deleteAndReport(this, itemIndex, `/groups/${groupId}`, groupId);
}
