'use strict';
// Transformation run lifecycle, settled lazily like syncs (sync.js): a run is { startedAt, endsAt }
// and settleTransformations() ends it on the next request (or the webhook hub's one-second tick).
// Fivetran's TransformationResponse has no error field; by agreement with the node, a failed run
// leaves its messages in `errors: string[]` (the field name Fivetran uses on transformation projects).
const { iso } = require('./sync');

const DEFAULT_FAILURE = 'dbt run failed. Check the transformation logs in Fivetran for details.';

// transformation_start / _succeeded / _failed, fire-and-forget through the webhook hub. The body
// has no connector fields: `data` says which transformation, `data.reason` why it failed.
function notifyTransformation(store, event, t, { created, reason } = {}) {
	const hub = store.webhookHub;
	if (!hub || store.webhooks.size === 0) return;
	const data = { transformation_id: t.id, name: transformationName(t), type: t.type, status: t.status };
	if (reason) data.reason = reason;
	const payload = { event, created: created || new Date().toISOString(), destination_group_id: t.group_id, data };
	for (const webhook of hub.targetsFor(payload)) hub.send(webhook, payload, { kind: 'event' }).catch(() => {});
}

function transformationName(t) {
	return t.transformation_config.name || t.transformation_config.package_name || t.id;
}

// Returns 'started' or 'already_running' (Fivetran documents only 200 for both).
function startRun(store, t, now) {
	if (store.transformationRuns.has(t.id)) return 'already_running';
	store.transformationRuns.set(t.id, { startedAt: now, endsAt: now + store.transformationDurationMs });
	t.status = 'RUNNING';
	t.last_started_at = iso(now);
	delete t.errors; // messages describe the last failed run, not this one
	notifyTransformation(store, 'transformation_start', t, { created: iso(now) });
	return 'started';
}

function finishRun(store, t, endedAt) {
	store.transformationRuns.delete(t.id);
	t.last_ended_at = iso(endedAt);
	const failure = store.failNextTransformation.get(t.id);
	if (failure !== undefined) {
		store.failNextTransformation.delete(t.id);
		t.status = 'FAILED';
		t.errors = [failure || DEFAULT_FAILURE];
		notifyTransformation(store, 'transformation_failed', t, { created: t.last_ended_at, reason: t.errors[0] });
		return 'failed';
	}
	t.status = 'SUCCEEDED';
	notifyTransformation(store, 'transformation_succeeded', t, { created: t.last_ended_at });
	return 'succeeded';
}

// Returns false when nothing was running.
function cancelRun(store, t, now) {
	if (!store.transformationRuns.has(t.id)) return false;
	store.transformationRuns.delete(t.id);
	t.status = 'CANCELED';
	t.last_ended_at = iso(now);
	return true;
}

function settleTransformations(store, now = Date.now()) {
	if (store.transformationRuns.size === 0) return;
	for (const [id, run] of [...store.transformationRuns]) {
		if (now < run.endsAt) continue;
		const t = store.transformations.get(id);
		if (t) finishRun(store, t, run.endsAt);
		else store.transformationRuns.delete(id);
	}
}

module.exports = { startRun, finishRun, cancelRun, settleTransformations, transformationName, DEFAULT_FAILURE };
