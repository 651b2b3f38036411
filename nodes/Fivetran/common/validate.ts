import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idProblem, MAX_ID_LENGTH, shownValue } from '../../shared/ids';
import { describeJsonSyntaxError } from '../../shared/jsonSyntax';
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

/**
 * Invalid JSON text: where it breaks, never a piece of it (JSON.parse's own message quotes the
 * input, and JSON parameters often hold passwords).
 */
export function invalidJson(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	text: string,
	fix: string,
): never {
	return inputError(
		ctx,
		itemIndex,
		`The parameter "${label}" is not valid JSON`,
		`${upperFirst(describeJsonSyntaxError(text))}. ${fix} (This message does not repeat the text, which may hold secrets.)`,
	);
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
		} catch {
			invalidJson(
				ctx,
				itemIndex,
				label,
				raw,
				'Enter a JSON object such as {"schema": "my_schema"}.',
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
	refuseReservedKeys(ctx, itemIndex, value, label);
	return value as IDataObject;
}

// Names from input (schema, table, column, config field) become object keys. "__proto__",
// "constructor" and "prototype" are refused: as keys they reach JavaScript's prototype machinery, and
// n8n drops them from request bodies, so Fivetran would silently get less than was asked. The
// objects built from input have no prototype either, so "toString" or "valueOf" are plain names.

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An empty object for keys taken from input: nothing is inherited, nothing can be polluted. */
export function inputKeyed<T>(): Record<string, T> {
	return Object.create(null) as Record<string, T>;
}

/** The finished value as ordinary JSON objects, as n8n items and request bodies expect them. */
export function asPlainJson<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

function refuseReservedKey(
	ctx: IExecuteFunctions,
	itemIndex: number,
	where: string,
	key: string,
): never {
	return inputError(
		ctx,
		itemIndex,
		`${where} uses the name "${key}", which is not allowed`,
		'"__proto__", "constructor" and "prototype" cannot be schema, table, column or field names here: n8n would drop them from the request. Nothing was sent to Fivetran.',
	);
}

/** Checks a name from input that becomes an object key; `where` names the parameter (and row). */
export function checkKeyName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	where: string,
): void {
	if (RESERVED_KEYS.has(name)) refuseReservedKey(ctx, itemIndex, where, name);
}

/** Where the first reserved key sits in a parsed JSON value, e.g. "schemas.public.__proto__". */
function reservedKeyPath(value: unknown, path: string): [string, string] | undefined {
	if (value === null || typeof value !== 'object') return undefined;
	for (const [key, child] of Object.entries(value)) {
		const childPath = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
		if (RESERVED_KEYS.has(key)) return [childPath, key];
		const found = reservedKeyPath(child, childPath);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** Refuses JSON from input with a reserved key ("__proto__", ...) at any depth. */
export function refuseReservedKeys(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
	label: string,
): void {
	const found = reservedKeyPath(value, '');
	if (found !== undefined) {
		refuseReservedKey(ctx, itemIndex, `The parameter "${label}" (at ${found[0]})`, found[1]);
	}
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
