'use strict';
// GET /v1/connections/{id}/sync-history: start_time / end_time (ISO 8601, at most 7 days apart;
// either defaults to one hour from the other, both absent: the last hour), cursor, limit 1..1000.
const { ok, invalid, notFound } = require('../envelope');
const { paginate } = require('../paginate');
const { historyBetween } = require('../sync-history');
const clock = require('../clock');

const HOUR = 60 * 60 * 1000;
const MAX_WINDOW = 7 * 24 * HOUR;

function instant(query, name) {
	const raw = query.get(name);
	if (raw === null || raw === '') return undefined;
	const ms = Date.parse(raw);
	if (Number.isNaN(ms)) throw invalid(`Invalid value for '${name}': expected an ISO 8601 date and time`);
	return ms;
}

function window(query) {
	let start = instant(query, 'start_time');
	let end = instant(query, 'end_time');
	if (start === undefined && end === undefined) end = clock.now();
	if (start === undefined) start = end - HOUR;
	if (end === undefined) end = start + HOUR;
	if (end <= start) throw invalid("'end_time' must be after 'start_time'");
	if (end - start > MAX_WINDOW) throw invalid('The maximum time window between start_time and end_time is 7 days');
	return { start, end };
}

function register(router) {
	router.add('GET', '/v1/connections/:id/sync-history', ({ store, params, query }) => {
		const connection = store.connections.get(params.id);
		if (!connection) throw notFound('Connection', params.id);
		const { start, end } = window(query);
		return ok(paginate(historyBetween(store, connection, start, end), query));
	});
}

module.exports = { register };
