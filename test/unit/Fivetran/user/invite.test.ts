import type { INodeParameters } from 'n8n-workflow';

import { fakeTime, fivetran, runFivetran, success } from '../../fixtures';
import { countRequests } from '../webhook/helpers';
import { expectRecovered, LOST } from '../lostAnswer';
import { alice } from './users';

const invite = (parameters: INodeParameters = {}) =>
	runFivetran({
		resource: 'user',
		operation: 'invite',
		email: 'alice@example.com',
		givenName: 'Alice',
		familyName: 'Archer',
		accountRole: 'Account Reviewer',
		...parameters,
	});

const body = {
	email: 'alice@example.com',
	given_name: 'Alice',
	family_name: 'Archer',
	role: 'Account Reviewer',
};

describe('User Invite', () => {
	it('POST /v1/users with email, names and role; outputs the new user', async () => {
		const api = fivetran().post('/v1/users', body).reply(201, { code: 'Success', data: alice });

		const { items, error } = await invite({ email: ' alice@example.com ' });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([alice]);
		expect(api.isDone()).toBe(true);
	});

	it('sends phone and picture only when added, and a custom role from an expression', async () => {
		const api = fivetran()
			.post('/v1/users', {
				...body,
				role: 'Billing Viewer',
				phone: '+1234567890',
				picture: 'https://example.com/a.png',
			})
			.reply(201, { code: 'Success', data: alice });

		const { error } = await invite({
			accountRole: '={{ "Billing Viewer" }}',
			additionalFields: { phone: '+1234567890', picture: 'https://example.com/a.png' },
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it.each([
		[
			'an address without @',
			{ email: 'alice.example.com' },
			'The parameter "Email" is not an email address',
		],
		[
			'two addresses',
			{ email: 'a@x.com, b@y.com' },
			'The parameter "Email" is not an email address',
		],
		['an empty email', { email: '={{ "" }}' }, 'The parameter "Email" is empty'],
		[
			// The old pattern backtracked on this shape: 100 KB blocked the event loop for seconds.
			'a 100 KB address (dots, then a space)',
			{ email: `a@${'a.'.repeat(50_000)} x` },
			'The parameter "Email" is too long to be an email address (100004 characters, at most 254)',
		],
		[
			'an address one character over 254, refused by length alone',
			{ email: `${'a'.repeat(243)}@example.com` },
			'The parameter "Email" is too long to be an email address (255 characters, at most 254)',
		],
		['a dot only at the end of the domain', { email: 'a@example.' }, 'is not an email address'],
		['a dot only at the start of the domain', { email: 'a@.com' }, 'is not an email address'],
		['two @', { email: 'a@b@example.com' }, 'is not an email address'],
		['no first name', { givenName: ' ' }, 'The parameter "First Name" is empty'],
		['no last name', { familyName: '={{ "" }}' }, 'The parameter "Last Name" is empty'],
		['an empty role', { accountRole: '={{ "" }}' }, 'The parameter "Account Role" is empty'],
	])('%s is refused before any request', async (_name, parameters, message) => {
		const sent = countRequests();

		const { items, error } = await invite(parameters);

		expect(items).toEqual([]);
		expect(error?.message).toContain(message);
		expect(sent()).toBe(0);
	});

	it('an address of exactly 254 characters is sent', async () => {
		const email = `${'a'.repeat(242)}@example.com`;
		const api = fivetran()
			.post('/v1/users', (body) => body.email === email)
			.reply(201, success({ ...alice, email }));

		const { error } = await invite({ email });

		expect(email).toHaveLength(254);
		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a Read Only credential may not invite: nothing is sent', async () => {
		const sent = countRequests();

		const { error } = await runFivetran(
			{
				resource: 'user',
				operation: 'invite',
				email: 'a@b.co',
				givenName: 'A',
				familyName: 'B',
				accountRole: 'Account Reviewer',
			},
			{ safetyLevel: 'readOnly' },
		);

		expect(error?.message).toContain('safety level does not allow');
		expect(sent()).toBe(0);
	});
});

describe('User Invite whose answer was lost: one POST, then a look-up by email', () => {
	beforeEach(() => fakeTime());

	const lostThenListed = () =>
		fivetran()
			.post('/v1/users', body)
			.reply(...LOST)
			.get('/v1/users')
			.query({ limit: '1000' });

	it('found (email compared without case): outputs that user, marked as recovered', async () => {
		const found = { ...alice, email: 'Alice@Example.com' };
		const api = lostThenListed().reply(
			200,
			success({ items: [{ id: 'x', email: 'bob@example.com' }, found] }),
		);

		expectRecovered(await invite(), found);
		expect(api.isDone()).toBe(true);
	});

	it('not there: the error says the user was not invited and running again is safe', async () => {
		const api = lostThenListed().reply(
			200,
			success({ items: [{ id: 'x', email: 'bob@example.com' }] }),
		);

		const { items, error } = await invite();

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'The user "alice@example.com" was not created: the account has no user with the email "alice@example.com"',
		);
		expect(error?.description).toContain('running again is safe');
		expect(api.isDone()).toBe(true);
	});

	it('the look-up fails too: the error says the user may exist and how to check', async () => {
		const api = lostThenListed().reply(403, { code: 'Forbidden', message: 'No access' });

		const { error } = await invite();

		expect(error?.message).toContain('may have been created');
		expect(error?.description).toContain('User > Get Many');
		expect(api.isDone()).toBe(true);
	});
});
