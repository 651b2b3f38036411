'use strict';
// Public (response) shapes. Secrets in `config` come back as '******', like api.fivetran.com.

const MASK = '******';
const SECRET_KEY = /(password|secret|token|private_key|api_key|passphrase|credentials|client_key)/i;

function maskConfig(value, key = '') {
	if (value === null || value === undefined) return value;
	if (SECRET_KEY.test(key) && value !== '') return MASK;
	if (Array.isArray(value)) return value.map((v) => maskConfig(v));
	if (typeof value === 'object') {
		const out = {};
		for (const [k, v] of Object.entries(value)) out[k] = maskConfig(v, k);
		return out;
	}
	return value;
}

function groupView(g) {
	return { id: g.id, name: g.name, created_at: g.created_at };
}

function statusView(s) {
	const out = {
		setup_state: s.setup_state,
		sync_state: s.sync_state,
		update_state: s.update_state,
		is_historical_sync: s.is_historical_sync,
		tasks: s.tasks.map((t) => ({ ...t })),
		warnings: s.warnings.map((w) => ({ ...w })),
	};
	if (s.sync_state === 'rescheduled' && s.rescheduled_for) out.rescheduled_for = s.rescheduled_for;
	if (s.schema_status) out.schema_status = s.schema_status;
	return out;
}

const CONNECTION_FIELDS = [
	'id', 'group_id', 'service', 'service_version', 'schema', 'connected_by', 'created_at',
	'succeeded_at', 'failed_at', 'paused', 'pause_after_trial', 'sync_frequency', 'schedule_type',
	'daily_sync_time', 'data_delay_sensitivity', 'data_delay_threshold', 'networking_method',
	'destination_schema_names', 'private_link_id', 'proxy_agent_id', 'hybrid_deployment_agent_id',
];

function connectionView(c, setupTests) {
	const out = {};
	for (const f of CONNECTION_FIELDS) if (c[f] !== undefined) out[f] = c[f];
	out.status = statusView(c.status);
	if (c.source_sync_details) out.source_sync_details = { ...c.source_sync_details };
	out.config = maskConfig(c.config || {});
	if (setupTests) out.setup_tests = setupTests;
	return out;
}

const DESTINATION_FIELDS = [
	'id', 'group_id', 'service', 'region', 'time_zone_offset', 'setup_status',
	'daylight_saving_time_enabled', 'networking_method', 'private_link_id', 'proxy_agent_id',
	'hybrid_deployment_agent_id',
];

// The list endpoint leaves out config; details, create, update and test include it.
function destinationView(d, { withConfig = true, setupTests } = {}) {
	const out = {};
	for (const f of DESTINATION_FIELDS) if (d[f] !== undefined) out[f] = d[f];
	if (withConfig) out.config = maskConfig(d.config || {});
	if (setupTests) out.setup_tests = setupTests;
	return out;
}

function userView(u, role) {
	const out = { ...u };
	if (role) out.role = role;
	return out;
}

const TRANSFORMATION_FIELDS = ['id', 'status', 'schedule', 'type', 'paused', 'created_at', 'created_by_id',
	'last_started_at', 'last_ended_at', 'output_model_names', 'transformation_config', 'errors'];

const RUN_TIMES = ['last_started_at', 'last_ended_at'];

// group_id is stored for the list filter only: TransformationResponse has no such field.
// hideRunTimes: answers without run times, like the real ones Fivetran's clients show (issue 20).
function transformationView(t) {
	const out = {};
	for (const f of TRANSFORMATION_FIELDS) {
		if (t.hideRunTimes && RUN_TIMES.includes(f)) continue;
		if (t[f] !== undefined && t[f] !== null) out[f] = structuredClone(t[f]);
	}
	return out;
}

// The list shows TransformationProjectResponse; details, and the test, the whole project.
function transformationProjectView(p, { details = true } = {}) {
	const out = { id: p.id, type: p.type, created_at: p.created_at, created_by_id: p.created_by_id, group_id: p.group_id };
	if (!details) return out;
	return { ...out, status: p.status, errors: [...p.errors], setup_tests: structuredClone(p.setup_tests), project_config: structuredClone(p.project_config) };
}

const AGENT_FIELDS = ['id', 'display_name', 'group_id', 'version', 'enabled', 'online', 'deployment_type',
	'registered_at', 'created_by', 'updated_at', 'last_used_at'];

// `usage` lists the connections that run through the agent (HybridDeploymentAgentUsageResponse).
function agentView(a, connections) {
	const out = {};
	for (const f of AGENT_FIELDS) out[f] = a[f];
	out.usage = connections
		.filter((c) => c.hybrid_deployment_agent_id === a.id)
		.map((c) => ({ connection_id: c.id, schema: c.schema, service: c.service }));
	return out;
}

module.exports = {
	maskConfig, groupView, connectionView, destinationView, userView, transformationView, transformationProjectView, agentView, MASK,
};
