'use strict';
// The few calls of n8n's internal REST API (/rest, what the editor uses) that trigger cases need:
// set up the owner (which also logs in), run a workflow manually as the editor's buttons do, and
// read executions. Same shapes in 1.123.x and 2.40.7 for these calls.

// The editor sends a browser id with every call and n8n ties the login cookie to it.
const BROWSER_ID = 'n8n-fivetran-e2e-browser';
const OWNER = {
	email: 'e2e-owner@example.com',
	firstName: 'E2E',
	lastName: 'Owner',
	password: 'E2e-only-passw0rd', // throw-away instance; n8n requires a digit and an upper-case letter
};

// Execution data is stored in the "flatted" format: a JSON array whose first entry is the root;
// inside arrays and objects, a string is the index of the entry holding the value.
function parseFlatted(text) {
	const table = JSON.parse(text);
	const built = new Map();
	const at = (index) => {
		if (built.has(index)) return built.get(index);
		const raw = table[index];
		if (raw === null || typeof raw !== 'object') return raw;
		const value = Array.isArray(raw) ? [] : {};
		built.set(index, value);
		for (const key of Object.keys(raw)) {
			value[key] = typeof raw[key] === 'string' ? at(Number(raw[key])) : raw[key];
		}
		return value;
	};
	return at(0);
}

async function call(baseUrl, method, path, { body, cookie } = {}) {
	const headers = { Accept: 'application/json', 'browser-id': BROWSER_ID };
	if (cookie) headers.Cookie = cookie;
	if (body !== undefined) headers['Content-Type'] = 'application/json';
	const res = await fetch(`${baseUrl}/rest${path}`, {
		method,
		headers,
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`n8n ${method} /rest${path} answered ${res.status}: ${text.slice(0, 500)}`);
	return { res, data: text ? JSON.parse(text).data : undefined };
}

/**
 * Creates the instance owner (a fresh n8n has none), or logs in as that owner when it exists (a
 * restarted n8n, a second session), and returns calls made as that user.
 */
async function ownerSession(baseUrl) {
	const { res } = await call(baseUrl, 'POST', '/owner/setup', { body: OWNER }).catch(
		async () => await call(baseUrl, 'POST', '/login', { body: { emailOrLdapLoginId: OWNER.email, password: OWNER.password } }),
	);
	const auth = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('n8n-auth='));
	if (!auth) throw new Error('n8n owner setup returned no n8n-auth cookie');
	const as = (method) => async (path, body) => (await call(baseUrl, method, path, { body, cookie: auth })).data;
	return { get: as('GET'), post: as('POST'), patch: as('PATCH') };
}

const FINISHED = new Set(['success', 'error', 'crashed', 'canceled']);

/**
 * ownerSession, retried for a while: right after /healthz answers, under load, n8n may still refuse
 * connections or lack its REST routes for a moment.
 */
async function ownerSessionWhenReady(baseUrl, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await ownerSession(baseUrl);
		} catch (e) {
			if (Date.now() > until) throw e;
			await new Promise((r) => setTimeout(r, 1000));
		}
	}
}

/** One execution with its run data parsed; waits until it has finished. */
async function readExecution(session, id, timeoutMs = 60000) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const execution = await session.get(`/executions/${id}`);
		if (FINISHED.has(execution.status)) {
			const data = typeof execution.data === 'string' ? parseFlatted(execution.data) : execution.data;
			return { ...execution, data, runData: data?.resultData?.runData ?? {}, error: data?.resultData?.error ?? null };
		}
		if (Date.now() > until) throw new Error(`execution ${id} still ${execution.status} after ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

/**
 * The editor's "Fetch Test Event" on a trigger node: a manual run of that node alone.
 * 1.x takes the workflow from the request body, 2.x from its database (and ignores the body's copy).
 */
async function fetchTestEvent(session, workflowId, triggerName) {
	const workflowData = await session.get(`/workflows/${workflowId}`);
	const started = await session.post(`/workflows/${workflowId}/run`, {
		workflowData,
		triggerToStartFrom: { name: triggerName },
		destinationNode: { nodeName: triggerName, mode: 'inclusive' },
	});
	if (!started || !started.executionId) throw new Error(`manual run did not start: ${JSON.stringify(started)}`);
	const execution = await readExecution(session, started.executionId);
	const runs = execution.runData[triggerName] || [];
	const items = runs.length ? ((runs[0].data?.main ?? [])[0] ?? []).map((i) => i.json) : [];
	return { execution, items, ranNodes: Object.keys(execution.runData) };
}

/** Executions of one workflow (newest first), without their data. */
async function listExecutions(session, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const page = await session.get(`/executions?filter=${filter}&limit=100`);
	return page.results;
}

module.exports = { ownerSession, ownerSessionWhenReady, fetchTestEvent, listExecutions, readExecution, parseFlatted };
