import nock from 'nock';

import { fivetran, rl, runFivetran, success } from '../../fixtures';
import { transformation, TRANSFORMATION_ID, TRANSFORMATION_PATH } from './helpers';

const base = { resource: 'transformation', operation: 'getAll' };
const item = (id: string, status = 'SUCCEEDED', paused = false) => ({
	...transformation({ status, paused }),
	id,
});

describe('Transformation > Get Many', () => {
	it('sends group, project and type to Fivetran (group_id, project_id, type) with the limit', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/transformations')
			.query({
				group_id: 'decent_dropsy',
				project_id: 'dbt_project_main',
				type: 'DBT_CORE',
				limit: '5',
			})
			.reply(200, success({ items: [item('a')] }));

		const { items, error } = await runFivetran({
			...base,
			limit: 5,
			filters: { groupId: ' decent_dropsy ', projectId: 'dbt_project_main', type: 'DBT_CORE' },
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['a']);
		expect(api.isDone()).toBe(true);
	});

	it('Return All walks every page', async () => {
		const api = fivetran()
			.get('/v1/transformations')
			.query({ limit: '1000' })
			.reply(200, success({ items: [item('a')], next_cursor: 'p2' }))
			.get('/v1/transformations')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [item('b')] }));

		const { items } = await runFivetran({ ...base, returnAll: true });

		expect(items.map((i) => i.json.id)).toEqual(['a', 'b']);
		expect(api.isDone()).toBe(true);
	});

	it('status and paused are applied here on full pages until the limit is found (one request per 1000)', async () => {
		const api = fivetran()
			.get('/v1/transformations')
			.query({ limit: '1000' })
			.reply(
				200,
				success({
					items: [item('a'), item('b', 'FAILED'), item('c', 'FAILED', true)],
					next_cursor: 'p2',
				}),
			)
			.get('/v1/transformations')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(
				200,
				success({ items: [item('d', 'CANCELED'), item('e', 'FAILED')], next_cursor: 'p3' }),
			);
		// No interceptor for p3: the node must stop once it has 2 matches.

		const { items, error } = await runFivetran({
			...base,
			limit: 2,
			filters: { transformationStatus: ['FAILED', 'CANCELED'], paused: false },
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['b', 'd']);
		expect(api.isDone()).toBe(true);
	});

	it('paused on: only paused transformations', async () => {
		fivetran()
			.get('/v1/transformations')
			.query({ limit: '1000' })
			.reply(200, success({ items: [item('a'), item('p', 'SUCCEEDED', true)] }));

		const { items } = await runFivetran({ ...base, returnAll: true, filters: { paused: true } });

		expect(items.map((i) => i.json.id)).toEqual(['p']);
	});

	it.each([
		[{ groupId: '../groups' }, 'The filter "Group ID" is not a valid Fivetran ID'],
		[{ projectId: 'a b' }, 'The filter "Project ID" is not a valid Fivetran ID'],
		[
			{ transformationStatus: ['DONE'] },
			'The filter "Status" has values Fivetran does not use: \"DONE\"',
		],
	])('bad filter %j is refused before any request', async (filters, message) => {
		const { error } = await runFivetran({ ...base, filters });

		expect(error?.message).toContain(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('Transformation > Get', () => {
	it('GET /v1/transformations/{id} and outputs the transformation', async () => {
		const api = fivetran().get(TRANSFORMATION_PATH).reply(200, success(transformation()));

		const { items } = await runFivetran({
			resource: 'transformation',
			operation: 'get',
			transformationId: rl(TRANSFORMATION_ID),
		});

		expect(items[0].json).toEqual(transformation());
		expect(api.isDone()).toBe(true);
	});

	it('continue on fail: one error item for the missing one, the others go on', async () => {
		const api = fivetran()
			.get('/v1/transformations/good')
			.reply(200, success({ ...transformation(), id: 'good' }))
			.get('/v1/transformations/missing')
			.reply(404, { code: 'NotFound', message: "Transformation with id 'missing' not found" });

		const { items, error } = await runFivetran(
			{ resource: 'transformation', operation: 'get', transformationId: rl('={{ $json.id }}') },
			{ input: [{ id: 'good' }, { id: 'missing' }, { id: '../x' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('good');
		expect(items[1].json.error).toContain("Transformation with id 'missing' not found");
		expect(items[2].json.error).toContain(
			'The parameter "Transformation" is not a valid Fivetran ID',
		);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(api.isDone()).toBe(true);
	});
});
