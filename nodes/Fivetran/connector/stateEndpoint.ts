import type { IDataObject, IExecuteFunctions, IHttpRequestMethods, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { apiError, asNodeError } from '../../shared/transport/nodeErrors';
import { sendFivetranRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';

// Fivetran keeps a cursor state only for Connector SDK and Function connectors; for any other
// connector /state answers 400, 404 or 405, which on its own reads like a bug in the request.
const NOT_SUPPORTED_STATUSES = ['400', '404', '405'];

function explainUnsupported(
	error: NodeApiError,
	connectorId: string,
	itemIndex: number,
): NodeApiError {
	const said = (error.errorResponse ?? {}) as JsonObject;
	const code = typeof said.code === 'string' ? ` ${said.code}` : '';
	const quote = typeof said.message === 'string' && said.message ? `: ${said.message}` : '';
	const message = `Fivetran has no state endpoint for connector "${connectorId}" (${String(error.httpCode)}${code})${quote}`;
	const description =
		'Get State and Update State apply only to Connector SDK and Function connectors. Check that the connector ID is right and that the connector is one of those types.';
	return apiError(error.node, said, {
		message,
		description,
		httpCode: String(error.httpCode),
		itemIndex,
	});
}

/** GET or PATCH /connections/{id}/state, with the "not an SDK connector" answer made readable. */
export async function callStateEndpoint(
	ctx: IExecuteFunctions,
	itemIndex: number,
	connectorId: string,
	method: IHttpRequestMethods,
	body?: IDataObject,
): Promise<IDataObject> {
	try {
		const answer = await sendFivetranRequest.call(ctx, {
			method,
			path: `/connections/${connectorId}/state`,
			body,
			// Repeatable, PATCH included: it sets the state to the given value.
			repeatable: true,
			...requestSettings(ctx, itemIndex),
		});
		// An update may answer with only a message: still output something to act on.
		return answer.data ?? { success: true, message: answer.message ?? '' };
	} catch (error) {
		if (error instanceof NodeApiError && NOT_SUPPORTED_STATUSES.includes(String(error.httpCode))) {
			throw explainUnsupported(error, decodeURIComponent(connectorId), itemIndex);
		}
		throw asNodeError(ctx.getNode(), error, itemIndex);
	}
}
