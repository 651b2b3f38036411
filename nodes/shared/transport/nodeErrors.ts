import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { fivetranSaid } from './messageParts';
import { explain } from './messages';
import type { FailedExchange } from './types';

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
	const problemCode =
		failure.problem && 'code' in failure.problem ? failure.problem.code : undefined;
	// Only these plain fields reach the error: never the request options, which carry the auth header.
	const response: JsonObject = {
		httpCode: failure.status ?? null,
		code: said.code ?? problemCode ?? null,
		message: said.message ?? message,
	};
	const error = apiError(node, response, {
		message,
		description,
		httpCode: failure.status !== undefined ? String(failure.status) : undefined,
		itemIndex: failure.itemIndex,
	});
	if (failure.stop?.reason === 'outcomeUnknown') return markOutcomeUnknown(error);
	if (failure.stop?.reason === 'deadline') return deadlineReached.mark(error);
	return error;
}

/** Fivetran answered 404: the object does not exist (or is not in this account). */
export function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
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

/** A mark an error carries so that callers can tell why the transport gave up, whatever its wording. */
function errorMark(name: string) {
	const key = Symbol(name);
	return {
		mark: <T extends Error>(error: T): T => {
			(error as unknown as Record<symbol, boolean>)[key] = true;
			return error;
		},
		has: (error: unknown): boolean =>
			typeof error === 'object' &&
			error !== null &&
			(error as Record<symbol, unknown>)[key] === true,
	};
}

/**
 * A write whose answer was lost after it may have reached Fivetran (a 5xx, a reset or a timeout on
 * a request that is not repeatable). Operations that can look the result up (group create by name,
 * connector create by schema) catch it with isOutcomeUnknown.
 */
const outcomeUnknown = errorMark('fivetranOutcomeUnknown');
export const markOutcomeUnknown = outcomeUnknown.mark;
export const isOutcomeUnknown = outcomeUnknown.has;

/** The request's deadline came (or its next retry would pass it): a caller's wait is up. */
const deadlineReached = errorMark('fivetranDeadlineReached');
export const isDeadlineReached = deadlineReached.has;
