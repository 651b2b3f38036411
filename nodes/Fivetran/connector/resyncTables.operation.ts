import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendFivetranRequest } from '../../shared/transport/request';
import { confirmation } from '../common/fields';
import { connectorLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { requireConfirmation, readId } from '../common/validate';
import type { Access } from '../common/types';
import { readTablesBody, tablesFields } from './tablesBody';

export const access: Access = 'delete';

const CONSEQUENCE =
	"A table resync drops the chosen tables' sync cursors and re-imports them from scratch, which can take long and count towards usage.";

const properties: INodeProperties[] = [
	connectorLocator,
	...tablesFields,
	confirmation(
		'confirmResync',
		'Confirm Resync',
		`I understand this re-imports the chosen tables. ${CONSEQUENCE} Turn on to confirm.`,
	),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['resyncTables'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const tables = readTablesBody(this, itemIndex);
	requireConfirmation(this, 'confirmResync', itemIndex, 'Confirm Resync', CONSEQUENCE);
	const answer = await sendFivetranRequest.call(this, {
		method: 'POST',
		path: `/connections/${connectorId}/schemas/tables/resync`,
		body: tables,
		// Not repeatable: each request drops the tables' cursors and starts their re-import again.
		repeatable: false,
		...requestSettings(this, itemIndex),
	});
	return {
		success: true,
		id: decodeURIComponent(connectorId),
		tables,
		message: answer.message ?? '',
	};
}
