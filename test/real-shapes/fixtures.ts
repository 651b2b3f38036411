import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { IDataObject } from 'n8n-workflow';

// The hand-written bodies of test/fixtures/real (facts and sources: its README.md).

export const FIXTURE_ROOT = join(__dirname, '..', 'fixtures', 'real');

/** One fixture body by its name, `<folder>/<file without .json>`; a fresh copy each time. */
export function fixture(name: string): IDataObject {
	return JSON.parse(readFileSync(join(FIXTURE_ROOT, `${name}.json`), 'utf8')) as IDataObject;
}

/** Every fixture name of a folder, sorted. */
export function fixturesIn(folder: string): string[] {
	return readdirSync(join(FIXTURE_ROOT, folder))
		.filter((file) => file.endsWith('.json'))
		.map((file) => `${folder}/${file.slice(0, -'.json'.length)}`)
		.sort();
}

/** Values the fixtures use for enum fields Fivetran may add to: the node must pass them through. */
export const UNKNOWN_VALUE = /future/i;

/** Every string in a body that stands for a value this package cannot know yet. */
export function unknownValuesIn(body: unknown): string[] {
	if (typeof body === 'string') return UNKNOWN_VALUE.test(body) ? [body] : [];
	if (Array.isArray(body)) return body.flatMap(unknownValuesIn);
	if (body !== null && typeof body === 'object')
		return Object.values(body).flatMap(unknownValuesIn);
	return [];
}

/** Every key of a body at any depth, with whether it is somewhere null. */
export function keysIn(body: unknown, keys = new Map<string, boolean>()): Map<string, boolean> {
	if (Array.isArray(body)) body.forEach((value) => keysIn(value, keys));
	else if (body !== null && typeof body === 'object') {
		for (const [key, value] of Object.entries(body)) {
			keys.set(key, (keys.get(key) ?? false) || value === null);
			keysIn(value, keys);
		}
	}
	return keys;
}

/** The path of every null in an output object ("status.rescheduled_for", "items.0.phone"). */
export function nullPaths(body: unknown, prefix = ''): string[] {
	if (body === null) return [prefix];
	if (typeof body !== 'object') return [];
	return Object.entries(body as object).flatMap(([key, value]) =>
		nullPaths(value, prefix ? `${prefix}.${key}` : key),
	);
}

/** The values of `id` fields (and `*_id` of the top level) that an output should show. */
export function idsIn(body: IDataObject): string[] {
	const objects = Array.isArray(body.items) ? (body.items as IDataObject[]) : [body];
	return objects
		.map((object) => object.id)
		.filter((id): id is string => typeof id === 'string' && id !== '');
}
