import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * Every event Fivetran's webhook API offers. Values are Fivetran's event names, sent as they are in
 * a webhook's `events` and found in a delivery's `event`. The transformation events exist twice
 * because Fivetran renamed them; the older names are kept for webhooks that still use them.
 */
export const WEBHOOK_EVENTS: INodePropertyOptions[] = [
	{ name: 'Sync Started', value: 'sync_start', description: 'A connector began a sync' },
	{
		name: 'Sync Ended',
		value: 'sync_end',
		description: 'A connector finished a sync, successfully or not (see the status)',
	},
	{
		name: 'Connection Succeeded',
		value: 'connection_successful',
		description: "A connector's setup tests passed",
	},
	{
		name: 'Connection Failed',
		value: 'connection_failure',
		description: "A connector's setup tests failed or it lost access to the source",
	},
	{ name: 'Connector Created', value: 'create_connector' },
	{ name: 'Connector Edited', value: 'edit_connector' },
	{ name: 'Connector Paused', value: 'pause_connector' },
	{ name: 'Connector Resumed', value: 'resume_connector' },
	{ name: 'Connector Deleted', value: 'delete_connector' },
	{
		name: 'Connector Force-Updated',
		value: 'force_update_connector',
		description: 'A sync was forced (started while another one ran)',
	},
	{
		name: 'Connector Resynced',
		value: 'resync_connector',
		description: 'A historical resync of the whole connector started',
	},
	{ name: 'Table Resynced', value: 'resync_table' },
	{ name: 'Dbt Run Started', value: 'dbt_run_start' },
	{ name: 'Dbt Run Succeeded', value: 'dbt_run_succeeded' },
	{ name: 'Dbt Run Failed', value: 'dbt_run_failed' },
	{ name: 'Transformation Started', value: 'transformation_start' },
	{ name: 'Transformation Succeeded', value: 'transformation_succeeded' },
	{ name: 'Transformation Failed', value: 'transformation_failed' },
	{
		name: 'Transformation Run Started (Legacy Name)',
		value: 'transformation_run_start',
	},
	{
		name: 'Transformation Run Succeeded (Legacy Name)',
		value: 'transformation_run_succeeded',
	},
	{
		name: 'Transformation Run Failed (Legacy Name)',
		value: 'transformation_run_failed',
	},
	{
		name: 'Status (Deprecated)',
		value: 'status',
		description: "Fivetran's older catch-all status event",
	},
];

export const WEBHOOK_EVENT_NAMES: readonly string[] = WEBHOOK_EVENTS.map((e) => String(e.value));

/** Fivetran's test deliveries are sent for a made-up connector whose ID starts with an underscore. */
export const TEST_CONNECTOR_PREFIX = '_';
