'use strict';
// Credential cases. n8n has no CLI for "Test credential", so the test request is checked in two ways:
// a workflow with a wrong secret must fail with the API's 401 message, and the runner itself performs
// the credential's declared `test.request` against the sandbox (as n8n's editor would) expecting 200.
const assert = require('node:assert/strict');
const path = require('path');

const CREDENTIAL_JS = path.join(__dirname, '..', '..', '..', 'dist', 'credentials', 'FivetranApi.credentials.js');

// The test request's fields may be n8n expressions over $credentials (e.g. the base URL without a
// trailing slash). Plain JS expressions are enough for those; anything fancier fails loudly.
function resolveExpression(value, credentials) {
	if (typeof value !== 'string' || !value.startsWith('=')) return value;
	const body = value.slice(1).replace(/\{\{([\s\S]+?)\}\}/g, (m, expr) => {
		return String(new Function('$credentials', `return (${expr});`)(credentials));
	});
	return body;
}

async function performCredentialTest(credentials) {
	delete require.cache[CREDENTIAL_JS];
	const { FivetranApi } = require(CREDENTIAL_JS);
	const { request } = new FivetranApi().test;
	const base = resolveExpression(request.baseURL || credentials.baseUrl, credentials);
	const url = base.replace(/\/+$/, '') + resolveExpression(request.url, credentials);
	const auth = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64');
	const res = await fetch(url, {
		method: request.method || 'GET',
		headers: { ...(request.headers || {}), Authorization: `Basic ${auth}` },
	});
	return { status: res.status, url, body: await res.json().catch(() => null) };
}

module.exports = [
	{
		name: 'credential test request succeeds against the sandbox (performed by the runner)',
		async run(ctx) {
			const r = await performCredentialTest(ctx.credentialData.good);
			assert.equal(r.status, 200, `GET ${r.url} answered ${r.status}`);
			const bad = await performCredentialTest(ctx.credentialData.wrongSecret);
			assert.equal(bad.status, 401, 'the same test with a wrong secret is refused');
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
];
