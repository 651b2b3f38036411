import { appendFileSync } from 'node:fs';

import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { fakeTime, runFivetran } from '../unit/fixtures';
import { inventedNulls, missingTexts, routingProblems } from './check';
import { fakeFivetran } from './fakeFivetran';
import type { Scenario } from './scenario';
import { allScenarios } from './scenarios';

// Every operation of the Fivetran node against real-shaped answers (test/fixtures/real): it does
// not throw, sends only the requests its routes expect, invents no nulls, and passes ids and
// values it does not know through.

/** REAL_SHAPES_DUMP=<file> appends each output there, to read what the node made of the answers. */
function dump(title: string, outputs: IDataObject[], error?: string) {
	const text = JSON.stringify({ title, error, outputs }, null, 1);
	appendFileSync(String(process.env.REAL_SHAPES_DUMP), `${text}\n`);
}

export const titleOf = (s: Scenario) => `${s.resource} ${s.operation}: ${s.name}`;

async function run(scenario: Scenario) {
	if (scenario.startAt) fakeTime(Date.parse(scenario.startAt));
	const fake = fakeFivetran(scenario.routes);
	const result = await runFivetran(
		{ resource: scenario.resource, operation: scenario.operation, ...scenario.parameters },
		{ input: scenario.input },
	);
	return { fake, result, outputs: result.items.map((item) => item.json) };
}

describe('Every Fivetran operation over real-shaped answers', () => {
	for (const scenario of allScenarios) {
		const title = titleOf(scenario);
		it(title, async () => {
			const { fake, result, outputs } = await run(scenario);
			if (process.env.REAL_SHAPES_DUMP) dump(title, outputs, result.error?.message);
			// One comparison, so that a failure shows every problem of the scenario at once.
			expect({
				error: result.error?.message,
				routing: routingProblems(fake),
				items: outputs.length > 0,
				inventedNulls: inventedNulls(outputs, fake.served, scenario.addsNullable),
				missing: missingTexts(outputs, fake.served, scenario.shows, scenario.leavesOut),
			}).toEqual({ error: undefined, routing: [], items: true, inventedNulls: [], missing: [] });
		});
	}
});

function operationsOf(properties: INodeProperties[]): string[] {
	const resources = properties.find((p) => p.name === 'resource')?.options ?? [];
	return resources.flatMap((option) => {
		const resource = String((option as INodePropertyOptions).value);
		const operation = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
		);
		return (operation?.options ?? []).map(
			(o) => `${resource} ${String((o as INodePropertyOptions).value)}`,
		);
	});
}

describe('The fixture suite covers the node', () => {
	const operations = operationsOf(new Fivetran().description.properties);

	it('knows the operations from the node description', () => {
		expect(operations.length).toBeGreaterThan(50);
	});

	it('has at least one scenario for every operation of every resource', () => {
		const covered = new Set(allScenarios.map((s) => `${s.resource} ${s.operation}`));
		expect(operations.filter((operation) => !covered.has(operation))).toEqual([]);
	});

	it('has no scenario for an operation the node does not have, and unique titles', () => {
		expect(
			allScenarios
				.map((s) => `${s.resource} ${s.operation}`)
				.filter((o) => !operations.includes(o)),
		).toEqual([]);
		const titles = allScenarios.map(titleOf);
		expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
	});
});
