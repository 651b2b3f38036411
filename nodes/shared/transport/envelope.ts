import type { IHttpRequestMethods, IN8nHttpFullResponse } from 'n8n-workflow';

import type { FivetranEnvelope } from './types';

/** Fivetran's documented success codes (2xx answers carry one of them). */
const SUCCESS_CODES = ['Success', 'Created'];

export type Answer =
	| { kind: 'ok'; envelope: FivetranEnvelope }
	/** A 3xx: not followed, so the credentials never leave Fivetran's origin. */
	| { kind: 'redirect'; status: number; toOrigin: string }
	/** A 2xx that is not Fivetran's envelope: an empty page, HTML from a proxy, another code. */
	| { kind: 'notFivetran'; status: number; why: string }
	| { kind: 'status'; status: number; body: unknown };

function parse(body: unknown): { ok: true; value: unknown } | { ok: false } {
	if (typeof body !== 'string') return { ok: true, value: body };
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		return { ok: false };
	}
}

function isEmpty(body: unknown): boolean {
	return body === undefined || body === null || (typeof body === 'string' && body.trim() === '');
}

const isObject = (value: unknown): boolean =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why an envelope is not the answer a caller expects (no `data`, no list page...), or undefined. */
export type AnswerCheck = (envelope: FivetranEnvelope) => string | undefined;

/** For callers that read `data`: an answer without a data object is not Fivetran's. */
export const hasDataObject: AnswerCheck = (envelope) =>
	isObject(envelope.data) ? undefined : 'it has no "data" object';

/** A 2xx body as Fivetran's envelope, or why it is not one. */
function envelopeOf(
	body: unknown,
	checks: AnswerCheck[],
): { envelope: FivetranEnvelope } | { why: string } {
	if (isEmpty(body)) return { why: 'the body is empty' };
	const parsed = parse(body);
	if (!parsed.ok) return { why: 'the body is not JSON' };
	const value = parsed.value;
	if (!isObject(value)) return { why: 'the body is not a JSON object' };
	const code = (value as { code?: unknown }).code;
	if (typeof code !== 'string') return { why: 'the body has no "code"' };
	if (!SUCCESS_CODES.includes(code)) {
		return { why: `its code is "${code.slice(0, 64)}", not Success` };
	}
	const envelope = value as FivetranEnvelope;
	for (const check of checks) {
		const why = check(envelope);
		if (why !== undefined) return { why };
	}
	return { envelope };
}

/** Only the origin: a Location's path or query may carry tokens of the other server. */
function originOf(location: unknown, requestUrl: string): string {
	const raw = Array.isArray(location) ? location[0] : location;
	if (typeof raw !== 'string' || raw === '') return 'no location given';
	try {
		return new URL(raw, requestUrl).origin;
	} catch {
		return 'an unreadable location';
	}
}

/**
 * Reads one HTTP answer; only a real Fivetran envelope that passes the caller's checks counts as
 * success (a bodiless 204 only for a DELETE without checks).
 */
export function readAnswer(
	method: IHttpRequestMethods,
	requestUrl: string,
	response: IN8nHttpFullResponse,
	checks: AnswerCheck[],
): Answer {
	const status = response.statusCode;
	if (status >= 300 && status < 400) {
		return { kind: 'redirect', status, toOrigin: originOf(response.headers?.location, requestUrl) };
	}
	if (status < 200 || status >= 300) {
		const parsed = parse(response.body);
		return { kind: 'status', status, body: parsed.ok ? parsed.value : undefined };
	}
	if (status === 204 && method === 'DELETE' && checks.length === 0 && isEmpty(response.body)) {
		return { kind: 'ok', envelope: { code: 'Success', message: 'Deleted (204 No Content)' } };
	}
	const read = envelopeOf(response.body, checks);
	if ('why' in read) return { kind: 'notFivetran', status, why: read.why };
	return { kind: 'ok', envelope: read.envelope };
}

/**
 * Fivetran versions the connection and destination resources through the Accept header; its OpenAPI
 * document declares `application/json;version=2` for those and plain JSON for everything else
 * (schemas, certificates, groups, users, metadata). A wrong value gets 406, so choose per path.
 */
const VERSIONED =
	/^\/(connections|destinations)(\/[^/]+)?(\/(sync|resync|test|state|connect-card|sync-history))?$/;

export function acceptHeaderFor(path: string): string {
	return VERSIONED.test(path) ? 'application/json;version=2' : 'application/json';
}
