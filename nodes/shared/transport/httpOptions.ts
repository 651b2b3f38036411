import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import { PACKAGE_VERSION } from '../packageVersion';
import { acceptHeaderFor } from './accept';
import type { FivetranRequest } from './types';

const USER_AGENT = `n8n-nodes-fivetran/${PACKAGE_VERSION}`;

/** Accepts a base URL with or without the trailing `/v1`, so a pasted `https://api.fivetran.com` works. */
export function normalizeBaseUrl(raw: unknown): string {
	const trimmed = String(raw ?? '')
		.trim()
		.replace(/\/+$/, '');
	const base = trimmed === '' ? 'https://api.fivetran.com/v1' : trimmed;
	return base.endsWith('/v1') ? base : `${base}/v1`;
}

/** The base URL when it is a usable http(s) address; checked before anything is sent. */
export function usableBaseUrl(raw: unknown): string | undefined {
	const base = normalizeBaseUrl(raw);
	try {
		const { protocol } = new URL(base);
		return protocol === 'https:' || protocol === 'http:' ? base : undefined;
	} catch {
		return undefined;
	}
}

/**
 * n8n's HTTP helper silently drops an empty object body, but Fivetran answers 400 to a body-less
 * POST /test (and documents `{}` as the minimum for /sync), so an empty body goes out as the text "{}".
 */
function sendableBody(body: IDataObject | undefined): IDataObject | string | undefined {
	return body !== undefined && Object.keys(body).length === 0 ? '{}' : body;
}

/** One attempt's options for n8n's HTTP helper (the credential adds the authentication). */
export function httpOptions(
	request: FivetranRequest,
	url: string,
	timeoutMs: number,
	signal: AbortSignal | undefined,
): IHttpRequestOptions {
	return {
		method: request.method,
		url,
		qs: request.qs,
		body: sendableBody(request.body),
		json: true,
		headers: {
			Accept: acceptHeaderFor(request.path),
			'User-Agent': USER_AGENT,
			...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
		},
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		timeout: timeoutMs,
		// A redirect would carry the credentials elsewhere and bring back another server's body.
		disableFollowRedirect: true,
		maxRedirects: 0,
		sendCredentialsOnCrossOriginRedirect: false,
		abortSignal: signal,
	};
}
