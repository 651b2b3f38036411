import nock from 'nock';

import { API_SECRET, BASIC_AUTH, errorText, fakeTime, fivetran, success } from '../../fixtures';
import { probe, socketError, strayRequests } from './probe';

const OTHER_ORIGIN = 'https://elsewhere.test';
const getGroup = { method: 'GET' as const, path: '/groups/g1' };

describe('Credentials stay with the Base URL: no redirect is followed', () => {
	it.each([301, 302, 303, 307, 308])(
		'a %i to another origin sends nothing there and names only its origin',
		async (status) => {
			const time = fakeTime();
			const elsewhere = nock(OTHER_ORIGIN)
				.get(/.*/)
				.reply(200, success({ id: 'stolen' }));
			fivetran()
				.get('/v1/groups/g1')
				.once()
				.reply(status, 'moved', { Location: `${OTHER_ORIGIN}/collect?token=abc123` });

			const { error, value } = await probe(getGroup);

			expect(elsewhere.isDone()).toBe(false);
			expect(value).toBeUndefined();
			expect(error?.message).toBe(
				`The Base URL answered with a redirect (HTTP ${status} to ${OTHER_ORIGIN}), which was not followed`,
			);
			expect(error?.description).toContain('Base URL in the credential is probably wrong');
			expect(error?.description).toContain('http:// instead of https://');
			expect(errorText(error)).not.toContain('token=abc123');
			expect(errorText(error)).not.toContain(API_SECRET);
			expect(errorText(error)).not.toContain(BASIC_AUTH.slice(6));
			expect(time.sleeps).toEqual([]);
		},
	);

	it('a POST redirected is not sent on either', async () => {
		const elsewhere = nock(OTHER_ORIGIN).post(/.*/).reply(201, { code: 'Created', data: {} });
		fivetran()
			.post('/v1/groups')
			.reply(307, '', { Location: `${OTHER_ORIGIN}/v1/groups` });

		const { error } = await probe({ method: 'POST', path: '/groups', body: { name: 'n' } });

		expect(elsewhere.isDone()).toBe(false);
		expect(error?.httpCode).toBe('307');
	});

	it('a relative Location is named by the Base URL origin', async () => {
		fivetran().get('/v1/groups/g1').reply(302, '', { Location: '/login?next=/v1' });

		const { error } = await probe(getGroup);

		expect(error?.message).toContain('to https://api.test)');
		expect(errorText(error)).not.toContain('next=');
	});
});

describe('Only network failures are retried; setup problems fail at once and say what to fix', () => {
	it.each(['not a url', 'ftp://api.test/v1', 'file:///etc/passwd'])(
		'Base URL %p: no request, an error about the Base URL',
		async (baseUrl) => {
			const time = fakeTime();

			const { error } = await probe(getGroup, { baseUrl });

			expect(error?.message).toBe(
				'The Base URL in the Fivetran credential is not a valid http(s) address (ERR_INVALID_URL)',
			);
			expect(error?.description).toContain('https://api.fivetran.com/v1');
			expect(errorText(error)).not.toContain(baseUrl);
			expect(strayRequests()).toBe(0);
			expect(time.sleeps).toEqual([]);
		},
	);

	it.each(['http://api.fivetran.com/v1', 'http://api.test/v1', 'HTTP://192.168.1.20/v1'])(
		'Base URL %p: http:// to another machine sends nothing (the key would travel in clear text)',
		async (baseUrl) => {
			const time = fakeTime();
			const plain = nock(baseUrl.replace(/\/v1$/, '')).get(/.*/).reply(200, {});

			const { error } = await probe(getGroup, { baseUrl });

			expect(error?.message).toBe(
				'The Base URL in the Fivetran credential starts with http:// (ERR_CLEARTEXT_BASE_URL)',
			);
			expect(error?.description).toContain('clear text');
			expect(error?.description).toContain('https://api.fivetran.com/v1');
			expect(error?.description).toContain('local sandbox (127.0.0.1, localhost or ::1)');
			expect(plain.isDone()).toBe(false);
			expect(strayRequests()).toBe(0);
			expect(time.sleeps).toEqual([]);
			nock.cleanAll();
		},
	);

	it('ERR_INVALID_URL from the HTTP helper fails with 0 retries', async () => {
		const time = fakeTime();
		const api = fivetran()
			.get('/v1/groups/g1')
			.once()
			.replyWithError(socketError('ERR_INVALID_URL', 'Invalid URL'));

		const { error } = await probe(getGroup);

		expect(api.isDone()).toBe(true);
		expect(time.sleeps).toEqual([]);
		expect(error?.message).toContain('Base URL');
	});

	it.each([
		'CERT_HAS_EXPIRED',
		'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
		'DEPTH_ZERO_SELF_SIGNED_CERT',
		'SELF_SIGNED_CERT_IN_CHAIN',
		'ERR_TLS_CERT_ALTNAME_INVALID',
	])('%s fails at once and points at the certificate', async (code) => {
		const time = fakeTime();
		fivetran().get('/v1/groups/g1').once().replyWithError(socketError(code));

		const { error } = await probe(getGroup);

		expect(error?.message).toBe(
			`Could not make a trusted TLS connection to the Base URL (${code})`,
		);
		expect(error?.description).toContain('certificate');
		expect(time.sleeps).toEqual([]);
		expect(strayRequests()).toBe(0);
	});

	it('too many redirects fails at once and points at the Base URL', async () => {
		const time = fakeTime();
		fivetran().get('/v1/groups/g1').once().replyWithError(socketError('ERR_FR_TOO_MANY_REDIRECTS'));

		const { error } = await probe(getGroup);

		expect(error?.message).toContain('redirects');
		expect(error?.description).toContain('Base URL');
		expect(time.sleeps).toEqual([]);
	});

	it('an error without a code is not retried and still names the request', async () => {
		const time = fakeTime();
		fivetran().get('/v1/groups/g1').once().replyWithError('boom');

		const { error } = await probe(getGroup);

		expect(error?.message).toBe('Could not send the request to Fivetran (boom)');
		expect(error?.description).toContain('Request: GET /groups/g1.');
		expect(time.sleeps).toEqual([]);
	});
});
