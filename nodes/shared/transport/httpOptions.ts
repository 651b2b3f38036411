import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { clearedAccess } from '../access/guard';
import { PACKAGE_VERSION } from '../packageVersion';
import { acceptHeaderFor } from './envelope';
import type { FivetranContext, FivetranRequest } from './types';

const USER_AGENT = `n8n-nodes-fivetran/${PACKAGE_VERSION}`;

/** `text` without trailing slashes, in one pass (a /\/+$/ pattern is quadratic on many slashes). */
function withoutTrailingSlashes(text: string): string {
	let end = text.length;
	while (end > 0 && text[end - 1] === '/') end -= 1;
	return text.slice(0, end);
}

/** Accepts a base URL with or without the trailing `/v1`, so a pasted `https://api.fivetran.com` works. */
export function normalizeBaseUrl(raw: unknown): string {
	const trimmed = withoutTrailingSlashes(String(raw ?? '').trim());
	const base = trimmed === '' ? 'https://api.fivetran.com/v1' : trimmed;
	return base.endsWith('/v1') ? base : `${base}/v1`;
}

/** The base URL to send to, or why it cannot be used; checked before anything is sent. */
export type BaseUrlCheck =
	| { ok: true; url: string }
	| { ok: false; fix: 'baseUrl' | 'cleartext'; code: string };

export function checkBaseUrl(raw: unknown): BaseUrlCheck {
	const base = normalizeBaseUrl(raw);
	let url: URL;
	try {
		url = new URL(base);
	} catch {
		return { ok: false, fix: 'baseUrl', code: 'ERR_INVALID_URL' };
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') {
		return { ok: false, fix: 'baseUrl', code: 'ERR_INVALID_URL' };
	}
	// The API key and secret travel in every request's Authorization header.
	if (!isSecureOrLocal(url)) return { ok: false, fix: 'cleartext', code: 'ERR_CLEARTEXT_BASE_URL' };
	return { ok: true, url: base };
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

// http:// sends whatever the request carries (the Fivetran API key and secret, a webhook's events)
// in clear text. It is accepted only for addresses on this machine: the local sandbox.

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Whether the URL's host is this machine (127.0.0.1, localhost or ::1). */
export function isLoopback(url: URL): boolean {
	return LOOPBACK_HOSTS.has(url.hostname.toLowerCase());
}

/** https://, or http:// to this machine; anything else would travel in clear text or not at all. */
export function isSecureOrLocal(url: URL): boolean {
	return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url));
}

export const LOOPBACK_WORDS = '127.0.0.1, localhost or ::1';

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
