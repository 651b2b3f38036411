'use strict';
// Builders for stored records with Fivetran's defaults filled in.
const { sourceTables, isDatabase } = require('./services');

function newGroup({ id, name, created_at }) {
	return { id, name, created_at };
}

function newConnection(fields) {
	const paused = Boolean(fields.paused);
	const c = {
		id: fields.id,
		group_id: fields.group_id,
		service: fields.service,
		service_version: fields.service_version ?? 1,
		schema: fields.schema,
		connected_by: fields.connected_by ?? null,
		created_at: fields.created_at,
		succeeded_at: fields.succeeded_at ?? null,
		failed_at: fields.failed_at ?? null,
		paused,
		pause_after_trial: Boolean(fields.pause_after_trial),
		sync_frequency: fields.sync_frequency ?? 360,
		schedule_type: fields.schedule_type ?? 'auto',
		data_delay_sensitivity: fields.data_delay_sensitivity ?? 'NORMAL',
		data_delay_threshold: fields.data_delay_threshold ?? 0,
		networking_method: fields.networking_method ?? 'Directly',
		destination_schema_names: fields.destination_schema_names ?? 'FIVETRAN_NAMING',
		private_link_id: fields.private_link_id ?? null,
		proxy_agent_id: fields.proxy_agent_id ?? null,
		hybrid_deployment_agent_id: fields.hybrid_deployment_agent_id ?? null,
		status: {
			setup_state: 'connected',
			sync_state: paused ? 'paused' : 'scheduled',
			update_state: 'on_schedule',
			is_historical_sync: false,
			tasks: [],
			warnings: [],
			...(fields.status || {}),
		},
		config: fields.config || {},
	};
	if (fields.daily_sync_time !== undefined) c.daily_sync_time = fields.daily_sync_time;
	return c;
}

function newDestination(fields) {
	return {
		id: fields.group_id,
		group_id: fields.group_id,
		service: fields.service,
		region: fields.region ?? 'GCP_US_EAST4',
		time_zone_offset: fields.time_zone_offset ?? '0',
		setup_status: fields.setup_status ?? 'CONNECTED',
		daylight_saving_time_enabled: fields.daylight_saving_time_enabled ?? false,
		networking_method: fields.networking_method ?? 'Directly',
		private_link_id: fields.private_link_id ?? null,
		proxy_agent_id: fields.proxy_agent_id ?? null,
		hybrid_deployment_agent_id: fields.hybrid_deployment_agent_id ?? null,
		config: fields.config || {},
	};
}

const COLUMNS = ['id', 'name', 'created_at', 'updated_at'];

function newColumn(name) {
	const isKey = name === 'id';
	return {
		name_in_destination: name,
		enabled: true,
		hashed: false,
		is_primary_key: isKey,
		enabled_patch_settings: isKey ? { allowed: false, reason_code: 'OTHER', reason: 'Primary key columns must be synced' } : { allowed: true },
	};
}

function newTable(name, enabled) {
	const columns = {};
	for (const col of COLUMNS) columns[col] = newColumn(col);
	return {
		name_in_destination: name,
		enabled,
		sync_mode: 'SOFT_DELETE',
		supports_columns_config: true,
		supports_history_mode: true,
		enabled_patch_settings: { allowed: true },
		columns,
	};
}

// A schema config as GET /connections/{id}/schemas returns it, built from sample source tables.
function newSchemaConfig(service, schema, { enabled = true } = {}) {
	const schemas = {};
	for (const [schemaName, tables] of Object.entries(sourceTables(service, schema))) {
		const t = {};
		for (const table of tables) t[table] = newTable(table, enabled);
		const nameInDestination = isDatabase(service) ? `${schema}_${schemaName}` : schemaName;
		schemas[schemaName] = { name_in_destination: nameInDestination, enabled, tables: t };
	}
	return { schema_change_handling: 'ALLOW_ALL', enable_new_by_default: true, schemas };
}

module.exports = { newGroup, newConnection, newDestination, newSchemaConfig };
