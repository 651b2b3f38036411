import { fivetran, rl, runFivetran, success } from '../../fixtures';
import { alice } from './users';

describe('User Get and Get Many', () => {
	it('getAll: GET /v1/users with the limit, one item per user', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/users')
			.query({ limit: '2' })
			.reply(200, success({ items: [alice, { id: 'u2' }], next_cursor: 'more' }));

		const { items, error } = await runFivetran({
			resource: 'user',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['decent_otter', 'u2']);
		expect(api.isDone()).toBe(true);
	});

	it('getAll: every page when Return All', async () => {
		const api = fivetran()
			.get('/v1/users')
			.query({ limit: '1000' })
			.reply(200, success({ items: [{ id: 'u1' }], next_cursor: 'p2' }))
			.get('/v1/users')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [{ id: 'u2' }] }));

		const { items } = await runFivetran({ resource: 'user', operation: 'getAll', returnAll: true });

		expect(items.map((i) => i.json.id)).toEqual(['u1', 'u2']);
		expect(api.isDone()).toBe(true);
	});

	it('get: GET /v1/users/{id}, outputs the user', async () => {
		const api = fivetran().get('/v1/users/decent_otter').reply(200, success(alice));

		const { items, error } = await runFivetran({
			resource: 'user',
			operation: 'get',
			userId: rl(' decent_otter '),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([alice]);
		expect(api.isDone()).toBe(true);
	});

	it('get: a bad ID is refused before any request, naming the parameter', async () => {
		const { items, error } = await runFivetran({
			resource: 'user',
			operation: 'get',
			userId: rl('={{ "../groups" }}'),
		});

		expect(items).toEqual([]);
		expect(error?.message).toContain('The parameter "User" is not a valid Fivetran ID');
	});

	it('get with continue on fail: one error item for the bad item, the others go on', async () => {
		const api = fivetran()
			.get('/v1/users/u1')
			.reply(200, success({ id: 'u1' }))
			.get('/v1/users/u3')
			.reply(200, success({ id: 'u3' }));

		const { items, error } = await runFivetran(
			{ resource: 'user', operation: 'get', userId: rl('={{ $json.id }}') },
			{ input: [{ id: 'u1' }, { id: '' }, { id: 'u3' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json.id ?? i.json.error, i.pairedItem])).toEqual([
			['u1', { item: 0 }],
			['The parameter "User" is empty', { item: 1 }],
			['u3', { item: 2 }],
		]);
		expect(api.isDone()).toBe(true);
	});
});
