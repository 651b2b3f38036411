'use strict';
const { startActiveN8n } = require('./active-n8n');
// What a case's before/expect/run functions get: the sandbox, its request counts since the case
// started, and a direct HTTP client for comparing the node's output with what the API says.

function createCaseContext({ sandbox, credentialData, target, runtime, queue, harness }) {
	const good = credentialData.good;
	return {
		sandbox,
		control: sandbox.control,
		baseUrl: sandbox.baseUrl,
		credentialData,
		target,
		n8nVersion: runtime.version,
		runtime, // where n8n is installed (nodeBin, n8nBin): for cases that start n8n themselves
		queueMode: Boolean(queue),
		harness, // queue mode: start(name) -> execution id, session (REST as the owner), cluster
		// A live n8n with active workflows: `n8n start` alone, or in queue mode a main with workers.
		startActiveN8n: queue ? queue.startActiveN8n : startActiveN8n,
		startCase: () => sandbox.control.resetStats(),
		stats: () => sandbox.control.stats(),
		// Number of /v1 requests since the case started, by method and optional exact path.
		requests(method, path) {
			const { byPath } = sandbox.control.stats();
			let n = 0;
			for (const [key, count] of Object.entries(byPath)) {
				const [m, p] = key.split(' ');
				if ((!method || m === method) && (!path || p === path)) n += count;
			}
			return n;
		},
		// Of those, the requests that carried the sandbox's key and secret.
		authenticatedRequests(method, path) {
			const { authenticatedByPath } = sandbox.control.stats();
			return Object.entries(authenticatedByPath)
				.filter(([key]) => {
					const [m, p] = key.split(' ');
					return (!method || m === method) && (!path || p === path);
				})
				.reduce((n, [, count]) => n + count, 0);
		},
		// Calls the sandbox API directly (path relative to /v1); counts in stats like any request.
		async api(method, path, { auth = good, body } = {}) {
			const headers = {
				Accept: 'application/json',
				Authorization: `Basic ${Buffer.from(`${auth.apiKey}:${auth.apiSecret}`).toString('base64')}`,
			};
			if (body !== undefined) headers['Content-Type'] = 'application/json';
			const res = await fetch(`${sandbox.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
			return { status: res.status, body: await res.json().catch(() => null) };
		},
	};
}

// Syncs and transformation runs take this long unless a case asks otherwise (a reset keeps the last
// duration it was given, so every reset states it).
const SANDBOX_DEFAULTS = { seed: 'demo', generateConnectors: 0, syncDurationMs: 1500, transformationDurationMs: 1500 };

// Every case starts from the same account (demo seed unless the case asks for another).
async function resetSandbox(sandbox, opts = {}) {
	sandbox.control.reset({ ...SANDBOX_DEFAULTS, ...opts });
}

module.exports = { createCaseContext, resetSandbox, SANDBOX_DEFAULTS };
