'use strict';
// Sync lifecycle. No timers: a running sync is { startedAt, endsAt } and is finished lazily by
// settle(), which every request calls first. So close() never has to cancel anything.
const crypto = require('node:crypto');
const { hasState } = require('./services');
const { recordSyncStart, recordSyncEnd } = require('./sync-history');

const iso = (ms) => new Date(ms).toISOString();

// Webhook events (fire-and-forget; a no-op until a webhook hub is attached and a webhook exists).
function notify(store, event, connection, opts) {
	if (store.webhookHub) store.webhookHub.emit(event, connection, opts);
}

function idleState(connection) {
	return connection.paused ? 'paused' : 'scheduled';
}

// Returns 'started', 'already_syncing' or 'paused' (Fivetran answers 200 in every case).
function startSync(store, connection, { historical = false, force = false, now = Date.now() } = {}) {
	if (connection.paused) {
		if (historical) connection.status.is_historical_sync = true; // runs once resumed
		return 'paused';
	}
	const running = store.syncs.has(connection.id);
	if (running && !force && !historical) return 'already_syncing';
	const syncId = crypto.randomUUID(); // shared by this sync's sync_start and sync_end deliveries
	store.syncs.set(connection.id, { startedAt: now, endsAt: now + store.syncDurationMs, historical, syncId });
	connection.status.sync_state = 'syncing';
	delete connection.status.rescheduled_for;
	if (historical) connection.status.is_historical_sync = true;
	recordSyncStart(store, connection, { syncId, startedAt: now, historical });
	notify(store, 'sync_start', connection, { syncId, created: iso(now) });
	return 'started';
}

function cancelSync(store, connection) {
	store.syncs.delete(connection.id);
	if (connection.status.sync_state === 'syncing') connection.status.sync_state = idleState(connection);
}

function addTask(connection, code, message) {
	const tasks = connection.status.tasks;
	if (!tasks.some((t) => t.code === code && t.message === message)) tasks.push({ code, message });
}

function finishSync(store, connection, endedAt) {
	const syncId = store.syncs.get(connection.id)?.syncId;
	store.syncs.delete(connection.id);
	const syncEnd = (data) => notify(store, 'sync_end', connection, { syncId, created: iso(endedAt), data });
	const status = connection.status;
	status.sync_state = idleState(connection);
	status.is_historical_sync = false;
	const failure = store.failNext.get(connection.id);
	if (failure || status.setup_state === 'broken') {
		store.failNext.delete(connection.id);
		connection.failed_at = iso(endedAt);
		status.update_state = 'delayed';
		let reason = status.tasks[0]?.message; // a broken connection's task says why
		if (failure) {
			reason = failure.reason || 'The last sync failed. Check the sync logs for details.';
			addTask(connection, 'sync_failed', reason);
			if (failure.breaks) status.setup_state = 'broken';
		}
		recordSyncEnd(store, connection, { syncId, endedAt, outcome: 'failed', reason });
		syncEnd(reason ? { status: 'FAILURE', reason } : { status: 'FAILURE' });
		return 'failed';
	}
	connection.succeeded_at = iso(endedAt);
	status.update_state = 'on_schedule';
	if (hasState(connection.service)) {
		const state = store.sdkStates.get(connection.id) || {};
		store.sdkStates.set(connection.id, { ...state, cursor: iso(endedAt) });
	}
	recordSyncEnd(store, connection, { syncId, endedAt, outcome: 'succeeded' });
	syncEnd({ status: 'SUCCESSFUL' });
	return 'succeeded';
}

// Finish every sync whose time is up, stamped with the time it actually ended.
function settle(store, now = Date.now()) {
	if (store.syncs.size === 0) return;
	for (const [id, sync] of [...store.syncs]) {
		if (now < sync.endsAt) continue;
		const connection = store.connections.get(id);
		if (connection) finishSync(store, connection, sync.endsAt);
		else store.syncs.delete(id);
	}
}

module.exports = { startSync, cancelSync, finishSync, settle, addTask, idleState, iso, notify };
