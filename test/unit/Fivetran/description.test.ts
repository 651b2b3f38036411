import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';

const properties = new Fivetran().description.properties;
const resources = (properties.find((p) => p.name === 'resource')?.options ??
	[]) as INodePropertyOptions[];
const operationLists = properties.filter((p) => p.name === 'operation');

function optionsOf(property: INodeProperties): INodePropertyOptions[] {
	return (property.options ?? []) as INodePropertyOptions[];
}

describe('Node descriptions n8n can load', () => {
	// n8n assumes every resource and operation list has entries: an empty one stops n8n from starting.
	it('every resource has a non-empty operation list with actions for AI agents', () => {
		for (const resource of resources) {
			const list = operationLists.find((p) =>
				p.displayOptions?.show?.resource?.includes(resource.value),
			);
			expect(list).toBeDefined();
			expect(optionsOf(list as INodeProperties).length).toBeGreaterThan(0);
			for (const option of optionsOf(list as INodeProperties)) {
				expect(option.action).toEqual(expect.any(String));
				expect(option.description).toEqual(expect.any(String));
			}
		}
	});

	it('operation options are sorted alphabetically, as n8n lists them', () => {
		for (const list of operationLists) {
			const names = optionsOf(list).map((o) => o.name);
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
		}
	});

	it('the action node can be an AI agent tool; the trigger polls', () => {
		expect(new Fivetran().description.usableAsTool).toBe(true);
		expect(new FivetranTrigger().description.polling).toBe(true);
	});

	it('no parameter is declared twice for the same display conditions', () => {
		const seen = new Map<string, string>();
		for (const property of properties) {
			const show = property.displayOptions?.show ?? {};
			const key = `${property.name}|${JSON.stringify(show)}`;
			expect(seen.has(key)).toBe(false);
			seen.set(key, property.displayName);
		}
	});
});
