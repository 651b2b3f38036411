import { isOutcomeUnknown } from '../../../../nodes/shared/transport/nodeErrors';
import { errorText, fakeTime, fivetran, success, API_SECRET } from '../../fixtures';
import { counted, probe, socketError, strayRequests } from './probe';

const createGroup = { method: 'POST' as const, path: '/groups', body: { name: 'Finance' } };
const createConnector = { method: 'POST' as const, path: '/connections', body: { service: 'x' } };
const getGroup = { method: 'GET' as const, path: '/groups/g1' };
const deleteGroup = { method: 'DELETE' as const, path: '/groups/g1' };

function descriptionOf(error: unknown): string {
	return String((error as { description?: string }).description);
}

describe('Writes happen once: a request that may have reached Fivetran is repeated only when repeatable', () => {
	it('a POST answered 502 is sent exactly once, and the error isOutcomeUnknown and says how to check', async () => {
		const time = fakeTime();
		const bad = counted(502, { code: 'BadGateway', message: 'upstream' });
		fivetran().post('/v1/connections', { service: 'x' }).times(3).reply(bad.reply);

		const { thrown, error } = await probe(createConnector);

		expect(bad.hits()).toBe(1);
		expect(time.sleeps).toEqual([]);
		expect(isOutcomeUnknown(thrown)).toBe(true);
		expect(error?.message).toBe(
			'The change may have been applied in Fivetran, but its answer was lost (HTTP 502 BadGateway): upstream',
		);
		expect(descriptionOf(error)).toContain('list the connectors of the group');
		expect(descriptionOf(error)).toContain('Request: POST /connections.');
		expect(error?.httpCode).toBe('502');
	});

	it.each([
		['ECONNRESET', 'read ECONNRESET'],
		['EPIPE', 'write EPIPE'],
		['ECONNABORTED', 'connection aborted'],
		['ETIMEDOUT', 'connect ETIMEDOUT'],
		['ESOCKETTIMEDOUT', 'socket timed out'],
		[undefined, 'socket hang up'],
	])(
		'a POST whose connection is lost (%s) is sent once and isOutcomeUnknown',
		async (code, text) => {
			const time = fakeTime();
			const api = fivetran().post('/v1/groups').once().replyWithError(socketError(code, text));

			const { thrown, error } = await probe(createGroup);

			expect(api.isDone()).toBe(true);
			expect(strayRequests()).toBe(0);
			expect(time.sleeps).toEqual([]);
			expect(isOutcomeUnknown(thrown)).toBe(true);
			expect(error?.message).toContain('may have been applied');
			expect(descriptionOf(error)).toContain('list the groups');
			expect(errorText(error)).not.toContain(API_SECRET);
		},
	);

	it("a POST answered 200 with a body that is not Fivetran's is sent once and isOutcomeUnknown", async () => {
		fakeTime();
		const odd = counted(200, '<html>proxy</html>', { 'Content-Type': 'text/html' });
		fivetran().post('/v1/groups').times(3).reply(odd.reply);

		const { thrown, error } = await probe(createGroup);

		expect(odd.hits()).toBe(1);
		expect(isOutcomeUnknown(thrown)).toBe(true);
		expect(error?.message).toContain("not Fivetran's answer: the body is not JSON");
	});

	it('a PATCH is not repeatable unless declared: 503 is sent once', async () => {
		fakeTime();
		const down = counted(503, { code: 'ServiceUnavailable' });
		fivetran().patch('/v1/groups/g1', { name: 'x' }).times(3).reply(down.reply);

		const { thrown } = await probe({ method: 'PATCH', path: '/groups/g1', body: { name: 'x' } });

		expect(down.hits()).toBe(1);
		expect(isOutcomeUnknown(thrown)).toBe(true);
	});

	it('a POST declared repeatable is retried after 502', async () => {
		fakeTime();
		fivetran()
			.post('/v1/connections/c1/sync', {})
			.reply(502, { code: 'BadGateway' })
			.post('/v1/connections/c1/sync', {})
			.reply(200, success(undefined, 'Sync has been triggered'));

		const { value, error } = await probe({
			method: 'POST',
			path: '/connections/c1/sync',
			body: {},
			repeatable: true,
		});

		expect(error).toBeUndefined();
		expect(value?.message).toBe('Sync has been triggered');
	});

	it('GET 502 then 200 succeeds with 2 requests', async () => {
		const time = fakeTime();
		const api = fivetran()
			.get('/v1/groups/g1')
			.reply(502, { code: 'BadGateway' })
			.get('/v1/groups/g1')
			.reply(200, success({ id: 'g1' }));

		const { value } = await probe(getGroup, { entry: 'data' });

		expect(value).toEqual({ id: 'g1' });
		expect(time.sleeps).toHaveLength(1);
		expect(api.isDone()).toBe(true);
	});
});

describe('Failures that provably never reached Fivetran are retried for any request', () => {
	it('a POST answered 429 is sent again and succeeds', async () => {
		const time = fakeTime();
		const api = fivetran()
			.post('/v1/groups', { name: 'Finance' })
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '3' })
			.post('/v1/groups', { name: 'Finance' })
			.reply(201, { code: 'Created', data: { id: 'g9' } });

		const { value } = await probe(createGroup, { entry: 'data' });

		expect(value).toEqual({ id: 'g9' });
		expect(time.sleeps).toEqual([3000]);
		expect(api.isDone()).toBe(true);
	});

	it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH'])(
		'a POST that failed with %s is sent again and succeeds',
		async (code) => {
			const time = fakeTime();
			const api = fivetran()
				.post('/v1/groups')
				.replyWithError(socketError(code))
				.post('/v1/groups')
				.reply(201, { code: 'Created', data: { id: 'g9' } });

			const { value, error } = await probe(createGroup, { entry: 'data' });

			expect(error).toBeUndefined();
			expect(value).toEqual({ id: 'g9' });
			expect(time.sleeps).toHaveLength(1);
			expect(api.isDone()).toBe(true);
		},
	);
});

describe('DELETE: a 404 on a repeat after a lost answer means deleted', () => {
	it('DELETE 502 then 404 = deleted (success with a message saying so)', async () => {
		fakeTime();
		const api = fivetran()
			.delete('/v1/groups/g1')
			.reply(502, { code: 'BadGateway' })
			.delete('/v1/groups/g1')
			.reply(404, { code: 'NotFound_Group', message: 'Group not found' });

		const { value, error } = await probe({ ...deleteGroup, repeatable: true });

		expect(error).toBeUndefined();
		expect(value?.code).toBe('Success');
		expect(value?.message).toContain('gone');
		expect(api.isDone()).toBe(true);
	});

	it('DELETE 429 then 404 is still "not found": the first try never reached Fivetran', async () => {
		fakeTime();
		fivetran()
			.delete('/v1/groups/g1')
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '1' })
			.delete('/v1/groups/g1')
			.reply(404, { code: 'NotFound_Group', message: 'Group not found' });

		const { error } = await probe({ ...deleteGroup, repeatable: true });

		expect(error?.message).toBe('Not found in Fivetran (404 NotFound_Group): Group not found');
	});

	it('DELETE answered 404 on its first try is an error', async () => {
		fivetran().delete('/v1/groups/g1').reply(404, { code: 'NotFound_Group' });

		const { error } = await probe({ ...deleteGroup, repeatable: true });

		expect(error?.httpCode).toBe('404');
	});

	it('a DELETE answered 204 with no body is a success', async () => {
		fivetran().delete('/v1/groups/g1').reply(204);

		const { value, error } = await probe(deleteGroup);

		expect(error).toBeUndefined();
		expect(value?.code).toBe('Success');
	});
});
