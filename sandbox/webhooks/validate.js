'use strict';
// Body checks for POST/PATCH /v1/webhooks, answering 400 InvalidInput like the rest of the sandbox.
const { invalid } = require('../envelope');
const v = require('../validate');
const { EVENTS } = require('./events');
const { checkWebhookUrl } = require('./url');
const { MASK } = require('../views');

const FIELDS = ['url', 'events', 'active', 'secret'];

function checkEvent(value, field) {
	if (typeof value !== 'string' || !EVENTS.includes(value)) {
		throw invalid(`Invalid value '${value}' for field '${field}'. Allowed: ${EVENTS.join(', ')}`);
	}
	return value;
}

function checkEvents(value) {
	if (!Array.isArray(value) || value.length === 0) throw invalid("Field 'events' must be a non-empty array of event names");
	for (const e of value) checkEvent(e, 'events');
	return [...new Set(value)];
}

// Returns the fields to store; `current` is the stored webhook on PATCH.
function readWebhookBody(body, { requireHttps, current }) {
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, FIELDS);
	const out = {};
	if (!current || body.url !== undefined) {
		const raw = current ? body.url : v.requireField(body, 'url');
		checkWebhookUrl(raw, { requireHttps });
		out.url = raw; // stored as sent, as Fivetran shows it
	}
	if (!current || body.events !== undefined) out.events = checkEvents(current ? body.events : v.requireField(body, 'events'));
	v.checkType(body, 'active', 'boolean');
	if (body.active !== undefined) out.active = body.active;
	v.checkNullableString(body, 'secret');
	// '******' is what every answer shows: sending it back keeps the stored secret.
	if (body.secret !== undefined && body.secret !== MASK) out.secret = body.secret || null;
	return out;
}

module.exports = { readWebhookBody, checkEvent };
