'use strict';
// A round trip like api.fivetran.com's from far away: every /v1 request is answered this many ms
// late (on top of a fault's delayMs). Concurrent requests wait side by side, as on a real network.
const { invalid } = require('./envelope');

const MAX_LATENCY_MS = 60000;

function checkLatency(ms) {
	if (!Number.isInteger(ms) || ms < 0 || ms > MAX_LATENCY_MS) throw invalid(`latencyMs must be an integer from 0 to ${MAX_LATENCY_MS}`);
	return ms;
}

function createLatency(initialMs = 0) {
	let ms = checkLatency(initialMs);
	return {
		get: () => ms,
		set(next) {
			ms = checkLatency(next);
			return ms;
		},
	};
}

module.exports = { createLatency, checkLatency };
