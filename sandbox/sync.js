'use strict';
// Sync lifecycle. No timers: a running sync is { startedAt, endsAt } and is finished lazily by
// settle(), which every request calls first. So close() never has to cancel anything.
const { hasState } = require('./services');

const iso = (ms) => new Date(ms).toISOString();

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
	store.syncs.set(connection.id, { startedAt: now, endsAt: now + store.syncDurationMs, historical });
	connection.status.sync_state = 'syncing';
	delete connection.status.rescheduled_for;
	if (historical) connection.status.is_historical_sync = true;
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
	store.syncs.delete(connection.id);
	const status = connection.status;
	status.sync_state = idleState(connection);
	status.is_historical_sync = false;
	const failure = store.failNext.get(connection.id);
	if (failure || status.setup_state === 'broken') {
		store.failNext.delete(connection.id);
		connection.failed_at = iso(endedAt);
		status.update_state = 'delayed';
		if (failure) {
			addTask(connection, 'sync_failed', failure.reason || 'The last sync failed. Check the sync logs for details.');
			if (failure.breaks) status.setup_state = 'broken';
		}
		return 'failed';
	}
	connection.succeeded_at = iso(endedAt);
	status.update_state = 'on_schedule';
	if (hasState(connection.service)) {
		const state = store.sdkStates.get(connection.id) || {};
		store.sdkStates.set(connection.id, { ...state, cursor: iso(endedAt) });
	}
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

module.exports = { startSync, cancelSync, finishSync, settle, addTask, idleState, iso };
