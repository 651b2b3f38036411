'use strict';
// Fault proxy: an HTTP proxy on 127.0.0.1 in front of the sandbox that lets a test decide, request by
// request, what the client gets back (see README.md in this folder). Plain Node, no dependencies.
const http = require('node:http');
const crypto = require('node:crypto');

const HOST = '127.0.0.1';
const CHURN_PREFIX = 'churn_';

function listen(server) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, HOST, () => {
			server.off('error', reject);
			resolve(`http://${HOST}:${server.address().port}`);
		});
	});
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function parseJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function send(res, status, body, headers = {}) {
	const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json;charset=UTF-8',
		'Content-Length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

/** Forwards one request to the target and resolves with its whole answer (never streams). */
function forward(target, method, pathWithQuery, headers, body) {
	return new Promise((resolve, reject) => {
		const outgoing = http.request(
			new URL(pathWithQuery, target),
			{ method, headers: { ...headers, host: new URL(target).host, 'content-length': body.length } },
			(answer) => {
				readBody(answer).then(
					(raw) => resolve({ status: answer.statusCode, headers: answer.headers, raw }),
					reject,
				);
			},
		);
		outgoing.on('error', reject);
		outgoing.end(body);
	});
}

function relay(res, answer) {
	const headers = { ...answer.headers };
	delete headers['transfer-encoding'];
	headers['content-length'] = answer.raw.length;
	res.writeHead(answer.status, headers);
	res.end(answer.raw);
}

/** Rewrites the JSON envelope of a forwarded answer; non-JSON answers pass unchanged. */
function relayRewritten(res, answer, rewrite, status = answer.status) {
	const envelope = parseJson(answer.raw.toString('utf8'));
	if (envelope === undefined) return relay(res, answer);
	rewrite(envelope);
	send(res, status, envelope);
}

const ODD_ANSWERS = {
	oddEmpty: () => ({ status: 200, body: '' }),
	oddHtml: () => ({
		status: 200,
		body: '<html><body><h1>Service temporarily unavailable</h1></body></html>',
		headers: { 'Content-Type': 'text/html' },
	}),
	oddNoItems: () => ({ status: 200, body: { code: 'Success', data: {} } }),
	oddDataNull: () => ({ status: 200, body: { code: 'Success', data: null } }),
};

/** A short, stable name of an action for the request log. */
function describe(action) {
	if (action === undefined || action === 'pass') return 'pass';
	if (typeof action === 'string') return action;
	if (action.redirect) return `redirect ${action.status ?? 302}`;
	if (action.delayMs !== undefined) return `delay ${action.delayMs}ms`;
	if (action.status !== undefined) return `status ${action.status}`;
	return 'custom';
}

/**
 * Starts the proxy. `setRule(fn)`: fn(req) -> action | undefined for each request, where req is
 * { method, path, query, body, n } and n counts requests with the same method and path (1-based).
 */
async function startFaultProxy({ target }) {
	if (!target) throw new Error('startFaultProxy needs { target: sandbox.url }');
	let rule = () => undefined;
	const counts = new Map();
	const requests = [];
	const timers = new Set();

	const later = (ms) =>
		new Promise((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});

	async function perform(action, ctx) {
		const { req, res, url, raw } = ctx;
		const pass = (pathWithQuery = url.pathname + url.search) =>
			forward(target, req.method, pathWithQuery, req.headers, raw);

		if (action === undefined || action === 'pass') return relay(res, await pass());
		if (action === 'reset') return req.socket.destroy();
		if (action === 'hang') return undefined; // close() ends the socket
		if (action === 'applyThenReset') {
			await pass();
			return req.socket.destroy();
		}
		if (action === 'applyThen502') {
			await pass();
			return send(res, 502, '<html><body>502 Bad Gateway</body></html>', {
				'Content-Type': 'text/html',
			});
		}
		if (ODD_ANSWERS[action]) {
			const odd = ODD_ANSWERS[action]();
			return send(res, odd.status, odd.body, odd.headers);
		}
		if (action === 'oddCode') {
			return relayRewritten(res, await pass(), (envelope) => {
				envelope.code = 'Error';
				envelope.message = 'Odd answer injected by the fault proxy';
			}, 200);
		}
		if (action === 'dropCursor') {
			const dropped = new URL(url);
			dropped.searchParams.delete('cursor');
			return relay(res, await pass(dropped.pathname + dropped.search));
		}
		if (action === 'churnCursor') {
			// Cursors we invented mean nothing to the sandbox: it serves the first page again.
			const churned = new URL(url);
			if (churned.searchParams.get('cursor')?.startsWith(CHURN_PREFIX)) {
				churned.searchParams.delete('cursor');
			}
			return relayRewritten(res, await pass(churned.pathname + churned.search), (envelope) => {
				if (envelope.data && typeof envelope.data === 'object') {
					envelope.data.next_cursor = CHURN_PREFIX + crypto.randomBytes(6).toString('hex');
				}
			});
		}
		if (typeof action === 'object' && action.redirect) {
			return send(res, action.status ?? 302, '', { Location: action.redirect });
		}
		if (typeof action === 'object' && action.delayMs !== undefined) {
			await later(action.delayMs);
			return relay(res, await pass());
		}
		if (typeof action === 'object' && action.status !== undefined) {
			return send(res, action.status, action.body, action.headers);
		}
		throw new Error(`Unknown fault proxy action: ${JSON.stringify(action)}`);
	}

	async function handle(req, res) {
		const url = new URL(req.url, 'http://proxy.invalid');
		const raw = await readBody(req);
		const key = `${req.method} ${url.pathname}`;
		const n = (counts.get(key) ?? 0) + 1;
		counts.set(key, n);
		const query = Object.fromEntries(url.searchParams);
		const text = raw.toString('utf8');
		const body = text === '' ? undefined : (parseJson(text) ?? text);
		const action = rule({ method: req.method, path: url.pathname, query, body, n });
		requests.push({ method: req.method, path: url.pathname, query, at: Date.now(), action: describe(action) });
		await perform(action, { req, res, url, raw });
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch(() => res.destroy());
	});
	const url = await listen(server);

	let closing;
	return {
		url,
		baseUrl: `${url}/v1`,
		requests,
		setRule(fn) {
			rule = fn;
		},
		clearRule() {
			rule = () => undefined;
		},
		/** Empties the request log and the per-path counts (n starts at 1 again). */
		clearLog() {
			requests.length = 0;
			counts.clear();
		},
		close() {
			closing ??= new Promise((resolve) => {
				for (const timer of timers) clearTimeout(timer);
				server.close(() => resolve());
				server.closeAllConnections();
			});
			return closing;
		},
	};
}

/**
 * "Another origin" for redirect tests: answers every request with a Fivetran-looking success and
 * records whether an Authorization header reached it (never its value).
 */
async function startOtherOrigin() {
	const hits = [];
	const server = http.createServer((req, res) => {
		hits.push({ method: req.method, path: req.url, authorization: req.headers.authorization !== undefined });
		req.resume();
		send(res, 200, { code: 'Success', data: { id: 'from_other_origin', items: [{ id: 'from_other_origin' }] } });
	});
	const url = await listen(server);
	return {
		url,
		hits,
		get receivedAuthorization() {
			return hits.some((hit) => hit.authorization);
		},
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

module.exports = { startFaultProxy, startOtherOrigin };
