import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { describeJsonSyntaxError } from '../../shared/jsonSyntax';
import { inputError, upperFirst } from './validate';

// JSON parameters and the names in them that become object keys, read before any request.

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
