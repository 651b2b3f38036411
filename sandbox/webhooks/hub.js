'use strict';
// Sends webhook deliveries and remembers the last ones. Webhooks themselves live in the store
// (store.webhooks) so that reset/seed clears them with everything else.
const crypto = require('node:crypto');
const { sign, deliveryHeaders, post, DEFAULT_TIMEOUT_MS } = require('./deliver');
const { buildPayload, testPayload } = require('./payload');
const { displayUrl } = require('./url');

const LOG_SIZE = 200;
const SETTLE_EVERY_MS = 1000;

// Body bytes and signature header for one signature kind ('valid' | 'wrong' | 'none' | 'tampered').
// `used` is what was really sent: 'valid' without a secret sends no header, so it is logged as 'none'.
function prepare(webhook, payload, kind) {
	const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
	const secret = webhook.secret || null;
	if (kind === 'none') return { bytes, signature: null, used: 'none' };
	if (kind === 'wrong') return { bytes, signature: sign(crypto.randomBytes(16).toString('hex'), bytes), used: 'wrong' };
	if (kind === 'tampered') {
		// Signed over the real body, but a changed (still valid JSON) body goes out.
		const changed = Buffer.from(JSON.stringify({ ...payload, data: { ...payload.data, tampered: true } }), 'utf8');
		return { bytes: changed, signature: secret ? sign(secret, bytes) : null, used: 'tampered' };
	}
	return secret ? { bytes, signature: sign(secret, bytes), used: 'valid' } : { bytes, signature: null, used: 'none' };
}

function createWebhookHub({ store, requireHttps = false, timeoutMs = DEFAULT_TIMEOUT_MS, settleNow }) {
	const log = [];
	const inFlight = new Set();
	let ticker = null;
	let closed = false;
	let generation = 0; // bumped by clearDeliveries: a delivery begun before a clear/reset is not logged after it

	function record(entry, startedIn) {
		if (startedIn !== generation) return;
		log.push(entry);
		if (log.length > LOG_SIZE) log.splice(0, log.length - LOG_SIZE);
	}

	// Sends the identical bytes and headers `times` times, one after another.
	async function send(webhook, payload, { kind, signature = 'valid', times = 1 }) {
		const prepared = prepare(webhook, payload, signature);
		const headers = deliveryHeaders(prepared.bytes, prepared.signature);
		const url = displayUrl(webhook.url);
		const results = [];
		const startedIn = generation;
		for (let attempt = 1; attempt <= times; attempt++) {
			const r = closed ? { status: 0, error: 'ECLOSED' } : await post(webhook.url, prepared.bytes, headers, { timeoutMs, inFlight });
			const error = r.error ? { error: r.error } : {};
			record({ at: new Date().toISOString(), webhookId: webhook.id, url, event: payload.event, kind, signature: prepared.used, status: r.status, ...error }, startedIn);
			results.push({ webhookId: webhook.id, url, attempt, status: r.status, ...error });
		}
		return results;
	}

	// Registration ('registration') and POST /webhooks/:id/test ('test') deliveries.
	async function sendTest(webhook, event, kind) {
		const [result] = await send(webhook, testPayload(event), { kind });
		return result;
	}

	function matches(webhook, payload) {
		if (!webhook.active || !webhook.events.includes(payload.event)) return false;
		return webhook.type === 'account' || webhook.group_id === payload.destination_group_id;
	}

	function targetsFor(payload) {
		return store.webhookList().filter((w) => matches(w, payload));
	}

	// Automatic events: fire-and-forget, so an API answer is never delayed or failed by a receiver.
	function emit(event, connection, { data = {}, syncId, created } = {}) {
		if (closed || store.webhooks.size === 0) return;
		const payload = buildPayload({ event, connection, data, syncId, created });
		for (const webhook of targetsFor(payload)) send(webhook, payload, { kind: 'event' }).catch(() => {});
	}

	// Syncs finish lazily (on the next request); while webhooks exist, settle once a second so
	// sync_end goes out without anyone asking.
	function ensureTicker() {
		if (ticker || closed || !settleNow) return;
		ticker = setInterval(() => {
			if (store.webhooks.size === 0) {
				clearInterval(ticker);
				ticker = null;
				return;
			}
			settleNow();
		}, SETTLE_EVERY_MS);
		ticker.unref();
	}

	function close() {
		closed = true;
		if (ticker) clearInterval(ticker);
		ticker = null;
		// With an error, so every waiting delivery resolves (status 0, ECLOSED) instead of hanging.
		for (const req of inFlight) req.destroy(Object.assign(new Error('sandbox closed'), { code: 'ECLOSED' }));
		inFlight.clear();
	}

	return {
		requireHttps,
		send,
		sendTest,
		emit,
		targetsFor,
		ensureTicker,
		deliveries: () => log.map((e) => ({ ...e })),
		clearDeliveries: () => {
			log.length = 0;
			generation++;
		},
		close,
	};
}

module.exports = { createWebhookHub };
