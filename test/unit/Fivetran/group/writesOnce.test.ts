import type { IDataObject } from 'n8n-workflow';

import { fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { expectRecovered, LOST } from '../lostAnswer';

const finance = { id: 'new_group', name: 'Finance', created_at: '2026-01-01T00:00:00Z' };
const others = (count: number): IDataObject[] =>
	Array.from({ length: count }, (_, i) => ({ id: `g${i}`, name: `Team ${i}` }));

const createFinance = async () =>
	await runFivetran({ resource: 'group', operation: 'create', name: 'Finance' });

/** The create's answer is lost; the look-up's first page of groups is the next interceptor. */
const lostThenListed = () =>
	fivetran()
		.post('/v1/groups', { name: 'Finance' })
		.reply(...LOST)
		.get('/v1/groups')
		.query({ limit: '1000' });

beforeEach(() => fakeTime());

describe('Group Create whose answer was lost: one POST, then a look-up by name', () => {
	it('found on the second page of groups: outputs that group, marked as recovered', async () => {
		const api = lostThenListed()
			.reply(200, success({ items: others(1000), next_cursor: 'p2' }))
			.get('/v1/groups')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [{ id: 'x', name: 'finance' }, finance] }));

		expectRecovered(await createFinance(), finance);
		expect(api.isDone()).toBe(true);
	});

	it('not there: the error says it was not created and that running again is safe', async () => {
		const api = lostThenListed().reply(200, success({ items: others(3) }));

		const { items, error } = await createFinance();

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'The group "Finance" was not created: the account has no group named "Finance"',
		);
		expect(error?.description).toContain('running again is safe');
		expect(error?.description).toContain('Request: POST /groups.');
		expect(error?.httpCode).toBe('502');
		expect(api.isDone()).toBe(true);
	});

	it('the look-up fails too: the error says the group may exist and how to check', async () => {
		const api = lostThenListed().reply(403, { code: 'Forbidden', message: 'No access' });

		const { error } = await createFinance();

		expect(error?.message).toBe(
			'The group "Finance" may have been created: Fivetran\'s answer was lost and looking it up failed',
		);
		expect(error?.description).toContain('List the groups (Group > Get Many)');
		expect(error?.description).toContain('before running again');
		expect(api.isDone()).toBe(true);
	});
});

describe('Group writes that may be repeated', () => {
	it('Update: PATCH answered 502 is sent again and succeeds (2 PATCHes)', async () => {
		const api = fivetran()
			.patch('/v1/groups/g1', { name: 'Renamed' })
			.reply(...LOST)
			.patch('/v1/groups/g1', { name: 'Renamed' })
			.reply(200, success({ id: 'g1', name: 'Renamed' }));

		const { items, error } = await runFivetran({
			resource: 'group',
			operation: 'update',
			groupId: rl('g1'),
			name: 'Renamed',
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 'g1', name: 'Renamed' });
		expect(api.isDone()).toBe(true);
	});

	it('Delete: 502 then 404 on the repeat means deleted', async () => {
		const api = fivetran()
			.delete('/v1/groups/g1')
			.reply(...LOST)
			.delete('/v1/groups/g1')
			.reply(404, { code: 'NotFound_Group', message: 'Group g1 not found' });

		const { items, error } = await runFivetran({
			resource: 'group',
			operation: 'delete',
			groupId: rl('g1'),
			confirmDelete: true,
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ deleted: true, id: 'g1' });
		expect(api.isDone()).toBe(true);
	});
});
