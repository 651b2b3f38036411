'use strict';
// Stands in for a chat incoming webhook (e.g. Slack's): records every request body on 127.0.0.1
// and answers 200 "ok" as Slack does, so a workflow's alerts can be counted and read.
const http = require('http');

function parseBody(text) {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

async function startCollector() {
	const received = [];
	const server = http.createServer((req, res) => {
		let text = '';
		req.setEncoding('utf8');
		req.on('data', (chunk) => (text += chunk));
		req.on('end', () => {
			received.push({ method: req.method, path: req.url, body: parseBody(text), at: Date.now() });
			res.writeHead(200, { 'Content-Type': 'text/plain' });
			res.end('ok');
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${server.address().port}`,
		received,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

module.exports = { startCollector };
