'use strict';
// Test controls for webhooks: deliver an event on demand (with broken signatures or duplicates
// if asked) and read the delivery log. Used in-process and under /_sandbox/webhooks.
const { ok, invalid, notFound } = require('../envelope');
const v = require('../validate');
const { EVENTS, SYNC_END_STATUSES } = require('./events');
const { buildPayload } = require('./payload');
const { findWebhook } = require('../routes/webhooks');

const DELIVER_FIELDS = ['event', 'connectorId', 'status', 'reason', 'webhookId', 'signature', 'times', 'created'];
const SIGNATURES = ['valid', 'wrong', 'none', 'tampered'];

function readDeliverOptions(store, opts) {
	const o = v.objectBody(opts, { required: true });
	v.rejectUnknown(o, DELIVER_FIELDS);
	v.checkEnum(o, 'event', EVENTS);
	const event = v.requireField(o, 'event');
	v.checkEnum(o, 'status', SYNC_END_STATUSES);
	if (o.status !== undefined && event !== 'sync_end') throw invalid("Field 'status' applies only to the sync_end event");
	v.checkType(o, 'reason', 'string');
	v.checkEnum(o, 'signature', SIGNATURES);
	if (o.times !== undefined && (!Number.isInteger(o.times) || o.times < 1 || o.times > 10)) {
		throw invalid("Field 'times' must be an integer between 1 and 10");
	}
	let created;
	if (o.created !== undefined) {
		const ms = typeof o.created === 'string' ? Date.parse(o.created) : NaN;
		if (Number.isNaN(ms)) throw invalid("Field 'created' must be an ISO timestamp");
		created = new Date(ms).toISOString();
	}
	let connection;
	if (o.connectorId !== undefined) {
		connection = store.connections.get(o.connectorId);
		if (!connection) throw notFound('Connection', o.connectorId);
	}
	const webhook = o.webhookId !== undefined ? findWebhook(store, o.webhookId) : null;
	return { event, connection, webhook, created, signature: o.signature || 'valid', times: o.times || 1, status: o.status, reason: o.reason };
}

function createWebhookControl({ store, hub }) {
	return {
		// Awaits every delivery (each with its own timeout) and answers what the receivers said.
		async deliverWebhookEvent(opts) {
			const o = readDeliverOptions(store, opts);
			const data = {};
			if (o.event === 'sync_end') data.status = o.status || 'SUCCESSFUL';
			if (o.reason !== undefined) data.reason = o.reason;
			// A running sync's id is reused so a manual sync_end pairs with its sync_start.
			const syncId = o.connection ? store.syncs.get(o.connection.id)?.syncId : undefined;
			const payload = buildPayload({ event: o.event, connection: o.connection, data, created: o.created, syncId });
			// webhookId targets that webhook even if inactive or not subscribed: a receiver test aid.
			const targets = o.webhook ? [o.webhook] : hub.targetsFor(payload);
			const deliveries = [];
			for (const webhook of targets) {
				deliveries.push(...(await hub.send(webhook, payload, { kind: 'event', signature: o.signature, times: o.times })));
			}
			return { deliveries, payload };
		},
		webhookDeliveries: () => hub.deliveries(),
		clearWebhookDeliveries() {
			hub.clearDeliveries();
			return [];
		},
	};
}

function registerWebhookControlRoutes(router, control) {
	router.add('POST', '/_sandbox/webhooks/deliver', async ({ body }) => ok(await control.deliverWebhookEvent(body ?? {})));
	router.add('GET', '/_sandbox/webhooks/deliveries', () => ok(control.webhookDeliveries()));
	router.add('DELETE', '/_sandbox/webhooks/deliveries', () => ok(control.clearWebhookDeliveries(), 'Webhook deliveries cleared'));
}

module.exports = { createWebhookControl, registerWebhookControlRoutes };
