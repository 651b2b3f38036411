'use strict';
// HTTP front: body parsing, auth, faults, stats and dispatch to the API or control routers.
const http = require('node:http');
const crypto = require('node:crypto');
const { ApiError, errorBody } = require('./envelope');
const { settleAll } = require('./settle');
const clock = require('./clock');

const MAX_BODY = 5 * 1024 * 1024;

const digest = (s) => crypto.createHash('sha256').update(String(s)).digest();
const sameText = (a, b) => crypto.timingSafeEqual(digest(a), digest(b));

// Never echoes what the client sent: messages only say what was wrong.
function checkAuth(header, apiKey, apiSecret) {
	const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header || '');
	if (!m) return 'Missing or malformed Authorization header: use HTTP Basic auth with your API key and secret';
	const decoded = Buffer.from(m[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) return 'Malformed Basic credentials: expected <api key>:<api secret>';
	const keyOk = sameText(decoded.slice(0, colon), apiKey);
	const secretOk = sameText(decoded.slice(colon + 1), apiSecret);
	return keyOk && secretOk ? null : 'Invalid API key or API secret';
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > MAX_BODY) {
				reject(new ApiError(413, 'PayloadTooLarge', 'Request body is too large'));
				req.destroy();
				return;
			}
			chunks.push(chunk);
		});
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', reject);
	});
}

function parseJson(text, contentType, strictType) {
	if (!text.trim()) return undefined;
	if (strictType && !/json/i.test(contentType || '')) {
		throw new ApiError(415, 'UnsupportedMediaType', "Request bodies must be sent with 'Content-Type: application/json'");
	}
	try {
		return JSON.parse(text);
	} catch {
		throw new ApiError(400, 'InvalidInput', 'Request body is not valid JSON');
	}
}

function createSandboxServer({ store, faults, latency, stats, apiRouter, controlRouter, apiKey, apiSecret, log, logRequests }) {
	const timers = new Set();
	const sleep = (ms) => new Promise((resolve) => {
		const t = setTimeout(() => {
			timers.delete(t);
			resolve();
		}, ms);
		timers.add(t);
	});

	function send(res, status, body, headers = {}, raw) {
		const text = raw !== undefined ? raw : JSON.stringify(body);
		res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': Buffer.byteLength(text), ...headers });
		res.end(text);
	}

	async function dispatch(router, req, pathname, query, { isApi }) {
		const method = req.method.toUpperCase();
		const hit = router.match(method, pathname);
		const routeKey = hit?.route ? hit.route.key : `${method} (unmatched)`;
		const keys = [`${method} ${pathname}`, routeKey];
		const text = await readBody(req); // always drain the body so keep-alive sockets stay usable
		if (isApi) {
			stats.request(keys[0], routeKey);
			const delay = latency.get() + faults.delayFor(keys);
			if (delay) await sleep(delay);
			const fault = faults.take(keys);
			if (fault) return fault;
			const authError = checkAuth(req.headers.authorization, apiKey, apiSecret);
			if (authError) return { status: 401, body: errorBody('AuthFailed', authError) };
			stats.authenticated(keys[0]);
		}
		if (!hit) return { status: 404, body: errorBody('NotFound', `No such endpoint: ${method} ${pathname}`) };
		if (hit.methodNotAllowed) return { status: 405, body: errorBody('MethodNotAllowed', `Method ${method} is not allowed for ${pathname}`) };
		const body = parseJson(text, req.headers['content-type'], isApi);
		const now = clock.now();
		settleAll(store, now);
		return hit.route.handler({ req, params: hit.params, query, body, store, now });
	}

	async function handle(req, res) {
		const url = new URL(req.url, 'http://127.0.0.1');
		const pathname = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
		const isApi = pathname === '/v1' || pathname.startsWith('/v1/');
		const isControl = pathname === '/_sandbox' || pathname.startsWith('/_sandbox/');
		let result;
		try {
			if (isApi) result = await dispatch(apiRouter, req, pathname, url.searchParams, { isApi: true });
			else if (isControl) result = await dispatch(controlRouter, req, pathname, url.searchParams, { isApi: false });
			else result = { status: 404, body: errorBody('NotFound', `No such endpoint: ${req.method} ${pathname}. The API lives under /v1`) };
		} catch (err) {
			if (err instanceof ApiError) result = { status: err.status, body: errorBody(err.code, err.message) };
			else {
				log(`sandbox: internal error on ${req.method} ${pathname}: ${err && err.stack}`);
				result = { status: 500, body: errorBody('InternalServerError', 'Unexpected sandbox error') };
			}
		}
		if (isApi) stats.response(result.status);
		if (res.destroyed) return;
		send(res, result.status, result.body, result.headers, result.raw);
		if (logRequests) log(`${req.method} ${pathname} -> ${result.status}`);
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch(() => res.destroy());
	});

	function clearTimers() {
		for (const t of timers) clearTimeout(t);
		timers.clear();
	}

	return { server, clearTimers };
}

module.exports = { createSandboxServer, checkAuth };
