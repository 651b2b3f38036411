import { fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { countRequests } from '../webhook/helpers';
import { LOST } from '../lostAnswer';
import { alice } from './users';

describe('User Update Role', () => {
	it('PATCH /v1/users/{id} with only the role; outputs the user', async () => {
		const api = fivetran()
			.patch('/v1/users/decent_otter', { role: 'Account Administrator' })
			.reply(200, success({ ...alice, role: 'Account Administrator' }));

		const { items, error } = await runFivetran({
			resource: 'user',
			operation: 'updateRole',
			userId: rl('decent_otter'),
			accountRole: 'Account Administrator',
		});

		expect(error).toBeUndefined();
		expect(items[0].json.role).toBe('Account Administrator');
		expect(api.isDone()).toBe(true);
	});

	it('is repeated after a lost answer: setting a role twice sets it once', async () => {
		fakeTime();
		const api = fivetran()
			.patch('/v1/users/u1', { role: 'Account Analyst' })
			.reply(...LOST)
			.patch('/v1/users/u1', { role: 'Account Analyst' })
			.reply(200, success({ id: 'u1', role: 'Account Analyst' }));

		const { items, error } = await runFivetran({
			resource: 'user',
			operation: 'updateRole',
			userId: rl('u1'),
			accountRole: 'Account Analyst',
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({ id: 'u1', role: 'Account Analyst' });
		expect(api.isDone()).toBe(true);
	});

	it('an empty role from an expression is refused before any request', async () => {
		const sent = countRequests();

		const { error } = await runFivetran({
			resource: 'user',
			operation: 'updateRole',
			userId: rl('u1'),
			accountRole: '={{ "  " }}',
		});

		expect(error?.message).toBe('The parameter "Account Role" is empty');
		expect(sent()).toBe(0);
	});
});

describe('User Delete', () => {
	it('DELETE /v1/users/{id} once confirmed, outputs what Fivetran said', async () => {
		const api = fivetran()
			.delete('/v1/users/decent_otter')
			.reply(200, { code: 'Success', message: "User with id 'decent_otter' has been deleted" });

		const { items, error } = await runFivetran({
			resource: 'user',
			operation: 'delete',
			userId: rl('decent_otter'),
			confirmDelete: true,
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			deleted: true,
			id: 'decent_otter',
			message: "User with id 'decent_otter' has been deleted",
		});
		expect(api.isDone()).toBe(true);
	});

	it('without confirmation nothing is sent and the error names the switch', async () => {
		const sent = countRequests();

		const { error } = await runFivetran({
			resource: 'user',
			operation: 'delete',
			userId: rl('u1'),
			confirmDelete: false,
		});

		expect(error?.message).toBe('Turn on "Confirm Delete" to run this operation');
		expect(sent()).toBe(0);
	});

	it('needs the safety level Everything', async () => {
		const sent = countRequests();

		const { error } = await runFivetran(
			{ resource: 'user', operation: 'delete', userId: rl('u1'), confirmDelete: true },
			{ safetyLevel: 'readWrite' },
		);

		expect(error?.description).toContain('"Everything"');
		expect(sent()).toBe(0);
	});
});
