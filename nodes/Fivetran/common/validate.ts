import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idProblem, MAX_ID_LENGTH, shownValue } from '../../shared/ids';
import { locatorValue } from '../../shared/locatorValue';
import { DEFAULT_MAX_TRIES, MAX_PAGE_SIZE } from '../../shared/transport/types';

// Everything here runs before the operation sends its first request, so bad input costs no API call.

/** Bad input found before any request: names the parameter and says what to change. */
export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): never {
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}

/** Every parameter that holds an ID, with the name its errors give it: one table, one reader. */
const ID_PARAMETERS = {
	agentId: 'Hybrid Deployment Agent',
	connectorId: 'Connector',
	destinationId: 'Destination',
	groupId: 'Group',
	projectId: 'Transformation Project',
	service: 'Service',
	transformationId: 'Transformation',
	userId: 'User',
	webhookId: 'Webhook',
} as const;

export type IdParameter = keyof typeof ID_PARAMETERS;

/**
 * A resource-locator or plain ID, trimmed, checked to be a Fivetran ID (so it cannot leave its path
 * segment: no ".", "..", "/", "%2e"...) and URL-encoded for use in a path.
 */
export function readId(ctx: IExecuteFunctions, name: IdParameter, itemIndex: number): string {
	const label = ID_PARAMETERS[name];
	const raw = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : undefined;
	if (id === '' || raw === undefined || raw === null) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" is empty`,
			`Choose a ${label.toLowerCase()} from the list or enter its ID. If it comes from an expression, check that the expression returns an ID for this item.`,
		);
	}
	const problem = id === undefined ? `it is ${typeof raw}, not text` : idProblem(id);
	if (problem !== undefined) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" is not a valid Fivetran ID [item ${itemIndex}]: ${id === undefined ? typeof raw : shownValue(id)}`,
			`${upperFirst(problem)}. Fivetran IDs contain only letters, digits, _ and - (at most ${MAX_ID_LENGTH}). Choose a ${label.toLowerCase()} from the list or check the expression. Nothing was sent to Fivetran.`,
		);
	}
	return encodeURIComponent(id as string);
}

export const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function readText(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const value = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	if (value === '') {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" is empty`,
			`Enter a ${label.toLowerCase()}; only spaces do not count.`,
		);
	}
	return value;
}

/** undefined means "Return All"; otherwise a whole number from 1 to 1000. */
export function readLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	if (ctx.getNodeParameter('returnAll', itemIndex, false) as boolean) return undefined;
	const limit = ctx.getNodeParameter('limit', itemIndex, 50) as number;
	if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Limit" must be a whole number from 1 to ${MAX_PAGE_SIZE} (got ${String(limit)})`,
			'To get everything, turn on "Return All" instead.',
		);
	}
	return limit;
}

export function requireConfirmation(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	consequence: string,
): void {
	if (ctx.getNodeParameter(name, itemIndex, false) !== true) {
		inputError(
			ctx,
			itemIndex,
			`Turn on "${label}" to run this operation`,
			`${consequence} Nothing was sent to Fivetran.`,
		);
	}
}

export function readMaxTries(ctx: IExecuteFunctions, itemIndex: number): number {
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	const maxTries = (options.maxTries as number | undefined) ?? DEFAULT_MAX_TRIES;
	if (!Number.isInteger(maxTries) || maxTries < 1 || maxTries > 10) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Max Tries" must be a whole number from 1 to 10 (got ${String(maxTries)})`,
			'Set it under Request Options.',
		);
	}
	return maxTries;
}

/** An optional ID filter (typed or picked): undefined when empty, else checked like any ID. */
export function readFilterId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
): string | undefined {
	const id = locatorValue(raw);
	if (id === '') return undefined;
	const problem = idProblem(id);
	if (problem !== undefined) {
		inputError(
			ctx,
			itemIndex,
			`The filter "${label}" is not a valid Fivetran ID: ${shownValue(id)}`,
			`${problem}. Choose one from the list or remove the filter. Nothing was sent to Fivetran.`,
		);
	}
	return id;
}

/** An options parameter's value, refused (naming the parameter) unless it is one of `allowed`. */
export function readChoice<T extends string>(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	allowed: T[],
): T {
	const value = ctx.getNodeParameter(name, itemIndex, allowed[0]) as T;
	if (!allowed.includes(value)) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" must be one of ${allowed.join(', ')} (got ${String(value)})`,
			'Choose one of the listed options.',
		);
	}
	return value;
}
