import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { confirmation } from '../common/fields';
import { webhookLocator } from '../../shared/locators';
import { deleteAndReport } from '../common/request';
import { readId, requireConfirmation } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'delete';

const CONSEQUENCE =
	'Deleting a webhook stops every delivery to its URL at once and cannot be undone (to pause deliveries instead, update it with Active off).';

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['delete'] } },
	[
		webhookLocator,
		confirmation('confirmDelete', 'Confirm Delete', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const webhookId = readId(this, 'webhookId', itemIndex);
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	return await deleteAndReport(this, itemIndex, `/webhooks/${webhookId}`, webhookId);
}
