'use strict';
// /v1/webhooks: account and group webhooks. Creating (or re-activating) one sends a test
// delivery first, as Fivetran does, and fails with 400 when the receiver does not take it.
const { ok, done, invalid, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const v = require('../validate');
const { MASK } = require('../views');
const { findGroup } = require('./groups');
const { readWebhookBody, checkEvent } = require('../webhooks/validate');
const { displayUrl } = require('../webhooks/url');

function webhookView(w) {
	const out = { id: w.id, type: w.type };
	if (w.type === 'group') out.group_id = w.group_id;
	return { ...out, url: w.url, events: [...w.events], active: w.active, secret: MASK, created_at: w.created_at, created_by: w.created_by };
}

function findWebhook(store, id) {
	const w = store.webhooks.get(id);
	if (!w) throw new ApiError(404, 'NotFound_Webhook', `Webhook with id '${id}' doesn't exist`);
	return w;
}

const delivered = (r) => r.status >= 200 && r.status < 300;
const failure = (r) => (r.error ? r.error : `HTTP ${r.status}`);

// Throws 400 unless the receiver answered 2xx to a test delivery of the webhook's first event.
async function registrationTest(hub, webhook) {
	const r = await hub.sendTest(webhook, webhook.events[0], 'registration');
	if (!delivered(r)) throw invalid(`Fivetran could not deliver a test event to ${displayUrl(webhook.url)}: ${failure(r)}`);
}

async function createWebhook(store, body, group) {
	const hub = store.webhookHub;
	const fields = readWebhookBody(body, { requireHttps: hub.requireHttps });
	const webhook = {
		id: store.newId(),
		type: group ? 'group' : 'account',
		group_id: group ? group.id : undefined,
		url: fields.url,
		events: fields.events,
		active: fields.active ?? true,
		secret: fields.secret ?? null,
		created_at: new Date().toISOString(),
		created_by: store.account.user_id,
	};
	if (webhook.active) await registrationTest(hub, webhook);
	store.addWebhook(webhook);
	hub.ensureTicker();
	return ok(webhookView(webhook), `${group ? 'Group' : 'Account'} webhook has been created`);
}

async function updateWebhook({ store, params, body }) {
	const hub = store.webhookHub;
	const current = findWebhook(store, params.id);
	const fields = readWebhookBody(body, { requireHttps: hub.requireHttps, current });
	const next = { ...current, ...fields };
	// Applied only after the test delivery passes, so a failed activation changes nothing.
	if (next.active && !current.active) await registrationTest(hub, next);
	Object.assign(current, fields);
	return ok(webhookView(current), 'Webhook has been updated');
}

async function testWebhook({ store, params, body }) {
	const webhook = findWebhook(store, params.id);
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, ['event']);
	const event = checkEvent(v.requireField(body, 'event'), 'event');
	const r = await store.webhookHub.sendTest(webhook, event, 'test');
	const succeed = delivered(r);
	const message = succeed ? `Test event '${event}' has been delivered` : `Test event '${event}' could not be delivered: ${failure(r)}`;
	return ok({ succeed, status: r.status, message }, 'Webhook has been tested');
}

function register(router) {
	router.add('GET', '/v1/webhooks', ({ store, query }) => ok(paginate(store.webhookList(), query, webhookView)));
	router.add('POST', '/v1/webhooks/account', ({ store, body }) => createWebhook(store, body, null));
	router.add('POST', '/v1/webhooks/group/:groupId', ({ store, params, body }) => createWebhook(store, body, findGroup(store, params.groupId)));
	router.add('GET', '/v1/webhooks/:id', ({ store, params }) => ok(webhookView(findWebhook(store, params.id))));
	router.add('PATCH', '/v1/webhooks/:id', updateWebhook);
	router.add('DELETE', '/v1/webhooks/:id', ({ store, params }) => {
		findWebhook(store, params.id);
		store.removeWebhook(params.id);
		return done(`Webhook with id '${params.id}' has been deleted`);
	});
	router.add('POST', '/v1/webhooks/:id/test', testWebhook);
}

module.exports = { register, webhookView, findWebhook };
