import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../../nodes/Fivetran/Fivetran.node';
import { runNode } from '../../../../harness';
import { credentialsFor, fivetran, rl, runFivetran, success } from '../../../fixtures';
import { connection } from '../../connector/data';
import { fivetranTool, runTool } from '../../toolVariant';

const broken = connection(
	{ id: 'fuzzy_badger', config: { secret_key: 'do-not-pass-around' } },
	{ setup_state: 'broken', tasks: [{ code: 'reconnect', message: 'Access was revoked.' }] },
);

const SHORT = {
	id: 'fuzzy_badger',
	schema: 'pg_main',
	service: 'postgres',
	group_id: 'decent_dropsy',
	is_paused: false,
	is_broken: true,
	last_sync_failed: false,
	setup_state: 'broken',
	sync_state: 'scheduled',
	update_state: 'on_schedule',
	succeeded_at: '2026-01-01T10:00:00Z',
	failed_at: null,
	tasks_count: 1,
	first_task_message: 'Access was revoked.',
	sync_frequency: 360,
	dashboard_url: 'https://fivetran.com/dashboard/connectors/fuzzy_badger/status',
};

const getMany = { resource: 'connector', operation: 'getAll', limit: 1 };

function listReplies() {
	return fivetran()
		.get('/v1/connections')
		.query({ limit: '1' })
		.reply(200, success({ items: [broken] }));
}

describe('Simplify: on by default when the node runs as an AI tool, off in a workflow', () => {
	it('the tool variant (type …fivetranTool) returns the short form when Simplify is not set', async () => {
		const api = listReplies();
		const { items, error } = await runTool(getMany);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([SHORT]);
		expect(api.isDone()).toBe(true);
	});

	it('the workflow node returns the whole object when Simplify is not set', async () => {
		const api = listReplies();
		const { items } = await runFivetran(getMany);
		expect(items.map((i) => i.json)).toEqual([broken]);
		expect(api.isDone()).toBe(true);
	});

	it('each way can be switched: off in the tool, on in the workflow', async () => {
		listReplies();
		expect((await runTool({ ...getMany, simplify: false })).items[0].json).toEqual(broken);
		listReplies();
		expect((await runFivetran({ ...getMany, simplify: true })).items[0].json).toEqual(SHORT);
	});

	it('the short form carries no config (which may hold secrets)', async () => {
		listReplies();
		const { items } = await runTool(getMany);
		expect(JSON.stringify(items)).not.toContain('do-not-pass-around');
	});

	it('a Simplify expression that is not a boolean is refused before any request', async () => {
		const { error, items } = await runFivetran({ ...getMany, simplify: '={{ "yes" }}' });
		expect(error?.message).toContain('The parameter "Simplify" must be true or false');
		expect(items).toEqual([]);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("n8n's own default resolution picks true for the tool type and false for the node", () => {
		const node = new Fivetran().description;
		const tool = fivetranTool().description;
		const resolve = (description: typeof node) =>
			NodeHelpers.getNodeParameters(
				description.properties,
				{ resource: 'group', operation: 'get' },
				true,
				false,
				null,
				description,
			)?.simplify;
		expect(resolve(tool)).toBe(true);
		expect(resolve(node)).toBe(false);
	});
});

describe('Simplify on the other reads', () => {
	it.each([
		[
			'group get',
			{ resource: 'group', operation: 'get', groupId: rl('g1') },
			'/v1/groups/g1',
			{ id: 'g1', name: 'Finance', created_at: '2023-05-03T14:00:00Z', extra: 1 },
			{ id: 'g1', name: 'Finance', created_at: '2023-05-03T14:00:00Z' },
		],
		[
			'destination get',
			{ resource: 'destination', operation: 'get', destinationId: rl('g1') },
			'/v1/destinations/g1',
			{
				id: 'g1',
				group_id: 'g1',
				service: 'snowflake',
				region: 'AWS_US_EAST_1',
				setup_status: 'CONNECTED',
				time_zone_offset: '-5',
				config: { password: 'pw-not-shown' },
			},
			{
				id: 'g1',
				group_id: 'g1',
				service: 'snowflake',
				region: 'AWS_US_EAST_1',
				setup_status: 'CONNECTED',
				time_zone_offset: '-5',
			},
		],
		[
			'connector get',
			{ resource: 'connector', operation: 'get', connectorId: rl('fuzzy_badger') },
			'/v1/connections/fuzzy_badger',
			broken,
			SHORT,
		],
	])('%s', async (_name, parameters, path, full, short) => {
		const api = fivetran().get(path).reply(200, success(full));
		const { items, error } = await runTool(parameters as INodeParameters);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([short]);
		expect(api.isDone()).toBe(true);
	});

	it('group get connectors and get many groups / destinations page like before, then shorten', async () => {
		const api = fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: '50' })
			.reply(200, success({ items: [broken] }))
			.get('/v1/destinations')
			.query({ limit: '50' })
			.reply(200, success({ items: [{ id: 'g1', service: 'big_query', config: {} }] }));
		const connectors = await runTool({
			resource: 'group',
			operation: 'getConnectors',
			groupId: rl('g1'),
		});
		expect(connectors.items.map((i) => i.json)).toEqual([SHORT]);
		const destinations = await runTool({ resource: 'destination', operation: 'getAll' });
		// Only what the object has: no nulls for the fields it lacks.
		expect(destinations.items.map((i) => i.json)).toEqual([{ id: 'g1', service: 'big_query' }]);
		expect(api.isDone()).toBe(true);
	});

	it('every read that returns Fivetran objects offers Simplify, writes do not', () => {
		const reads = new Set<string>();
		for (const property of new Fivetran().description.properties) {
			if (property.name !== 'simplify') continue;
			const show = property.displayOptions?.show ?? {};
			for (const resource of (show.resource ?? []) as string[])
				for (const operation of (show.operation ?? []) as string[])
					reads.add(`${resource}.${operation}`);
		}
		expect([...reads].sort()).toEqual(
			[
				'connector.get',
				'connector.getAll',
				'destination.get',
				'destination.getAll',
				'group.get',
				'group.getAll',
				'group.getConnectors',
				'group.getUsers',
				'hybridAgent.get',
				'hybridAgent.getAll',
				'transformation.get',
				'transformation.getAll',
				'transformationProject.get',
				'transformationProject.getAll',
				'user.get',
				'user.getAll',
				'webhook.get',
				'webhook.getAll',
			].sort(),
		);
	});
});
