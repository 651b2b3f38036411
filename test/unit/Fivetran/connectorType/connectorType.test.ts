import nock from 'nock';

import { countAnyRequests, fivetran, rl, runFivetran, success } from '../../fixtures';

const POSTGRES = { id: 'postgres', name: 'PostgreSQL', type: 'Database' };

afterEach(() => nock.cleanAll());

describe('Connector Type', () => {
	it('Get Many lists GET /metadata/connector-types, Limit as the page size', async () => {
		const scope = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/metadata/connector-types')
			.query({ limit: '2' })
			.reply(200, success({ items: [POSTGRES, { id: 'mysql' }], next_cursor: 'more' }));

		const { items, error } = await runFivetran({
			resource: 'connectorType',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(items.map((item) => item.json.id)).toEqual(['postgres', 'mysql']);
	});

	it('Get reads one service with its config metadata', async () => {
		const answer = { ...POSTGRES, config: { host: { type: 'string' } }, auth: {} };
		const scope = fivetran()
			.get('/v1/metadata/connector-types/postgres')
			.reply(200, success(answer));

		const { items } = await runFivetran({
			resource: 'connectorType',
			operation: 'get',
			service: rl('postgres'),
		});

		expect(scope.isDone()).toBe(true);
		expect(items[0].json).toEqual(answer);
	});

	it('Get refuses a service that is not an ID before any request', async () => {
		const requests = countAnyRequests();
		const { error } = await runFivetran({
			resource: 'connectorType',
			operation: 'get',
			service: { __rl: true, mode: 'list', value: 'a/b' },
		});
		expect(error?.message).toMatch(/"Service" is not a valid Fivetran ID/);
		expect(requests()).toBe(0);
	});
});
