import { fivetran, rl, runFivetran, success } from '../../fixtures';
import { connection, expectRefusedWithoutRequest, PLAIN, V2 } from './data';

// One account list, in Fivetran's order: what Return All did before groups were read side by side.
const base = { resource: 'connector', operation: 'getAll', parallelGroupReads: 1 };

const healthy = (id: string) => connection({ id });
const broken = (id: string) => connection({ id }, { setup_state: 'broken' });
const failing = (id: string) => connection({ id, failed_at: '2026-01-02T00:00:00Z' });

describe('Connector Get Many: which list, which query', () => {
	it('whole account: GET /v1/connections with the limit as page size', async () => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.get('/v1/connections')
			.query({ limit: '2' })
			.reply(200, success({ items: [healthy('a'), healthy('b')], next_cursor: 'more' }));

		const { items, error } = await runFivetran({
			...base,
			scope: 'account',
			returnAll: false,
			limit: 2,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['a', 'b']);
		expect(api.isDone()).toBe(true);
	});

	it('one group: GET /v1/groups/{id}/connections with the schema filter sent to Fivetran', async () => {
		const api = fivetran()
			.matchHeader('accept', PLAIN)
			.get('/v1/groups/decent_dropsy/connections')
			.query({ schema: 'pg_main', limit: '50' })
			.reply(200, success({ items: [healthy('a')] }));

		const { items } = await runFivetran({
			...base,
			scope: 'group',
			groupId: rl('decent_dropsy'),
			filters: { schema: ' pg_main ' },
		});

		expect(items.map((i) => i.json.id)).toEqual(['a']);
		expect(api.isDone()).toBe(true);
	});

	it('Return All walks every page', async () => {
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: [healthy('a')], next_cursor: 'p2' }))
			.get('/v1/connections')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [healthy('b')] }));

		const { items } = await runFivetran({ ...base, returnAll: true });

		expect(items.map((i) => i.json.id)).toEqual(['a', 'b']);
		expect(api.isDone()).toBe(true);
	});

	it('status filter with a limit keeps paging until enough matching connectors are found', async () => {
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: [healthy('a'), broken('b'), healthy('c')], next_cursor: 'p2' }))
			.get('/v1/connections')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [healthy('d'), broken('e'), broken('f')], next_cursor: 'p3' }));
		// No interceptor for p3: the node must stop once it has 2 broken connectors.

		const { items, error } = await runFivetran({
			...base,
			returnAll: false,
			limit: 2,
			filters: { status: 'broken' },
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['b', 'e']);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['failing', ['f'], 'the last sync failed'],
		['paused', ['p'], 'paused flag or sync state'],
		['syncing', ['s'], 'sync running now'],
		['all', ['ok', 'f', 'p', 's', 'x'], 'no status filter'],
	])('status %s keeps %j (%s); service filter is exact', async (status, expected) => {
		fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(
				200,
				success({
					items: [
						healthy('ok'),
						failing('f'),
						connection({ id: 'p', paused: true }, { sync_state: 'paused' }),
						connection({ id: 's' }, { sync_state: 'syncing' }),
						connection({ id: 'x', service: 'postgres_rds' }),
					],
				}),
			);

		const { items } = await runFivetran({
			...base,
			returnAll: true,
			filters: { status, service: 'postgres' },
		});

		expect(items.map((i) => i.json.id)).toEqual(expected.filter((id) => id !== 'x'));
	});
});

describe('Connector Get Many: bad input and errors', () => {
	it.each([
		[
			'limit 0',
			{ returnAll: false, limit: 0 },
			'The parameter "Limit" must be a whole number from 1 to 1000 (got 0)',
		],
		[
			'limit 1001',
			{ returnAll: false, limit: 1001 },
			'The parameter "Limit" must be a whole number from 1 to 1000 (got 1001)',
		],
		[
			'one group without a group',
			{ scope: 'group', groupId: rl('={{ "" }}') },
			'The parameter "Group" is empty',
		],
	])('%s: no request, the parameter named', async (_case, parameters, message) => {
		await expectRefusedWithoutRequest({ ...base, ...parameters }, message);
	});

	it("an unknown group: 404 with Fivetran's message and the group named", async () => {
		fivetran()
			.get('/v1/groups/nope/connections')
			.query(true)
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'nope' doesn't exist" });

		const { error } = await runFivetran({ ...base, scope: 'group', groupId: rl('nope') });

		expect(error?.message).toBe(
			"Not found in Fivetran (404 NotFound_Group): Group with id 'nope' doesn't exist",
		);
		expect(error?.description).toContain('Check the group "nope"');
	});
});
