import { createServer } from 'http';
import type { AddressInfo } from 'net';
import type { ICredentialTestFunctions, INodeCredentialTestResult } from 'n8n-workflow';
import { CredentialTestContext } from 'n8n-core';
import nock from 'nock';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';
import { FivetranWebhookTrigger } from '../../../nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node';
import { fivetranApiTest, MESSAGES } from '../../../nodes/shared/credentialTest';
import { setUpEngine } from '../../harness/engine';
import { API_KEY, API_SECRET, BASIC_AUTH, success } from '../fixtures';

// The credential's Test button, through n8n-core's own credential-test context (its legacy request
// helper, as n8n runs it), against nock or a real closed port.

const FIVETRAN_HINT = 'check the Base URL; for Fivetran use https://api.fivetran.com/v1';

async function testWith(data: Record<string, unknown>): Promise<INodeCredentialTestResult> {
	setUpEngine();
	const context = new CredentialTestContext({} as never) as unknown as ICredentialTestFunctions;
	const result = await fivetranApiTest.call(context, {
		id: 'c1',
		name: 'Fivetran',
		type: 'fivetranApi',
		data: { apiKey: API_KEY, apiSecret: API_SECRET, ...data },
	});
	expect(result.message).not.toContain(API_SECRET);
	return result;
}

/** A local port that refuses connections: opened, then closed again. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('Credential test (Fivetran API)', () => {
	it('every node names it in testedBy and offers it; the credential has no declarative test', () => {
		for (const node of [new Fivetran(), new FivetranTrigger(), new FivetranWebhookTrigger()]) {
			expect(node.description.credentials?.[0]).toEqual({
				name: 'fivetranApi',
				required: true,
				testedBy: 'fivetranApiTest',
			});
			expect(node.methods.credentialTest.fivetranApiTest).toBe(fivetranApiTest);
		}
		expect((new FivetranApi() as { test?: unknown }).test).toBeUndefined();
	});

	it('calls GET /v1/account/info with Basic auth; Fivetran\'s "Success" passes', async () => {
		const api = nock('https://api.test')
			.matchHeader('authorization', BASIC_AUTH)
			.matchHeader('accept', 'application/json')
			.get('/v1/account/info')
			.reply(200, success({ account_id: 'acc', account_name: 'Acme' }));

		expect(await testWith({ baseUrl: 'https://api.test/v1' })).toEqual({
			status: 'OK',
			message: MESSAGES.ok,
		});
		expect(api.isDone()).toBe(true);
	});

	it('a Base URL without /v1 is completed, as the node does', async () => {
		const api = nock('https://api.test').get('/v1/account/info').reply(200, success({}));

		expect((await testWith({ baseUrl: 'https://api.test/' })).status).toBe('OK');
		expect(api.isDone()).toBe(true);
	});

	it("keeps Fivetran's 401 text for a wrong key or secret", async () => {
		nock('https://api.test')
			.get('/v1/account/info')
			.reply(401, { code: 'AuthFailed', message: 'Authorization failed' });

		expect(await testWith({ baseUrl: 'https://api.test/v1' })).toEqual({
			status: 'Error',
			message: MESSAGES.rejected,
		});
	});

	it('403 and 404 say what to do', async () => {
		nock('https://api.test').get('/v1/account/info').reply(403, { code: 'Forbidden' });
		expect((await testWith({ baseUrl: 'https://api.test/v1' })).message).toBe(MESSAGES.forbidden);

		nock('https://api.test').get('/v1/account/info').reply(404, 'Not Found');
		expect((await testWith({ baseUrl: 'https://api.test/v1' })).message).toBe(
			`No Fivetran API answered at https://api.test/v1 (404 for GET /account/info): ${FIVETRAN_HINT} (or your proxy's address ending in /v1)`,
		);
	});

	it("an answer that is not Fivetran's (a proxy page with 200) is not a pass", async () => {
		nock('https://api.test').get('/v1/account/info').reply(200, '<html>Welcome</html>');

		expect(await testWith({ baseUrl: 'https://api.test/v1' })).toEqual({
			status: 'Error',
			message: `https://api.test/v1 answered, but not as Fivetran's API does (no "code": "Success" in the answer to GET /account/info): ${FIVETRAN_HINT}`,
		});
	});

	it('a redirect is reported, not followed', async () => {
		const api = nock('https://api.test')
			.get('/v1/account/info')
			.reply(301, '', { Location: 'https://elsewhere.test/v1/account/info' });

		const result = await testWith({ baseUrl: 'https://api.test/v1' });

		expect(result.message).toBe(
			`https://api.test/v1 answered with a redirect (HTTP 301), which Fivetran's API never does, so the key was not sent on: ${FIVETRAN_HINT} (https://, not http://)`,
		);
		expect(api.isDone()).toBe(true);
	});

	it('an unreachable Base URL: what failed, and what to enter (not a bare ECONNREFUSED)', async () => {
		const port = await closedPort();

		expect(await testWith({ baseUrl: `http://127.0.0.1:${port}/v1` })).toEqual({
			status: 'Error',
			message: `Could not connect to http://127.0.0.1:${port}/v1 (connection refused, ECONNREFUSED): ${FIVETRAN_HINT}`,
		});
	});

	it.each(['api.fivetran.com/v1', 'localhost:4010/v1', 'ftp://api.fivetran.com/v1'])(
		'a Base URL without http(s):// (%s) is refused before any request, saying what to enter',
		async (baseUrl) => {
			expect(await testWith({ baseUrl })).toEqual({
				status: 'Error',
				message: `The Base URL "${baseUrl}" is not an http(s) address: enter it with https:// (or http:// for a local sandbox) in front; for Fivetran use https://api.fivetran.com/v1`,
			});
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it.each([
		['http://api.fivetran.com/v1', 'http://api.fivetran.com/v1'],
		['http://10.0.0.5:8080/v1', 'http://10.0.0.5:8080/v1'],
		[`http://user:${API_SECRET}@proxy.test/v1`, 'http://proxy.test/v1'],
	])(
		'an http:// Base URL that is not this machine (%s) is refused before any request: the key would travel in clear text',
		async (baseUrl, shownAs) => {
			const result = await testWith({ baseUrl });

			expect(result).toEqual({
				status: 'Error',
				message: `The Base URL "${shownAs}" starts with http://, which would send the API key and secret in clear text: use https:// (for Fivetran https://api.fivetran.com/v1); http:// is accepted only for a local sandbox (127.0.0.1, localhost or ::1)`,
			});
			expect(result.message).not.toContain(API_SECRET);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it('never shows the key, secret or a user:password in the URL', async () => {
		nock('https://api.test').get('/v1/account/info').reply(502, 'Bad Gateway');

		const result = await testWith({ baseUrl: `https://user:${API_SECRET}@api.test/v1` });

		expect(result.message).toBe(
			'Fivetran answered HTTP 502 at https://api.test/v1: the key could not be checked now; try again in a minute',
		);
	});
});
