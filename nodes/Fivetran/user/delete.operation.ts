import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { userLocator } from '../../shared/locators';
import { confirmation } from '../common/fields';
import { deleteAndReport } from '../common/request';
import { readId, requireConfirmation } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'delete';

const CONSEQUENCE =
	'Deleting a user removes them from the Fivetran account with all their group and connector access; it cannot be undone (they would have to be invited again).';

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['delete'] } },
	[
		userLocator,
		confirmation('confirmDelete', 'Confirm Delete', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const userId = readId(this, 'userId', itemIndex);
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	return await deleteAndReport(this, itemIndex, `/users/${userId}`, userId);
}
