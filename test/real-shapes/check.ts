import type { IDataObject } from 'n8n-workflow';

import type { FakeFivetran } from './fakeFivetran';
import { idsIn, keysIn, nullPaths, unknownValuesIn } from './fixtures';

// What every output over real-shaped answers must satisfy.

const lastKey = (path: string) =>
	path
		.split('.')
		.filter((part) => !/^\d+$/.test(part))
		.pop() ?? path;

/** Nulls in the output where the answers had no null under that key (and it is not an added key). */
export function inventedNulls(
	outputs: IDataObject[],
	answers: IDataObject[],
	addsNullable: string[] = [],
): string[] {
	const keys = keysIn(answers);
	return outputs.flatMap((output, index) =>
		nullPaths(output)
			.filter((path) => keys.get(lastKey(path)) !== true && !addsNullable.includes(lastKey(path)))
			.map((path) => `item ${index}: ${path}`),
	);
}

/** Texts of the answers (ids, unknown enum values) and `extra` texts the output does not contain. */
export function missingTexts(
	outputs: IDataObject[],
	answers: IDataObject[],
	extra: string[] = [],
	leavesOut: string[] = [],
): string[] {
	const text = JSON.stringify(outputs);
	const expected = new Set([
		...answers.flatMap(idsIn),
		...answers.flatMap(unknownValuesIn),
		...extra,
	]);
	return [...expected].filter(
		(value) => !leavesOut.includes(value) && !text.includes(JSON.stringify(value).slice(1, -1)),
	);
}

export function routingProblems(fake: FakeFivetran): string[] {
	return [
		...fake.unrouted.map((request) => `no route: ${request}`),
		...fake.unused().map((route) => `not requested: ${route}`),
	];
}
