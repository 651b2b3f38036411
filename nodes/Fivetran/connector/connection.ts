import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { patchObject, requestSettings } from '../common/request';
import { readId } from '../common/validate';

/** GET /connections/{id} (the connection) or one of its sub-resources, e.g. `/schemas`. */
export async function getConnection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	subPath = '',
): Promise<IDataObject> {
	const connectorId = readId(ctx, 'connectorId', itemIndex);
	return await fivetranApiRequest.call(ctx, {
		method: 'GET',
		path: `/connections/${connectorId}${subPath}`,
		...requestSettings(ctx, itemIndex),
	});
}

/** PATCH /connections/{id} with the given fields (Update, Resume If Paused); returns the connection. */
export async function patchConnection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	connectorId: string,
	body: IDataObject,
): Promise<IDataObject> {
	return await patchObject(ctx, itemIndex, `/connections/${connectorId}`, body);
}
