import nock from 'nock';

import { errorText, fivetran, rl, runFivetran, success } from '../../fixtures';

const group = { id: 'decent_dropsy', name: 'Marketing', created_at: '2024-01-01T00:00:00Z' };

describe('Group operations: one request each, exactly as Fivetran documents it', () => {
	it('get: GET /v1/groups/{id} with the JSON Accept header, outputs the data', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.matchHeader('user-agent', /^n8n-nodes-fivetran\/\d+\.\d+\.\d+/)
			.get('/v1/groups/decent_dropsy')
			.reply(200, success(group));

		const { items, error } = await runFivetran({
			resource: 'group',
			operation: 'get',
			groupId: rl('decent_dropsy'),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([group]);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(api.isDone()).toBe(true);
	});

	it('get: reads the ID from an expression per input item and trims it', async () => {
		const api = fivetran()
			.get('/v1/groups/a')
			.reply(200, success({ id: 'a' }))
			.get('/v1/groups/b')
			.reply(200, success({ id: 'b' }));

		const { items } = await runFivetran(
			{
				resource: 'group',
				operation: 'get',
				groupId: { __rl: true, mode: 'id', value: '={{ " " + $json.id + " " }}' },
			},
			{ input: [{ id: 'a' }, { id: 'b' }] },
		);

		expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 1 }],
		]);
		expect(api.isDone()).toBe(true);
	});

	it('create: POST /v1/groups with only the name', async () => {
		const api = fivetran()
			.post('/v1/groups', (body) => JSON.stringify(body) === JSON.stringify({ name: 'Finance' }))
			.reply(201, { code: 'Created', data: { ...group, name: 'Finance' } });

		const { items, error } = await runFivetran({
			resource: 'group',
			operation: 'create',
			name: '  Finance ',
		});

		expect(error).toBeUndefined();
		expect(items[0].json.name).toBe('Finance');
		expect(api.isDone()).toBe(true);
	});

	it('update: PATCH /v1/groups/{id} with the new name', async () => {
		const api = fivetran()
			.patch('/v1/groups/decent_dropsy', { name: 'Renamed' })
			.reply(200, success({ ...group, name: 'Renamed' }));

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'update',
			groupId: rl('decent_dropsy'),
			name: 'Renamed',
		});

		expect(items[0].json.name).toBe('Renamed');
		expect(api.isDone()).toBe(true);
	});

	it('delete: DELETE /v1/groups/{id} once confirmed, outputs what Fivetran said', async () => {
		const api = fivetran()
			.delete('/v1/groups/decent_dropsy')
			.reply(200, { code: 'Success', message: "Group with id 'decent_dropsy' has been deleted" });

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'delete',
			groupId: rl('decent_dropsy'),
			confirmDelete: true,
		});

		expect(items[0].json).toEqual({
			deleted: true,
			id: 'decent_dropsy',
			message: "Group with id 'decent_dropsy' has been deleted",
		});
		expect(api.isDone()).toBe(true);
	});

	it('getConnectors: GET /v1/groups/{id}/connections with the schema filter and the limit', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/groups/decent_dropsy/connections')
			.query({ schema: 'salesforce', limit: '10' })
			.reply(200, success({ items: [{ id: 'c1', schema: 'salesforce' }] }));

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'getConnectors',
			groupId: rl('decent_dropsy'),
			returnAll: false,
			limit: 10,
			filters: { schema: 'salesforce' },
		});

		expect(items.map((i) => i.json.id)).toEqual(['c1']);
		expect(api.isDone()).toBe(true);
	});

	it('getUsers: GET /v1/groups/{id}/users, every page when Return All', async () => {
		const api = fivetran()
			.get('/v1/groups/g1/users')
			.query({ limit: '1000' })
			.reply(200, success({ items: [{ id: 'u1' }], next_cursor: 'p2' }))
			.get('/v1/groups/g1/users')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [{ id: 'u2' }] }));

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'getUsers',
			groupId: rl('g1'),
			returnAll: true,
		});

		expect(items.map((i) => i.json.id)).toEqual(['u1', 'u2']);
		expect(api.isDone()).toBe(true);
	});

	it('getAll: a limit smaller than a page asks Fivetran for exactly that many', async () => {
		const api = fivetran()
			.get('/v1/groups')
			.query({ limit: '3' })
			.reply(200, success({ items: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], next_cursor: 'more' }));

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'getAll',
			returnAll: false,
			limit: 3,
		});

		expect(items).toHaveLength(3);
		expect(api.isDone()).toBe(true);
	});
});

describe('Group operations: bad input fails before any request, naming the parameter', () => {
	// nock has no interceptor here: a request would fail the test with a different error.
	it.each([
		[
			'an empty ID from an expression',
			{ operation: 'get', groupId: rl('={{ "" }}') },
			'The parameter "Group" is empty',
		],
		[
			'an ID of only spaces from an expression',
			{ operation: 'get', groupId: rl('={{ "  " }}') },
			'The parameter "Group" is empty',
		],
		[
			'an empty ID typed in',
			{ operation: 'get', groupId: rl('') },
			'Parameter "Group" is required',
		],
		[
			'an ID of only spaces typed in',
			{ operation: 'get', groupId: rl('   ') },
			'Not a valid Group ID',
		],
		[
			'a name of only spaces',
			{ operation: 'create', name: '   ' },
			'The parameter "Name" is empty',
		],
		[
			'a new name of only spaces',
			{ operation: 'update', groupId: rl('g1'), name: ' ' },
			'The parameter "New Name" is empty',
		],
		[
			'limit 0',
			{ operation: 'getAll', returnAll: false, limit: 0 },
			'The parameter "Limit" must be a whole number from 1 to 1000 (got 0)',
		],
		[
			'limit 1001',
			{ operation: 'getAll', returnAll: false, limit: 1001 },
			'The parameter "Limit" must be a whole number from 1 to 1000 (got 1001)',
		],
		[
			'delete without confirmation',
			{ operation: 'delete', groupId: rl('g1'), confirmDelete: false },
			'Turn on "Confirm Delete" to run this operation',
		],
	])('%s', async (_case, parameters, message) => {
		const { error, items } = await runFivetran({ resource: 'group', ...parameters });

		// Typed-in values are caught by n8n's own parameter check, expressions by the node: both name it.
		expect(error?.message).toContain(message);
		expect(items).toEqual([]);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('delete without confirmation explains what would be lost', async () => {
		const { error } = await runFivetran({
			resource: 'group',
			operation: 'delete',
			groupId: rl('g1'),
		});

		expect((error as { description?: string }).description).toMatch(
			/destination and every connector.*Nothing was sent/,
		);
	});
});

describe('Group operations: continue on fail and API errors', () => {
	it('gives one error item per failing input item and keeps the others', async () => {
		const api = fivetran()
			.get('/v1/groups/good1')
			.reply(200, success({ id: 'good1' }))
			.get('/v1/groups/missing')
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'missing' does not exist" })
			.get('/v1/groups/good2')
			.reply(200, success({ id: 'good2' }));

		const { items, error } = await runFivetran(
			{
				resource: 'group',
				operation: 'get',
				groupId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			{ input: [{ id: 'good1' }, { id: 'missing' }, { id: 'good2' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(items[0].json.id).toBe('good1');
		expect(items[1].json.error).toBe(
			"Not found in Fivetran (404 NotFound_Group): Group with id 'missing' does not exist",
		);
		expect(items[1].json.httpCode).toBe('404');
		expect(items[2].json.id).toBe('good2');
		expect(api.isDone()).toBe(true);
	});

	it('stops at the first failing item without continue on fail, with status, Fivetran message and hint', async () => {
		fivetran()
			.get('/v1/groups/missing')
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'missing' does not exist" });

		const { error } = await runFivetran({
			resource: 'group',
			operation: 'get',
			groupId: rl('missing'),
		});

		expect(error?.message).toBe(
			"Not found in Fivetran (404 NotFound_Group): Group with id 'missing' does not exist",
		);
		expect((error as { description?: string }).description).toContain('Check the group "missing"');
		expect(errorText(error)).not.toContain('s3cr3t-never-shown');
	});

	it('409 from Fivetran is shown with its message and not retried', async () => {
		const api = fivetran()
			.post('/v1/groups')
			.once()
			.reply(409, { code: 'Conflict', message: 'A group with this name already exists' });

		const { error } = await runFivetran({
			resource: 'group',
			operation: 'create',
			name: 'Finance',
		});

		expect(error?.message).toBe(
			'Fivetran reported a conflict (409 Conflict): A group with this name already exists',
		);
		expect(api.isDone()).toBe(true);
	});
});
