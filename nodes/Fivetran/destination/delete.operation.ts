import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { confirmation } from '../common/fields';
import { destinationLocator } from '../../shared/locators';
import { deleteAndReport } from '../common/request';
import { readId, requireConfirmation } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'delete';

const CONSEQUENCE =
	"Deleting a destination removes its settings from Fivetran (the group and the data already in the warehouse stay) and cannot be undone; the group's connectors have nowhere to load until a new destination is created.";

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['delete'] } },
	[
		destinationLocator,
		confirmation('confirmDelete', 'Confirm Delete', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const destinationId = readId(this, 'destinationId', itemIndex);
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	return await deleteAndReport(this, itemIndex, `/destinations/${destinationId}`, destinationId);
}
