import { createServer } from 'node:net';

import {
	API_SECRET,
	credentialsFor,
	errorText,
	fakeTime,
	fivetran,
	rl,
	runFivetran,
	success,
} from '../../fixtures';
import { probe } from './probe';

/** A local port nothing listens on: a real connection refusal, without leaving the machine. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

const getGroup = { resource: 'group', operation: 'get', groupId: rl('g1') };
const withTries = (maxTries: number) => ({ ...getGroup, requestOptions: { maxTries } });

function descriptionOf(error: unknown): string {
	return String((error as { description?: string }).description);
}

describe('Error translation: what Fivetran said, the status, and what to do next', () => {
	it('401: names the credential fields to check, not their values', async () => {
		const api = fivetran()
			.get('/v1/groups/g1')
			.once()
			.reply(401, { code: 'AuthFailed', message: 'Missing or invalid API key or secret' });

		const { error } = await runFivetran(getGroup);

		expect(error?.message).toBe(
			'Fivetran rejected the credentials (401 AuthFailed): Missing or invalid API key or secret',
		);
		expect(descriptionOf(error)).toContain('Check the API key and API secret');
		expect(errorText(error)).not.toContain(API_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('403: says the role lacks permission', async () => {
		fivetran().get('/v1/groups/g1').reply(403, { code: 'Forbidden', message: 'No permission' });

		const { error } = await runFivetran(getGroup);

		expect(error?.message).toBe('Fivetran denied permission (403 Forbidden): No permission');
		expect(descriptionOf(error)).toContain('role');
	});

	it('400: shows the field Fivetran complains about', async () => {
		fivetran()
			.post('/v1/groups')
			.reply(400, { code: 'InvalidInput', message: "Field 'name' is invalid" });

		const { error } = await runFivetran({ resource: 'group', operation: 'create', name: 'x' });

		expect(error?.message).toBe(
			"Fivetran refused the request (400 InvalidInput): Field 'name' is invalid",
		);
	});

	it('an unexpected status is still reported with its number', async () => {
		fivetran()
			.get('/v1/groups/g1')
			.reply(406, { code: 'NotAcceptable', message: 'Unsupported Accept header' });

		const { error } = await runFivetran(getGroup);

		expect(error?.message).toBe(
			'Fivetran answered with an unexpected status (406 NotAcceptable): Unsupported Accept header',
		);
	});

	it('malformed JSON on a 200 is an error that names the request and points at the Base URL', async () => {
		fakeTime();
		const api = fivetran().get('/v1/groups/g1').twice().reply(200, '<html>proxy login</html>', {
			'Content-Type': 'text/html',
		});

		const { error } = await runFivetran(withTries(2));

		expect(error?.message).toBe(
			"The answer to GET /groups/g1 is not Fivetran's (HTTP 200: the body is not JSON; 2 tries)",
		);
		expect(descriptionOf(error)).toContain('Base URL');
		expect(api.isDone()).toBe(true);
	});

	it('one try is "1 try"', async () => {
		fivetran().get('/v1/groups/g1').once().reply(503, { code: 'ServiceUnavailable' });

		const { error } = await runFivetran(withTries(1));

		expect(error?.message).toBe('Fivetran is unavailable after 1 try (503 ServiceUnavailable)');
	});

	it('a 10,000-character ID is cut to about 64 characters wherever the error echoes it', async () => {
		const longId = 'a'.repeat(10_000);
		fivetran()
			.get(`/v1/connections/${longId}`)
			.reply(404, { code: 'NotFound_Connection', message: `Connection ${longId} not found` });

		const { error } = await probe({ method: 'GET', path: `/connections/${longId}` });

		expect(errorText(error)).not.toContain('a'.repeat(65));
		expect(descriptionOf(error)).toContain(`connector "${'a'.repeat(63)}…"`);
		expect(descriptionOf(error)).toContain(`Request: GET /connections/${'a'.repeat(63)}…`);
		expect(error?.message).toContain(`Connection ${'a'.repeat(63)}… not found`);
	});
});

describe('Retries', () => {
	it('429 with Retry-After in seconds waits that long, then succeeds', async () => {
		const time = fakeTime();
		fivetran()
			.get('/v1/groups/g1')
			.reply(429, { code: 'TooManyRequests', message: 'Slow down' }, { 'Retry-After': '7' })
			.get('/v1/groups/g1')
			.reply(200, success({ id: 'g1' }));

		const { items, error } = await runFivetran(getGroup);

		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('g1');
		expect(time.sleeps).toEqual([7000]);
	});

	it('429 with Retry-After as an HTTP date waits until then', async () => {
		const time = fakeTime(Date.parse('2026-01-01T00:00:00Z'));
		fivetran()
			.get('/v1/groups/g1')
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': 'Thu, 01 Jan 2026 00:00:12 GMT' })
			.get('/v1/groups/g1')
			.reply(200, success({ id: 'g1' }));

		await runFivetran(getGroup);

		expect(time.sleeps).toEqual([12000]);
	});

	it('429 without Retry-After waits a default of 10 s per try, then reports the tries', async () => {
		const time = fakeTime();
		const api = fivetran()
			.get('/v1/groups/g1')
			.times(3)
			.reply(429, { code: 'TooManyRequests', message: 'Rate limit exceeded' });

		const { error } = await runFivetran(withTries(3));

		expect(time.sleeps).toEqual([10000, 10000]);
		expect(error?.message).toBe(
			'Fivetran rate limit reached after 3 tries (429 TooManyRequests): Rate limit exceeded',
		);
		expect(descriptionOf(error)).toContain('Max Tries');
		expect(api.isDone()).toBe(true);
	});

	it('429 asking for more than two minutes fails at once and says how long to wait', async () => {
		const time = fakeTime();
		fivetran()
			.get('/v1/groups/g1')
			.once()
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '3600' });

		const { error } = await runFivetran(getGroup);

		expect(time.sleeps).toEqual([]);
		expect(descriptionOf(error)).toContain('Fivetran asked to wait 3600 s');
	});

	it('500 then success: retried after a backoff', async () => {
		const time = fakeTime();
		fivetran()
			.get('/v1/groups/g1')
			.reply(500, { code: 'InternalError', message: 'Oops' })
			.get('/v1/groups/g1')
			.reply(200, success({ id: 'g1' }));

		const { items } = await runFivetran(getGroup);

		expect(items[0].json.id).toBe('g1');
		expect(time.sleeps).toHaveLength(1);
		expect(time.sleeps[0]).toBeGreaterThanOrEqual(500);
		expect(time.sleeps[0]).toBeLessThanOrEqual(1000);
	});

	it('500 forever: exponential backoff with jitter, then Fivetran unavailable after N tries', async () => {
		const time = fakeTime();
		const api = fivetran()
			.get('/v1/groups/g1')
			.times(5)
			.reply(503, { code: 'ServiceUnavailable', message: 'Down' });

		const { error } = await runFivetran(getGroup);

		expect(error?.message).toBe(
			'Fivetran is unavailable after 5 tries (503 ServiceUnavailable): Down',
		);
		expect(time.sleeps).toHaveLength(4);
		time.sleeps.forEach((ms, i) => {
			const ceiling = 1000 * 2 ** i;
			expect(ms).toBeGreaterThanOrEqual(ceiling / 2);
			expect(ms).toBeLessThanOrEqual(ceiling);
		});
		expect(api.isDone()).toBe(true);
	});

	it('a network error is retried, then reported with its code and a hint about the Base URL', async () => {
		const time = fakeTime();
		const closedPort = await freePort();

		const { error } = await runFivetran(withTries(2), {
			credentials: {
				fivetranApi: {
					...credentialsFor()!.fivetranApi,
					baseUrl: `http://127.0.0.1:${closedPort}/v1`,
				},
			},
		});

		expect(error?.message).toBe('Could not reach Fivetran after 2 tries (ECONNREFUSED)');
		expect(descriptionOf(error)).toContain('Base URL');
		expect(time.sleeps).toHaveLength(1);
		expect(errorText(error)).not.toContain(API_SECRET);
	});

	it('4xx other than 429 is never retried', async () => {
		const time = fakeTime();
		const api = fivetran()
			.get('/v1/groups/g1')
			.once()
			.reply(404, { code: 'NotFound_Group', message: 'nope' });

		await runFivetran(getGroup);

		expect(time.sleeps).toEqual([]);
		expect(api.isDone()).toBe(true);
	});
});

describe('Secrets never appear in what a user sees', () => {
	it.each([401, 404, 429, 500])('HTTP %i: the API secret is in no error text', async (status) => {
		fakeTime();
		fivetran().get('/v1/groups/g1').times(5).reply(status, { code: 'X', message: 'failure' });

		const { error } = await runFivetran(getGroup);

		expect(error).toBeDefined();
		expect(errorText(error)).not.toContain(API_SECRET);
		expect(errorText(error)).not.toContain(
			Buffer.from(`key-visible:${API_SECRET}`).toString('base64'),
		);
	});
});
