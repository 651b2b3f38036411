'use strict';
// A tiny webhook receiver on 127.0.0.1:0 that records every request (raw body bytes included).
const http = require('node:http');

async function startReceiver() {
	const requests = [];
	const waiters = [];
	const receiver = { requests, status: 200, url: '', close: null, waitFor: null, clear: null };

	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			requests.push({ method: req.method, path: req.url, headers: req.headers, raw, body: JSON.parse(raw.toString('utf8') || 'null') });
			res.writeHead(receiver.status, { 'Content-Type': 'text/plain' });
			res.end('ok');
			for (const w of [...waiters]) if (requests.length >= w.count) {
				waiters.splice(waiters.indexOf(w), 1);
				w.resolve();
			}
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	receiver.url = `http://127.0.0.1:${server.address().port}/hook`;
	receiver.close = () => new Promise((resolve) => {
		server.close(() => resolve());
		server.closeAllConnections();
	});
	receiver.clear = () => {
		requests.length = 0;
	};
	// Resolves once `count` requests have arrived in total. timeoutMs only guards against a hang (generous,
	// so a busy machine never trips it; jest's testTimeout is 30 s).
	receiver.waitFor = (count, timeoutMs = 20_000) => {
		if (requests.length >= count) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const w = { count, resolve };
			waiters.push(w);
			setTimeout(() => {
				const i = waiters.indexOf(w);
				if (i >= 0) {
					waiters.splice(i, 1);
					reject(new Error(`receiver got ${requests.length} of ${count} requests`));
				}
			}, timeoutMs).unref();
		});
	};
	return receiver;
}

module.exports = { startReceiver };
