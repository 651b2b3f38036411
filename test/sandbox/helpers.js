'use strict';
// Shared helpers for the sandbox jest suites.
const { startSandbox } = require('../../sandbox');

const AUTH = `Basic ${Buffer.from('sandbox-key:sandbox-secret').toString('base64')}`;

function client(sandbox) {
	async function call(method, path, body, { auth = AUTH, headers = {}, raw } = {}) {
		const init = { method, headers: { Accept: 'application/json', ...headers } };
		if (auth) init.headers.Authorization = auth;
		if (raw !== undefined) {
			init.body = raw;
			init.headers['Content-Type'] ??= 'application/json';
		} else if (body !== undefined) {
			init.body = JSON.stringify(body);
			init.headers['Content-Type'] = 'application/json';
		}
		const base = path.startsWith('/_sandbox') ? sandbox.url : sandbox.baseUrl;
		const res = await fetch(base + path, init);
		const text = await res.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: res.status, headers: res.headers, text, body: json };
	}
	return {
		call,
		get: (p, o) => call('GET', p, undefined, o),
		post: (p, b, o) => call('POST', p, b, o),
		patch: (p, b, o) => call('PATCH', p, b, o),
		del: (p, o) => call('DELETE', p, undefined, o),
	};
}

async function start(options = {}) {
	const sandbox = await startSandbox({ port: 0, quiet: true, ...options });
	return { sandbox, api: client(sandbox) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Resolves once `condition()` holds, checked every 10 ms; jest's testTimeout guards against a hang. */
async function until(condition) {
	while (!condition()) await sleep(10);
}

module.exports = { start, sleep, until, AUTH };
