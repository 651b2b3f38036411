'use strict';
// Sync history (GET /v1/connections/{id}/sync-history). Fivetran's page "Retrieve Connection Sync
// History" names only the start timestamp of a record (null if the sync has not started); the
// other fields here are the sandbox's own, with status values like the sync_end webhook's
// (SUCCESSFUL, FAILURE_WITH_TASK), so clients must pass unknown fields through.
const MIN = 60 * 1000;
const iso = (ms) => new Date(ms).toISOString();

function historyOf(store, connection) {
	if (!store.syncHistory.has(connection.id)) store.syncHistory.set(connection.id, seededHistory(connection));
	return store.syncHistory.get(connection.id);
}

// What a seeded connector "did" before the sandbox started: its latest success and failure, and
// the syncs before them at its sync frequency (every third one failed, with a reason).
function seededHistory(connection) {
	const records = [];
	const every = (connection.sync_frequency || 360) * MIN;
	const add = (endMs, failed, reason) => {
		const start = endMs - Math.min(every / 2, 4 * MIN);
		records.push({
			sync_id: `seed-${connection.id}-${records.length + 1}`,
			start_time: iso(start),
			end_time: iso(endMs),
			status: failed ? 'FAILURE_WITH_TASK' : 'SUCCESSFUL',
			...(failed ? { reason } : {}),
			sync_type: 'incremental',
		});
	};
	const succeeded = Date.parse(connection.succeeded_at || '');
	const failed = Date.parse(connection.failed_at || '');
	const task = connection.status.tasks[0]?.message || 'The source did not answer in time.';
	if (!Number.isNaN(failed)) add(failed, true, task);
	if (!Number.isNaN(succeeded)) {
		add(succeeded, false);
		for (let i = 1; i <= 6; i++) {
			const end = succeeded - i * every;
			add(end, i % 3 === 0, 'The source rejected a query: permission denied for table orders.');
		}
	}
	return records;
}

function recordSyncStart(store, connection, { syncId, startedAt, historical }) {
	historyOf(store, connection).push({
		sync_id: syncId,
		start_time: iso(startedAt),
		end_time: null,
		status: 'RUNNING',
		sync_type: historical ? 'historical' : 'incremental',
	});
}

function recordSyncEnd(store, connection, { syncId, endedAt, outcome, reason }) {
	const record = historyOf(store, connection).find((r) => r.sync_id === syncId);
	if (!record) return;
	record.end_time = iso(endedAt);
	record.status = outcome === 'succeeded' ? 'SUCCESSFUL' : 'FAILURE_WITH_TASK';
	if (reason) record.reason = reason;
}

// Records that started in [start, end), newest first.
function historyBetween(store, connection, start, end) {
	return historyOf(store, connection)
		.filter((r) => {
			const at = Date.parse(r.start_time);
			return at >= start && at < end;
		})
		.sort((a, b) => Date.parse(b.start_time) - Date.parse(a.start_time));
}

module.exports = { recordSyncStart, recordSyncEnd, historyBetween };
