import { fakeTime, fivetran, success } from '../../fixtures';
import { probe } from './probe';

const getGroup = { method: 'GET' as const, path: '/groups/g1', maxTries: 2 };

describe("Only Fivetran's real answers count", () => {
	it.each([
		['an empty body', '', 'the body is empty'],
		['an HTML page', '<html>login</html>', 'the body is not JSON'],
		['a JSON array', '[]', 'the body is not a JSON object'],
		['no code', JSON.stringify({ data: { id: 'g1' } }), 'the body has no "code"'],
		[
			'another code',
			JSON.stringify({ code: 'Error', data: {} }),
			'its code is "Error", not Success',
		],
	])('a 200 with %s is an error naming the request, retried for a GET', async (_, body, why) => {
		const time = fakeTime();
		const api = fivetran().get('/v1/groups/g1').times(2).reply(200, body);

		const { error } = await probe(getGroup);

		expect(error?.message).toBe(
			`The answer to GET /groups/g1 is not Fivetran's (HTTP 200: ${why}; 2 tries)`,
		);
		expect(error?.description).toContain('Base URL');
		expect(time.sleeps).toHaveLength(1);
		expect(api.isDone()).toBe(true);
	});

	it('"Created" is a success code too', async () => {
		fivetran()
			.post('/v1/groups')
			.reply(201, { code: 'Created', data: { id: 'g2' } });

		const { value } = await probe(
			{ method: 'POST', path: '/groups', body: { name: 'n' } },
			{ entry: 'data' },
		);

		expect(value).toEqual({ id: 'g2' });
	});

	it('a 204 with no body is no answer for anything but DELETE', async () => {
		fakeTime();
		fivetran().get('/v1/groups/g1').times(2).reply(204);

		const { error } = await probe(getGroup);

		expect(error?.message).toContain('the body is empty');
	});

	it.each([
		['missing', success(undefined, 'done')],
		['null', { code: 'Success', data: null }],
		['an array', { code: 'Success', data: [{ id: 'g1' }] }],
		['a string', { code: 'Success', data: 'g1' }],
	])('fivetranApiRequest fails when data is %s', async (_, body) => {
		fakeTime();
		fivetran().get('/v1/groups/g1').times(2).reply(200, body);

		const { error, value } = await probe(getGroup, { entry: 'data' });

		expect(value).toBeUndefined();
		expect(error?.message).toContain('it has no "data" object');
	});

	it('sendFivetranRequest accepts an answer that carries only a message', async () => {
		fivetran()
			.post('/v1/connections/c1/resync', {})
			.reply(200, success(undefined, 'Re-sync has been triggered'));

		const { value } = await probe({ method: 'POST', path: '/connections/c1/resync', body: {} });

		expect(value).toEqual({ code: 'Success', message: 'Re-sync has been triggered' });
	});
});
