import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idProblem, MAX_ID_LENGTH, shownValue } from '../../../shared/ids';
import { DEFAULT_MAX_TRIES, MAX_PAGE_SIZE } from '../../../shared/transport/types';

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

/**
 * A resource-locator or plain ID, trimmed, checked to be a Fivetran ID (so it cannot leave its path
 * segment: no ".", "..", "/", "%2e"...) and URL-encoded for use in a path.
 */
export function readId(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
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

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

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

/** A JSON parameter may arrive as text (typed) or as an object (from an expression). */
export function readJsonObject(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): IDataObject {
	const raw = ctx.getNodeParameter(name, itemIndex, '{}') as unknown;
	let value = raw;
	if (typeof raw === 'string') {
		try {
			value = raw.trim() === '' ? {} : JSON.parse(raw);
		} catch (error) {
			inputError(
				ctx,
				itemIndex,
				`The parameter "${label}" is not valid JSON`,
				`${(error as Error).message}. Enter a JSON object such as {"schema": "my_schema"}.`,
			);
		}
	}
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" must be a JSON object`,
			'Wrap the fields in { }.',
		);
	}
	return value as IDataObject;
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
