import { fivetran, rl, runFivetran, success } from '../../fixtures';
import { countRequests } from '../webhook/helpers';
import { agent } from './agents';

describe('Hybrid Deployment Agent Get and Get Many', () => {
	it('getAll: GET /v1/hybrid-deployment-agents with the limit', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/hybrid-deployment-agents')
			.query({ limit: '5' })
			.reply(200, success({ items: [agent] }));

		const { items, error } = await runFivetran({
			resource: 'hybridAgent',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([agent]);
		expect(api.isDone()).toBe(true);
	});

	it("getAll: the group filter becomes Fivetran's groupId query, every page when Return All", async () => {
		const api = fivetran()
			.get('/v1/hybrid-deployment-agents')
			.query({ groupId: 'decent_dropsy', limit: '1000' })
			.reply(200, success({ items: [{ id: 'a1' }], next_cursor: 'p2' }))
			.get('/v1/hybrid-deployment-agents')
			.query({ groupId: 'decent_dropsy', limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [{ id: 'a2' }] }));

		const { items } = await runFivetran({
			resource: 'hybridAgent',
			operation: 'getAll',
			returnAll: true,
			filters: { groupId: ' decent_dropsy ' },
		});

		expect(items.map((i) => i.json.id)).toEqual(['a1', 'a2']);
		expect(api.isDone()).toBe(true);
	});

	it('getAll: a group filter that is not an ID is refused before any request', async () => {
		const sent = countRequests();

		const { error } = await runFivetran({
			resource: 'hybridAgent',
			operation: 'getAll',
			returnAll: true,
			filters: { groupId: 'a&b=c' },
		});

		expect(error?.message).toContain('The filter "Group ID" is not a valid Fivetran ID');
		expect(sent()).toBe(0);
	});

	it('get: GET /v1/hybrid-deployment-agents/{id}, outputs online and last_used_at as Fivetran sends them', async () => {
		const offline = { ...agent, online: false };
		const api = fivetran()
			.get('/v1/hybrid-deployment-agents/agent_blue_fox')
			.reply(200, success(offline));

		const { items, error } = await runFivetran({
			resource: 'hybridAgent',
			operation: 'get',
			agentId: rl('agent_blue_fox'),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([offline]);
		expect(api.isDone()).toBe(true);
	});

	it('get: an empty agent is refused before any request, naming the parameter', async () => {
		const sent = countRequests();

		const { error } = await runFivetran({
			resource: 'hybridAgent',
			operation: 'get',
			agentId: rl('={{ "" }}'),
		});

		expect(error?.message).toBe('The parameter "Hybrid Deployment Agent" is empty');
		expect(sent()).toBe(0);
	});
});
