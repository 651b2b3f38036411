import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clearedAccess } from '../access/guard';
import type { FivetranContext, FivetranRequest } from './types';

// The credential has no `authenticate` (so no other node can sign requests with it): the transport
// adds the Basic Authorization header itself, and only to a request the guard let through.

/** Refuses a request the guard did not clear, and a non-GET from a use cleared for reads only. */
export function assertCleared(ctx: FivetranContext, request: FivetranRequest): void {
	const access = clearedAccess(ctx);
	if (access !== undefined && (access !== 'read' || request.method === 'GET')) return;
	throw new NodeOperationError(
		ctx.getNode(),
		`The Fivetran node did not send ${request.method} ${request.path.split('?')[0]}: the request did not pass the credential's safety check`,
		{ description: 'This is a bug in the Fivetran node; nothing was sent. Please report it.' },
	);
}

/** The options with Basic auth for Fivetran, only when the URL is on the Base URL's origin. */
export function signed(
	options: IHttpRequestOptions,
	credentials: IDataObject,
	baseUrl: string,
): IHttpRequestOptions {
	if (new URL(options.url).origin !== new URL(baseUrl).origin) return options;
	const pair = `${String(credentials.apiKey ?? '')}:${String(credentials.apiSecret ?? '')}`;
	const authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
	return { ...options, headers: { ...options.headers, Authorization: authorization } };
}
