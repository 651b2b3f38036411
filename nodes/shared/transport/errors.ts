import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** What went wrong with one request, after its last attempt. Holds no credential value. */
export interface FailedExchange {
	method: string;
	path: string;
	attempts: number;
	itemIndex?: number;
	status?: number;
	body?: unknown;
	/** Set when no HTTP answer arrived (ECONNREFUSED, ETIMEDOUT, ...). */
	networkCode?: string;
	/** Set when Fivetran answered 2xx with a body that is not JSON. */
	malformed?: boolean;
	/** Set when a 429 asked for a longer wait than the node is willing to sleep. */
	retryAfterMs?: number;
}

interface Explanation {
	message: string;
	description: string;
}

function fivetranSaid(body: unknown): { code?: string; message?: string } {
	if (body && typeof body === 'object') {
		const { code, message } = body as { code?: unknown; message?: unknown };
		return {
			code: typeof code === 'string' ? code : undefined,
			message: typeof message === 'string' ? message : undefined,
		};
	}
	return {};
}

/** `/connections/abc/schemas` -> `connection "abc"`: the ID a 404 is most likely about. */
export function describeTarget(path: string): string | undefined {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	for (let i = segments.length - 2; i >= 0; i -= 1) {
		const collection = segments[i];
		if (
			['groups', 'connections', 'destinations', 'users', 'webhooks', 'teams'].includes(collection)
		) {
			const noun = collection.replace(/s$/, '').replace('connection', 'connector');
			return `${noun} "${decodeURIComponent(segments[i + 1])}"`;
		}
	}
	return undefined;
}

function explain(failure: FailedExchange): Explanation {
	const { status, attempts } = failure;
	const said = fivetranSaid(failure.body);
	const statusLabel = `${status ?? ''}${said.code ? ` ${said.code}` : ''}`.trim();
	const quote = said.message ? `: ${said.message}` : '';
	const request = `Request: ${failure.method} ${failure.path}.`;

	if (failure.networkCode !== undefined) {
		return {
			message: `Could not reach Fivetran after ${attempts} tries (${failure.networkCode})`,
			description: `Check the Base URL in the Fivetran credential and that this n8n can reach it (proxy, firewall, DNS). ${request}`,
		};
	}
	if (failure.malformed) {
		return {
			message: `Fivetran answered HTTP ${status} with a body that is not JSON`,
			description: `Something between n8n and Fivetran (a proxy or a wrong Base URL) returned a page instead of the API. Check the Base URL in the credential. ${request}`,
		};
	}
	switch (true) {
		case status === 401:
			return {
				message: `Fivetran rejected the credentials (${statusLabel})${quote}`,
				description: `Check the API key and API secret in the Fivetran credential. Regenerating a key in Fivetran invalidates the old secret. ${request}`,
			};
		case status === 403:
			return {
				message: `Fivetran denied permission (${statusLabel})${quote}`,
				description: `The key is valid but its role may not do this. Use a key whose Fivetran role allows it, or ask an account administrator. ${request}`,
			};
		case status === 404: {
			const target = describeTarget(failure.path);
			return {
				message: `Not found in Fivetran (${statusLabel})${quote}`,
				description: `${target ? `Check the ${target}: ` : ''}the ID may be mistyped, deleted, or belong to another Fivetran account than this credential. ${request}`,
			};
		}
		case status === 409:
			return {
				message: `Fivetran reported a conflict (${statusLabel})${quote}`,
				description: `The object is busy or clashes with an existing one (for example a sync is running, or the name is taken). Change the input or retry when the running work has finished. ${request}`,
			};
		case status === 400 || status === 422:
			return {
				message: `Fivetran refused the request (${statusLabel})${quote}`,
				description: `Fix the field Fivetran names above and run again. ${request}`,
			};
		case status === 429: {
			const later = failure.retryAfterMs
				? ` Fivetran asked to wait ${Math.ceil(failure.retryAfterMs / 1000)} s.`
				: '';
			return {
				message: `Fivetran rate limit reached after ${attempts} tries (${statusLabel})${quote}`,
				description: `Fivetran limits API calls per account and hour.${later} Space the calls out (for example a Wait node in a loop), raise Max Tries under Request Options, or run later. ${request}`,
			};
		}
		case status !== undefined && status >= 500:
			return {
				message: `Fivetran is unavailable after ${attempts} tries (${statusLabel})${quote}`,
				description: `The problem is on Fivetran's side. Retry later or check status.fivetran.com. ${request}`,
			};
		default:
			return {
				message: `Fivetran answered with an unexpected status (${statusLabel || 'no status'})${quote}`,
				description: `If this keeps happening, report it with the status and code above. ${request}`,
			};
	}
}

/** A NodeApiError that shows exactly our message and description. */
export function apiError(
	node: INode,
	response: JsonObject,
	options: { message: string; description: string; httpCode?: string; itemIndex?: number },
): NodeApiError {
	const error = new NodeApiError(node, response, options);
	// NodeApiError may replace the message with a generic one for known status codes; keep ours.
	error.message = options.message;
	error.description = options.description;
	return error;
}

/** Turns a failed request into the error n8n shows: Fivetran's words, the HTTP status and what to do. */
export function toNodeApiError(node: INode, failure: FailedExchange): NodeApiError {
	const { message, description } = explain(failure);
	const said = fivetranSaid(failure.body);
	// Only these plain fields reach the error: never the request options, which carry the auth header.
	const response: JsonObject = {
		httpCode: failure.status ?? null,
		code: said.code ?? failure.networkCode ?? null,
		message: said.message ?? message,
	};
	return apiError(node, response, {
		message,
		description,
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: failure.itemIndex,
	});
}

/** Keeps n8n's own errors as they are and wraps anything else, so the UI always gets node context. */
export function asNodeError(
	node: INode,
	error: unknown,
	itemIndex?: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(node, error as Error, { itemIndex });
}

/**
 * Marks the error of a write whose answer was lost after it may have reached Fivetran (a 5xx, a
 * reset or a timeout on a request that is not repeatable). Operations that can look the result
 * up (group create by name, connector create by schema) catch it with isOutcomeUnknown.
 */
const OUTCOME_UNKNOWN = Symbol('fivetranOutcomeUnknown');

export function markOutcomeUnknown<T extends Error>(error: T): T {
	(error as unknown as Record<symbol, boolean>)[OUTCOME_UNKNOWN] = true;
	return error;
}

export function isOutcomeUnknown(error: unknown): boolean {
	return (
		typeof error === 'object' &&
		error !== null &&
		(error as Record<symbol, unknown>)[OUTCOME_UNKNOWN] === true
	);
}
