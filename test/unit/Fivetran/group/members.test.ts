import type { INodeParameters } from 'n8n-workflow';

import { fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { countRequests } from '../webhook/helpers';
import { LOST } from '../lostAnswer';

const bob = { id: 'decent_otter', email: 'bob@example.com', given_name: 'Bob' };

const addUser = (parameters: INodeParameters = {}) =>
	runFivetran({
		resource: 'group',
		operation: 'addUser',
		groupId: rl('decent_dropsy'),
		userId: rl('decent_otter'),
		role: 'Edit Destination',
		...parameters,
	});

const removeUser = (parameters: INodeParameters = {}, options = {}) =>
	runFivetran(
		{
			resource: 'group',
			operation: 'removeUser',
			groupId: rl('decent_dropsy'),
			userId: rl('decent_otter'),
			confirmRemove: true,
			...parameters,
		},
		options,
	);

/** Reads the picked user's email, then adds by email and role as Fivetran's API wants. */
const emailThenAdd = () =>
	fivetran()
		.get('/v1/users/decent_otter')
		.reply(200, success(bob))
		.post('/v1/groups/decent_dropsy/users', { email: 'bob@example.com', role: 'Edit Destination' });

beforeEach(() => fakeTime());

describe('Group Add User', () => {
	it("GET the user's email, then POST /v1/groups/{id}/users with email and role", async () => {
		const api = emailThenAdd().reply(200, {
			code: 'Success',
			message: 'User has been added to the group',
		});

		const { items, error } = await addUser();

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				added: true,
				group_id: 'decent_dropsy',
				user_id: 'decent_otter',
				email: 'bob@example.com',
				role: 'Edit Destination',
				message: 'User has been added to the group',
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('a custom role from an expression is sent as typed', async () => {
		const api = fivetran()
			.get('/v1/users/decent_otter')
			.reply(200, success(bob))
			.post('/v1/groups/decent_dropsy/users', { email: 'bob@example.com', role: 'Data Stewards' })
			.reply(200, { code: 'Success', message: 'ok' });

		const { error } = await addUser({ role: '={{ "Data Stewards" }}' });

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a user without email: nothing is added, the error says why', async () => {
		const api = fivetran()
			.get('/v1/users/decent_otter')
			.reply(200, success({ id: 'decent_otter' }));

		const { error } = await addUser();

		expect(error?.message).toBe('Fivetran\'s user "decent_otter" has no email address');
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['an empty group', { groupId: rl('={{ "" }}') }, 'The parameter "Group" is empty'],
		['an empty user', { userId: rl('={{ "" }}') }, 'The parameter "User" is empty'],
		['an empty role', { role: '={{ " " }}' }, 'The parameter "Role" is empty'],
	])('%s is refused before any request', async (_name, parameters, message) => {
		const sent = countRequests();

		const { error } = await addUser(parameters);

		expect(error?.message).toBe(message);
		expect(sent()).toBe(0);
	});

	it('a Fivetran refusal (already a member) is reported with what Fivetran said, POST sent once', async () => {
		const api = emailThenAdd().reply(409, {
			code: 'Conflict',
			message: 'User is already a member of the group',
		});

		const { error } = await addUser();

		expect(error?.message).toContain('User is already a member of the group');
		expect(api.isDone()).toBe(true);
	});
});

describe('Group Add User whose answer was lost: one POST, then the group users are listed', () => {
	const lostThenListed = () =>
		emailThenAdd()
			.reply(...LOST)
			.get('/v1/groups/decent_dropsy/users')
			.query({ limit: '1000' });

	it('the user is a member now: outputs the membership, marked as recovered', async () => {
		const api = lostThenListed().reply(200, success({ items: [{ id: 'x' }, bob] }));

		const { items, error } = await addUser();

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			added: true,
			user_id: 'decent_otter',
			recovered_after_lost_answer: true,
		});
		expect(api.isDone()).toBe(true);
	});

	it('not a member: the error says nothing was added and running again is safe', async () => {
		const api = lostThenListed().reply(200, success({ items: [{ id: 'x', email: 'x@y.z' }] }));

		const { items, error } = await addUser();

		expect(items).toEqual([]);
		expect(error?.message).toBe('The user was not added to the group');
		expect(error?.description).toContain('Running again is safe');
		expect(error?.description).toContain('Request: POST /groups/decent_dropsy/users.');
		expect(api.isDone()).toBe(true);
	});

	it('the listing fails too: the error says the user may have been added and how to check', async () => {
		const api = lostThenListed().reply(403, { code: 'Forbidden', message: 'No access' });

		const { error } = await addUser();

		expect(error?.message).toContain('may have been added');
		expect(error?.description).toContain('Group > Get Users');
		expect(api.isDone()).toBe(true);
	});
});

describe('Group Remove User', () => {
	it('DELETE /v1/groups/{id}/users/{userId} once confirmed, outputs what Fivetran said', async () => {
		const api = fivetran()
			.delete('/v1/groups/decent_dropsy/users/decent_otter')
			.reply(200, { code: 'Success', message: 'User has been removed from the group' });

		const { items, error } = await removeUser();

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			removed: true,
			group_id: 'decent_dropsy',
			user_id: 'decent_otter',
			message: 'User has been removed from the group',
		});
		expect(api.isDone()).toBe(true);
	});

	it('a lost answer is repeated; a 404 on the repeat means removed', async () => {
		const api = fivetran()
			.delete('/v1/groups/decent_dropsy/users/decent_otter')
			.reply(...LOST)
			.delete('/v1/groups/decent_dropsy/users/decent_otter')
			.reply(404, { code: 'NotFound', message: 'User is not a member' });

		const { items, error } = await removeUser();

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ removed: true, user_id: 'decent_otter' });
		expect(api.isDone()).toBe(true);
	});

	it('without confirmation nothing is sent and the error names the switch', async () => {
		const sent = countRequests();

		const { error } = await removeUser({ confirmRemove: false });

		expect(error?.message).toBe('Turn on "Confirm Remove" to run this operation');
		expect(sent()).toBe(0);
	});

	it('needs the safety level Everything; Add User needs Read, Write and Grant Access', async () => {
		const sent = countRequests();

		const removed = await removeUser({}, { safetyLevel: 'readWrite' });
		const added = await runFivetran(
			{ resource: 'group', operation: 'addUser', groupId: rl('g'), userId: rl('u'), role: 'x' },
			{ safetyLevel: 'readWrite' },
		);

		expect(removed.error?.description).toContain('"Everything"');
		expect(added.error?.description).toContain('"Read, Write and Grant Access"');
		expect(sent()).toBe(0);
	});
});
