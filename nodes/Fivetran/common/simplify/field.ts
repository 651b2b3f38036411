import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../validate';
import { isToolMode } from '../toolMode';

// One "Simplify" parameter, declared twice with the same name: n8n's `@tool` display condition is
// true in the node's tool variant, so an agent gets the short form unless someone turns it off, and
// a workflow step keeps the full objects unless someone turns it on.

const describe = (what: string) =>
	`Whether to return only the fields people act on (${what}) instead of the whole Fivetran object`;

export function simplifyFields(what: string): INodeProperties[] {
	return [
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description: describe(what),
			displayOptions: { show: { '@tool': [true] } },
		},
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: false,
			description: describe(what),
			displayOptions: { hide: { '@tool': [true] } },
		},
	];
}

/** The Simplify parameter; when absent (older saved workflows) on in tool mode, off otherwise. */
export function readSimplify(ctx: IExecuteFunctions, itemIndex: number): boolean {
	const value = ctx.getNodeParameter('simplify', itemIndex, isToolMode(ctx)) as unknown;
	if (typeof value !== 'boolean') {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Simplify" must be true or false (got ${JSON.stringify(value)})`,
			'Turn Simplify on or off, or make its expression return a boolean.',
		);
	}
	return value;
}

export type Simplifier = (object: IDataObject) => IDataObject;

/** Applies `simplify` to one object, or to each of a list, when Simplify is on. */
export function simplifyIf(on: boolean, result: IDataObject, simplify: Simplifier): IDataObject;
export function simplifyIf(on: boolean, result: IDataObject[], simplify: Simplifier): IDataObject[];
export function simplifyIf(
	on: boolean,
	result: IDataObject | IDataObject[],
	simplify: Simplifier,
): IDataObject | IDataObject[] {
	if (!on) return result;
	return Array.isArray(result) ? result.map(simplify) : simplify(result);
}
