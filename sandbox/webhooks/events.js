'use strict';
// Webhook event names Fivetran sends (the same list as nodes/shared/webhook/events.ts).
const EVENTS = [
	'sync_start', 'sync_end', 'connection_successful', 'connection_failure', 'create_connector',
	'edit_connector', 'pause_connector', 'resume_connector', 'delete_connector', 'force_update_connector',
	'resync_connector', 'resync_table', 'dbt_run_start', 'dbt_run_succeeded', 'dbt_run_failed',
	'transformation_start', 'transformation_succeeded', 'transformation_failed', 'transformation_run_start',
	'transformation_run_succeeded', 'transformation_run_failed', 'status',
];

// Events that belong to one sync and so carry a sync_id.
const SYNC_EVENTS = ['sync_start', 'sync_end'];

const SYNC_END_STATUSES = ['SUCCESSFUL', 'FAILURE', 'FAILURE_WITH_TASK', 'RESCHEDULED'];

module.exports = { EVENTS, SYNC_EVENTS, SYNC_END_STATUSES };
