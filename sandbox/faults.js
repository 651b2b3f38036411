'use strict';
// Injected failures for /v1 requests: rate limits, server errors, slowness, broken JSON.
const { invalid } = require('./envelope');

const DEFAULTS = Object.freeze({
	rateLimitNext: 0, // next N requests answer 429
	retryAfter: 1, // Retry-After seconds on those 429s; null leaves the header out
	failNext: 0, // next N requests answer failStatus
	failStatus: 503,
	delayMs: 0, // added to every request until set back to 0
	malformedNext: 0, // next N requests answer 200 with a body that is not valid JSON
	match: null, // only requests whose "METHOD /path" or route pattern contains this text are affected
});

const ERROR_CODES = {
	400: 'InvalidInput', 401: 'AuthFailed', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed',
	409: 'Conflict', 415: 'UnsupportedMediaType', 429: 'TooManyRequests', 500: 'InternalServerError',
	502: 'BadGateway', 503: 'ServiceUnavailable', 504: 'GatewayTimeout',
};

const isCount = (v) => Number.isInteger(v) && v >= 0;

function validate(patch) {
	if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) throw invalid('Faults must be a JSON object');
	for (const [key, value] of Object.entries(patch)) {
		if (!(key in DEFAULTS)) throw invalid(`Unknown fault '${key}'. Known: ${Object.keys(DEFAULTS).join(', ')}`);
		if (['rateLimitNext', 'failNext', 'malformedNext', 'delayMs'].includes(key) && !isCount(value)) {
			throw invalid(`Fault '${key}' must be a non-negative integer`);
		}
		if (key === 'retryAfter' && value !== null && !(typeof value === 'number' && value >= 0)) {
			throw invalid("Fault 'retryAfter' must be a non-negative number of seconds or null");
		}
		if (key === 'failStatus' && !(Number.isInteger(value) && value >= 400 && value <= 599)) {
			throw invalid("Fault 'failStatus' must be an HTTP status between 400 and 599");
		}
		if (key === 'match' && value !== null && typeof value !== 'string') throw invalid("Fault 'match' must be a string or null");
	}
}

function createFaults() {
	let current = { ...DEFAULTS };

	const applies = (keys) => !current.match || keys.some((k) => k.includes(current.match));

	// Returns a response descriptor for the next fault to fire on this request, or null.
	function take(keys) {
		if (!applies(keys)) return null;
		if (current.rateLimitNext > 0) {
			current.rateLimitNext--;
			const headers = current.retryAfter === null ? {} : { 'Retry-After': String(current.retryAfter) };
			return { status: 429, headers, body: { code: 'TooManyRequests', message: 'Too many requests. Please slow down and retry later.' } };
		}
		if (current.failNext > 0) {
			current.failNext--;
			const status = current.failStatus;
			return { status, body: { code: ERROR_CODES[status] || 'Error', message: `Simulated failure (HTTP ${status}) injected by the sandbox` } };
		}
		if (current.malformedNext > 0) {
			current.malformedNext--;
			return { status: 200, raw: '{"code":"Success","data":{"items":[{"id":' };
		}
		return null;
	}

	return {
		get: () => ({ ...current }),
		set(patch) {
			validate(patch);
			current = { ...current, ...patch };
			return { ...current };
		},
		clear() {
			current = { ...DEFAULTS };
			return { ...current };
		},
		delayFor: (keys) => (current.delayMs > 0 && applies(keys) ? current.delayMs : 0),
		take,
	};
}

module.exports = { createFaults, ERROR_CODES, FAULT_DEFAULTS: DEFAULTS };
