'use strict';
// Credential cases. n8n has no CLI for "Test credential", so the test is checked in two ways: a
// workflow with a wrong secret must fail with the API's 401 message, and the runner calls the built
// node's credential test (`methods.credentialTest.fivetranApiTest`, what the editor's Test button
// runs) against the sandbox. The runner lends it a small `helpers.request` with the options the test
// uses; n8n's own request helper is exercised by the browser test (npm run test:browser).
const assert = require('node:assert/strict');
const path = require('path');
const { freePort } = require('../../../scripts/lib/process-group');

const NODE_JS = path.join(__dirname, '..', '..', '..', 'dist', 'nodes', 'Fivetran', 'Fivetran.node.js');

// The subset of n8n's legacy request options the credential test passes.
async function request(options) {
	const auth = Buffer.from(`${options.auth.user}:${options.auth.pass}`).toString('base64');
	const res = await fetch(options.uri, {
		method: options.method,
		headers: { ...options.headers, Authorization: `Basic ${auth}` },
		redirect: options.followRedirect === false ? 'manual' : 'follow',
		signal: AbortSignal.timeout(options.timeout),
	}).catch((e) => {
		// n8n's helper rejects with the system error's code on the error itself (fetch nests it).
		throw Object.assign(new Error(e.cause?.message ?? e.message), { code: e.cause?.code ?? e.code });
	});
	const text = await res.text();
	let body = text;
	try {
		body = JSON.parse(text);
	} catch {
		// not JSON: handed on as text
	}
	return { statusCode: res.status, body };
}

async function performCredentialTest(data) {
	delete require.cache[NODE_JS];
	const { Fivetran } = require(NODE_JS);
	const test = new Fivetran().methods.credentialTest.fivetranApiTest;
	return await test.call({ helpers: { request } }, { id: 'e2e', name: 'e2e', type: 'fivetranApi', data });
}

module.exports = [
	{
		name: "credential test: OK against the sandbox, Fivetran's 401 wording for a wrong secret, a clear text for an unreachable Base URL",
		async run(ctx) {
			const good = await performCredentialTest(ctx.credentialData.good);
			assert.equal(good.status, 'OK', good.message);
			assert.equal(ctx.requests('GET', '/v1/account/info'), 1, 'the test called the API once');
			const bad = await performCredentialTest(ctx.credentialData.wrongSecret);
			assert.equal(bad.status, 'Error');
			assert.match(bad.message, /rejected the API key and secret \(401/);
			assert.ok(!bad.message.includes(ctx.credentialData.wrongSecret.apiSecret), 'no secret in the message');
			const closed = `http://127.0.0.1:${await freePort()}/v1`; // nothing listens there
			const offline = await performCredentialTest({ ...ctx.credentialData.good, baseUrl: closed });
			assert.equal(offline.status, 'Error');
			assert.ok(offline.message.startsWith(`Could not connect to ${closed} (connection refused, ECONNREFUSED)`), offline.message);
		},
	},
	{
		name: 'wrong API secret surfaces the 401 message',
		workflow: 'credential-wrong-secret',
		async expect(r, ctx) {
			assert.equal(r.status, 'error');
			const direct = await ctx.api('GET', '/groups', { auth: ctx.credentialData.wrongSecret });
			assert.equal(direct.status, 401);
			const text = `${r.error.message} ${r.error.description || ''}`;
			assert.ok(text.includes(direct.body.message), `error should include "${direct.body.message}", got "${text}"`);
			assert.ok(!text.includes(ctx.credentialData.wrongSecret.apiSecret), 'no secret in the error');
		},
	},
	{
		name: 'safety level readOnly refuses create without calling the API',
		workflow: 'safety-read-only-blocks-create',
		expect(r, ctx) {
			assert.equal(r.status, 'error');
			assert.match(r.error.message, /read.?only|safety/i);
			assert.equal(ctx.requests('POST'), 0, 'no POST reached the API');
		},
	},
	{
		// Issue 19 row 1: the credential has no `authenticate`, so n8n's HTTP Request node (here named
		// with it by hand, as "Predefined Credential Type", which the editor does not offer) signs
		// nothing with it: Fivetran's key never reaches a request the Fivetran nodes did not check.
		name: "n8n's HTTP Request node with the Fivetran credential sends no key: a DELETE of a connector is refused, nothing deleted",
		workflow: 'http-request-fivetran-credential',
		async expect(r, ctx) {
			assert.equal(r.status, 'error', 'the HTTP Request node fails');
			assert.equal(ctx.authenticatedRequests(), 0, 'no request carried the key and secret');
			assert.ok(ctx.requests('DELETE', '/v1/connections/mellow_crane') <= 1, 'at most one unauthenticated try');
			const still = await ctx.api('GET', '/connections/mellow_crane');
			assert.equal(still.status, 200, 'the connector still exists');
			const text = JSON.stringify(r.error ?? {});
			assert.ok(!text.includes(ctx.credentialData.readOnly.apiSecret), 'no secret in the error');
		},
	},
];
