import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../shared/transport/request';
import { requestSettings } from '../../actions/common/request';
import { readId } from '../../actions/common/validate';

/** The item's Connector ID, validated and URL-encoded for a path. */
export function readConnectorId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, 'connectorId', itemIndex, 'Connector');
}

/** GET /connections/{id} (the connection) or one of its sub-resources, e.g. `/schemas`. */
export async function getConnection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	subPath = '',
): Promise<IDataObject> {
	const connectorId = readConnectorId(ctx, itemIndex);
	return await fivetranApiRequest.call(ctx, {
		method: 'GET',
		path: `/connections/${connectorId}${subPath}`,
		...requestSettings(ctx, itemIndex),
	});
}

/** PATCH /connections/{id} with the given fields (Pause, Resume, Update); returns the connection. */
export async function patchConnection(
	ctx: IExecuteFunctions,
	itemIndex: number,
	connectorId: string,
	body: IDataObject,
): Promise<IDataObject> {
	return await fivetranApiRequest.call(ctx, {
		method: 'PATCH',
		path: `/connections/${connectorId}`,
		body,
		// Repeatable: it sets fields (paused, config...) to given values; a repeat changes nothing more.
		repeatable: true,
		...requestSettings(ctx, itemIndex),
	});
}
