import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationLocator } from '../../shared/locators';
import { confirmation } from '../common/fields';
import { deleteAndReport } from '../common/request';
import { requireConfirmation } from '../common/validate';
import type { Access } from '../common/types';
import { transformationPath } from './transformationId';

export const access: Access = 'delete';

const CONSEQUENCE =
	'Deleting a transformation removes it and its schedule from Fivetran and cannot be undone (the tables it built stay in the destination).';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['delete'] } },
	[
		transformationLocator,
		confirmation('confirmDelete', 'Confirm Delete', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = transformationPath(this, itemIndex);
	requireConfirmation(this, 'confirmDelete', itemIndex, 'Confirm Delete', CONSEQUENCE);
	return await deleteAndReport(this, itemIndex, path, path.slice(path.lastIndexOf('/') + 1));
}
