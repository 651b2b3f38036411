import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';

// n8n keeps a parameter's value by its name when the user switches operation: a name that means a
// resource locator in one operation and an options list in another lets a stale value of the wrong
// shape survive. So each top-level name has one type and one set of choices across the node, and
// the fields of same-named collections (Additional Fields, Filters...) one type each.
// `operation` is the exception n8n itself defines: one list per resource, chosen by `resource`.

const PER_RESOURCE = new Set(['operation']);

type Choice = INodePropertyOptions | INodeProperties | INodePropertyCollection;

const isField = (choice: Choice): choice is INodeProperties => 'type' in choice;
const isGroup = (choice: Choice): choice is INodePropertyCollection => 'values' in choice;
const isContainer = (property: INodeProperties): boolean =>
	property.type === 'collection' || property.type === 'fixedCollection';

/** What a stored value of this property looks like: its type and the choices it can hold. */
function shapeOf(property: INodeProperties): string {
	if (isContainer(property)) return property.type; // its fields are compared one by one
	const choices = ((property.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
	const modes = (property.modes ?? []).map((mode) => mode.name);
	return JSON.stringify({ type: property.type, choices: choices.sort(), modes: modes.sort() });
}

/** The properties stored inside a collection (or a fixedCollection's groups), by path. */
function innerProperties(property: INodeProperties): INodeProperties[] {
	const options = (property.options ?? []) as Choice[];
	const fields = options.filter(isField);
	const groups = options
		.filter(isGroup)
		.flatMap((group) =>
			group.values.map((value) => ({ ...value, name: `${group.name}.${value.name}` })),
		);
	return [...fields, ...groups].map((inner) => ({
		...inner,
		name: `${property.name}.${inner.name}`,
	}));
}

function namesWithSeveralShapes(properties: INodeProperties[]): string[] {
	const shapes = new Map<string, Set<string>>();
	const visit = (property: INodeProperties) => {
		if (PER_RESOURCE.has(property.name)) return;
		shapes.set(property.name, (shapes.get(property.name) ?? new Set()).add(shapeOf(property)));
		if (isContainer(property)) innerProperties(property).forEach(visit);
	};
	properties.forEach(visit);
	return [...shapes].filter(([, seen]) => seen.size > 1).map(([name]) => name);
}

describe('Parameter names mean one thing each', () => {
	it('no parameter name has two types or two option sets in the Fivetran node', () => {
		expect(namesWithSeveralShapes(new Fivetran().description.properties)).toEqual([]);
	});

	it('the check notices a name reused with another type, other options or inside a collection', () => {
		const base: INodeProperties = {
			displayName: 'X',
			name: 'scope',
			type: 'options',
			default: 'a',
		};
		const collection = (type: 'string' | 'number'): INodeProperties => ({
			...base,
			name: 'filters',
			type: 'collection',
			options: [{ ...base, name: 'service', type }],
		});
		const reused = [
			{ ...base, options: [{ name: 'A', value: 'a' }] },
			{ ...base, options: [{ name: 'B', value: 'b' }] },
			{ ...base, name: 'service', type: 'string' as const },
			{ ...base, name: 'service', type: 'resourceLocator' as const, modes: [] },
			collection('string'),
			collection('number'),
		];
		expect(namesWithSeveralShapes(reused)).toEqual(['scope', 'service', 'filters.service']);
	});
});
