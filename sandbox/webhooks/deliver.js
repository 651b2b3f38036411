'use strict';
// One HTTP delivery of a webhook body, and the signature Fivetran puts on it.
const http = require('node:http');
const https = require('node:https');
const crypto = require('node:crypto');
const { isLoopback } = require('./url');

const DEFAULT_TIMEOUT_MS = 10000;

// Fivetran: HMAC-SHA256 over the exact body bytes, key = the secret as UTF-8, hex in UPPERCASE.
function sign(secret, bodyBytes) {
	return crypto.createHmac('sha256', Buffer.from(secret, 'utf8')).update(bodyBytes).digest('hex').toUpperCase();
}

function deliveryHeaders(bodyBytes, signature) {
	const headers = {
		'Content-Type': 'application/json',
		'User-Agent': 'Fivetran-Sandbox',
		'Content-Length': String(bodyBytes.length),
	};
	if (signature) headers['X-Fivetran-Signature-256'] = signature;
	return headers;
}

// Resolves { status } (HTTP status) or { status: 0, error: <code> }; never rejects.
// `inFlight` (a Set) lets close() abort requests that are still running.
function post(rawUrl, bodyBytes, headers, { timeoutMs = DEFAULT_TIMEOUT_MS, inFlight } = {}) {
	return new Promise((resolve) => {
		let url;
		try {
			url = new URL(rawUrl);
		} catch {
			resolve({ status: 0, error: 'EINVALIDURL' });
			return;
		}
		// Checked again here (not only at create/update) so no code path can send off-machine.
		if (!isLoopback(url)) {
			resolve({ status: 0, error: 'ENOTLOOPBACK' });
			return;
		}
		const client = url.protocol === 'https:' ? https : http;
		let settled = false;
		const finish = (result) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			inFlight?.delete(req);
			resolve(result);
		};
		// agent:false: one socket per delivery, closed afterwards, so nothing lingers after close().
		// rejectUnauthorized:false: the receiver is on this machine, usually with a self-signed cert.
		const req = client.request(url, { method: 'POST', headers, agent: false, rejectUnauthorized: false }, (res) => {
			res.resume();
			res.on('end', () => finish({ status: res.statusCode }));
			res.on('error', () => finish({ status: res.statusCode }));
		});
		inFlight?.add(req);
		const timer = setTimeout(() => {
			req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' }));
		}, timeoutMs);
		req.on('error', (err) => finish({ status: 0, error: err.code || 'EDELIVERY' }));
		req.end(bodyBytes);
	});
}

module.exports = { sign, deliveryHeaders, post, DEFAULT_TIMEOUT_MS };
