import type { IDataObject, IExecuteFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import {
	apiError,
	asNodeError,
	isOutcomeUnknown,
	markOutcomeUnknown,
} from '../../shared/transport/nodeErrors';
import { fivetranApiRequest } from '../../shared/transport/request';
import type { FivetranRequest } from '../../shared/transport/types';

/** What a look-up found: the created object, or why there is none from this run. */
export type LookupResult = { object: IDataObject } | { notCreated: string };

/** How to find out whether a create whose answer was lost went through. */
export interface CreatedLookup {
	/** What was to be created, for messages: `group "Finance"`. */
	what: string;
	find: () => Promise<LookupResult>;
	/** How a user checks by hand, e.g. which list to look at. */
	howToCheck: string;
}

/** Marks the output of a create that was confirmed by a look-up after its answer was lost. */
export const RECOVERED_FIELD = 'recovered_after_lost_answer';

function outcomeError(
	ctx: IExecuteFunctions,
	request: FivetranRequest,
	httpCode: string | undefined,
	message: string,
	description: string,
): NodeApiError {
	const response: JsonObject = { message, code: null, httpCode: httpCode ?? null };
	return apiError(ctx.getNode(), response, {
		message,
		description: `${description} Request: ${request.method} ${request.path}.`,
		httpCode,
		itemIndex: request.itemIndex,
	});
}

/**
 * Sends a create once (the transport never repeats it after it may have reached Fivetran). When
 * its answer is lost, looks the object up instead of guessing: found → the object (marked
 * `recovered_after_lost_answer`), not there → an error saying nothing was created, look-up failed
 * → an error saying it may exist and how to check. Without a look-up the transport's error
 * (the write may have been applied; how to check) stands. Never a second object.
 */
export async function createOnce(
	ctx: IExecuteFunctions,
	request: FivetranRequest,
	lookup?: CreatedLookup,
): Promise<IDataObject> {
	try {
		return await fivetranApiRequest.call(ctx, { ...request, repeatable: false });
	} catch (error) {
		if (!isOutcomeUnknown(error) || lookup === undefined)
			throw asNodeError(ctx.getNode(), error, request.itemIndex);
		const httpCode = error instanceof NodeApiError ? (error.httpCode ?? undefined) : undefined;
		const lost = `Fivetran's answer to the create was lost (${httpCode ? `HTTP ${httpCode}` : 'no answer'})`;
		let result: LookupResult;
		try {
			result = await lookup.find();
		} catch (lookupError) {
			throw markOutcomeUnknown(
				outcomeError(
					ctx,
					request,
					httpCode,
					`The ${lookup.what} may have been created: Fivetran's answer was lost and looking it up failed`,
					`${lost}, and the look-up failed too (${(lookupError as Error).message}). ${lookup.howToCheck} before running again, so as not to create it twice.`,
				),
			);
		}
		if ('object' in result) return { ...result.object, [RECOVERED_FIELD]: true };
		throw outcomeError(
			ctx,
			request,
			httpCode,
			`The ${lookup.what} was not created: ${result.notCreated}`,
			`${lost}, so the node looked it up. Nothing was created by this run; running again is safe.`,
		);
	}
}
