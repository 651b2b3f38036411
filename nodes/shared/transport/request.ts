import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse } from 'n8n-workflow';

import { version } from '../../../package.json';
import { clock } from '../clock';
import { acceptHeaderFor } from './accept';
import type { FailedExchange } from './errors';
import { asNodeError, toNodeApiError } from './errors';
import { backoffMs, isRetryableStatus, MAX_RATE_LIMIT_WAIT_MS, rateLimitWaitMs } from './retry';
import type { FivetranContext, FivetranEnvelope, FivetranRequest } from './types';
import { DEFAULT_MAX_TRIES } from './types';

export const CREDENTIAL_TYPE = 'fivetranApi';
const USER_AGENT = `n8n-nodes-fivetran/${version}`;
const REQUEST_TIMEOUT_MS = 60_000;

/** Accepts a base URL with or without the trailing `/v1`, so a pasted `https://api.fivetran.com` works. */
export function normalizeBaseUrl(raw: unknown): string {
	const trimmed = String(raw ?? '')
		.trim()
		.replace(/\/+$/, '');
	const base = trimmed === '' ? 'https://api.fivetran.com/v1' : trimmed;
	return base.endsWith('/v1') ? base : `${base}/v1`;
}

/**
 * n8n's HTTP helper silently drops an empty object body, but Fivetran answers 400 to a body-less
 * POST /test (and documents `{}` as the minimum for /sync), so an empty body goes out as the text "{}".
 */
function sendableBody(body: IDataObject | undefined): IDataObject | string | undefined {
	return body !== undefined && Object.keys(body).length === 0 ? '{}' : body;
}

type Outcome =
	| { kind: 'ok'; envelope: FivetranEnvelope }
	| { kind: 'retry'; waitMs: number; failure: FailedExchange }
	| { kind: 'fail'; failure: FailedExchange };

function parseBody(body: unknown): { ok: true; value: unknown } | { ok: false } {
	if (typeof body !== 'string') return { ok: true, value: body };
	if (body.trim() === '') return { ok: true, value: {} };
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		return { ok: false };
	}
}

function judge(response: IN8nHttpFullResponse, base: FailedExchange): Outcome {
	const status = response.statusCode;
	const parsed = parseBody(response.body);
	const failure: FailedExchange = { ...base, status, body: parsed.ok ? parsed.value : undefined };
	if (status >= 200 && status < 300) {
		if (!parsed.ok) return { kind: 'fail', failure: { ...failure, malformed: true } };
		return { kind: 'ok', envelope: (parsed.value ?? {}) as FivetranEnvelope };
	}
	if (!isRetryableStatus(status)) return { kind: 'fail', failure };
	if (status !== 429) return { kind: 'retry', waitMs: backoffMs(base.attempts), failure };
	const retryAfter = response.headers?.['retry-after'];
	const waitMs = rateLimitWaitMs(
		Array.isArray(retryAfter) ? retryAfter[0] : (retryAfter as string),
	);
	if (waitMs > MAX_RATE_LIMIT_WAIT_MS) {
		return { kind: 'fail', failure: { ...failure, retryAfterMs: waitMs } };
	}
	return { kind: 'retry', waitMs, failure };
}

/** n8n wraps socket errors in its own error class; the Node.js code (ECONNREFUSED, ...) survives in one of these. */
function networkCodeOf(error: unknown): string | undefined {
	const candidate = error as { code?: unknown; httpCode?: unknown; cause?: { code?: unknown } };
	const codes = [candidate?.code, candidate?.cause?.code, candidate?.httpCode];
	return codes.find(
		(code): code is string => typeof code === 'string' && /^E[A-Z_]{3,}$/.test(code),
	);
}

/**
 * The one place that talks to Fivetran: authentication (via the credential), base URL, JSON,
 * retries (429 honouring Retry-After; 5xx and network errors with backoff) and error translation.
 * Returns the whole envelope; most callers want `fivetranApiRequest`.
 */
export async function sendFivetranRequest(
	this: FivetranContext,
	request: FivetranRequest,
): Promise<FivetranEnvelope> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const maxTries = Math.max(1, Math.floor(request.maxTries ?? DEFAULT_MAX_TRIES));
	const options: IHttpRequestOptions = {
		method: request.method,
		url: `${normalizeBaseUrl(credentials.baseUrl)}${request.path}`,
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
		timeout: REQUEST_TIMEOUT_MS,
	};

	for (let attempt = 1; ; attempt += 1) {
		const base: FailedExchange = {
			method: request.method,
			path: request.path,
			attempts: attempt,
			itemIndex: request.itemIndex,
		};
		let outcome: Outcome;
		try {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				options,
			)) as IN8nHttpFullResponse;
			outcome = judge(response, base);
		} catch (error) {
			const networkCode = networkCodeOf(error);
			if (networkCode === undefined) throw asNodeError(this.getNode(), error, request.itemIndex);
			outcome = { kind: 'retry', waitMs: backoffMs(attempt), failure: { ...base, networkCode } };
		}
		if (outcome.kind === 'ok') return outcome.envelope;
		if (outcome.kind === 'fail' || attempt >= maxTries) {
			throw toNodeApiError(this.getNode(), outcome.failure);
		}
		await clock.sleep(outcome.waitMs);
	}
}

/** The `data` of Fivetran's answer (an empty object for actions that return only a message). */
export async function fivetranApiRequest(
	this: FivetranContext,
	request: FivetranRequest,
): Promise<IDataObject> {
	const envelope = await sendFivetranRequest.call(this, request);
	return envelope.data ?? {};
}
