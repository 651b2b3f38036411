import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { confirmation } from '../common/fields';
import { connectorLocator } from '../../shared/locators';
import { deleteAndReport } from '../common/request';
import { requireConfirmation, readId } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'delete';

const CONSEQUENCE =
	'Deleting a connector removes its setup, schema config and sync history from Fivetran and cannot be undone (data already loaded stays in the destination).';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['delete'] } },
	[
		connectorLocator,
		confirmation('confirmDelete', 'Confirm Delete', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	return await deleteAndReport(this, itemIndex, `/connections/${connectorId}`, connectorId);
}
