import { readFileSync } from 'fs';
import { join } from 'path';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { fakeTime, fivetran, runFivetran, success } from '../fixtures';

// examples/durable-sync-wait.json: its loop (e2e runs it in n8n; this checks its shape and that the
// Sync node's output is what its Check Sync node reads).

interface ExampleNode {
	name: string;
	type: string;
	parameters: IDataObject;
	credentials?: IDataObject;
}
interface Example {
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string; index: number }>> }>;
}

const example = JSON.parse(
	readFileSync(join(__dirname, '..', '..', '..', 'examples', 'durable-sync-wait.json'), 'utf8'),
) as Example;
const node = (name: string): ExampleNode => {
	const found = example.nodes.find((n) => n.name === name);
	if (!found) throw new Error(`no node "${name}"`);
	return found;
};
/** Where each output of a node leads: one node name per output. */
const targets = (name: string): string[][] =>
	example.connections[name].main.map((output) => output.map((c) => c.node));

describe('Example durable-sync-wait', () => {
	it('Sync -> Wait -> Check Sync -> Finished?, whose false branch loops back to Wait', () => {
		expect(targets('Run now')).toEqual([['Sync Salesforce']]);
		expect(targets('Sync Salesforce')).toEqual([['Wait']]);
		expect(targets('Wait')).toEqual([['Check Sync']]);
		expect(targets('Check Sync')).toEqual([['Finished?']]);
		expect(targets('Finished?')).toEqual([['Succeeded?'], ['Wait']]);
		expect(targets('Succeeded?')).toEqual([['Done'], ['Sync Failed']]);
	});

	it('the Wait is long enough for n8n to park the execution (65 s or more)', () => {
		const wait = node('Wait');
		expect(wait.type).toBe('n8n-nodes-base.wait');
		expect(wait.parameters).toMatchObject({ resume: 'timeInterval', unit: 'seconds' });
		expect(wait.parameters.amount as number).toBeGreaterThanOrEqual(65);
	});

	it('the Ifs branch on sync_finished and sync_succeeded', () => {
		const left = (name: string) =>
			(node(name).parameters.conditions as { conditions: IDataObject[] }).conditions.map(
				(c) => c.leftValue,
			);
		expect(left('Finished?')).toEqual(['={{ $json.sync_finished }}']);
		expect(left('Succeeded?')).toEqual(['={{ $json.sync_succeeded }}']);
	});

	it("the Check Sync node understands the Sync node's output (one GET, succeeded)", async () => {
		const requestedAt = Date.parse('2026-01-01T00:00:00Z');
		fakeTime(requestedAt);
		const path = '/v1/connections/dapper_walrus';
		const before = { id: 'dapper_walrus', succeeded_at: '2025-12-31T02:00:00Z', failed_at: null };
		fivetran()
			.get(path)
			.reply(200, success({ ...before, status: { sync_state: 'scheduled' } }))
			.post(`${path}/sync`, { force: false })
			.reply(200, success(undefined, 'Sync has been successfully triggered'));
		const synced = await runFivetran(node('Sync Salesforce').parameters as INodeParameters);
		expect(synced.error).toBeUndefined();

		fakeTime(requestedAt + 70_000);
		const ended = '2026-01-01T00:00:40.000Z';
		const api = fivetran()
			.get(path)
			.reply(200, success({ ...before, succeeded_at: ended, status: { sync_state: 'scheduled' } }));
		const checked = await runFivetran(node('Check Sync').parameters as INodeParameters, {
			input: synced.items.map((item) => item.json),
		});

		expect(checked.error).toBeUndefined();
		expect(checked.items[0].json).toMatchObject({
			sync_finished: true,
			sync_outcome: 'succeeded',
			sync_succeeded: true,
			sync_duration_seconds: 40,
			waited_seconds: 70,
			checks: 1,
			connector_id: 'dapper_walrus',
			previous_sync_end_at: '2025-12-31T02:00:00.000Z',
		});
		expect(api.isDone()).toBe(true);
	});

	it('the Fivetran nodes use the sandbox credential the other examples use', () => {
		for (const name of ['Sync Salesforce', 'Check Sync']) {
			expect(node(name).credentials).toEqual({
				fivetranApi: { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)' },
			});
		}
		expect(node('Sync Salesforce').parameters.waitForCompletion).toBe(false);
	});
});
