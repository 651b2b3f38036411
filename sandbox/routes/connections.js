'use strict';
const { ok, created, done, invalid, conflict, notFound } = require('../envelope');
const { paginate } = require('../paginate');
const { connectionView } = require('../views');
const { newConnection, newSchemaConfig } = require('../records');
const { getConnectorType, isDatabase, hasState } = require('../services');
const { startSync, cancelSync, idleState, notify } = require('../sync');
const { runConnectionTests } = require('../setup-tests');
const { MASK } = require('../views');
const v = require('../validate');
const { findGroup } = require('./groups');

const SYNC_FREQUENCIES = [1, 5, 15, 30, 60, 120, 180, 360, 480, 720, 1440];
const TEST_FLAGS = ['run_setup_tests', 'trust_certificates', 'trust_fingerprints'];
const COMMON_FIELDS = [
	'paused', 'pause_after_trial', 'sync_frequency', 'daily_sync_time', 'schedule_type',
	'data_delay_sensitivity', 'data_delay_threshold', 'networking_method', 'private_link_id',
	'proxy_agent_id', 'hybrid_deployment_agent_id', 'external_secrets_manager_id',
	'destination_configuration', 'config', 'auth', ...TEST_FLAGS,
];
const CREATE_FIELDS = [...COMMON_FIELDS, 'group_id', 'service', 'destination_schema_names', 'connect_card_config'];
const UPDATE_FIELDS = [...COMMON_FIELDS, 'is_historical_sync', 'schema_status', 'external_secrets_keys_config'];
// Fields copied as-is onto the stored record after validation.
const STORED_FIELDS = [
	'pause_after_trial', 'sync_frequency', 'daily_sync_time', 'schedule_type', 'data_delay_sensitivity',
	'data_delay_threshold', 'networking_method', 'private_link_id', 'proxy_agent_id', 'hybrid_deployment_agent_id',
	'destination_schema_names',
];

function findConnection(store, id) {
	const c = store.connections.get(id);
	if (!c) throw notFound('Connection', id);
	return c;
}

function validateCommon(body) {
	for (const f of ['paused', 'pause_after_trial', 'is_historical_sync', ...TEST_FLAGS]) v.checkType(body, f, 'boolean');
	for (const f of ['config', 'auth', 'destination_configuration', 'connect_card_config']) v.checkType(body, f, 'object');
	v.checkType(body, 'data_delay_threshold', 'integer');
	if (body.sync_frequency !== undefined && !SYNC_FREQUENCIES.includes(body.sync_frequency)) {
		throw invalid(`Invalid value '${body.sync_frequency}' for field 'sync_frequency'. Allowed: ${SYNC_FREQUENCIES.join(', ')}`);
	}
	if (body.daily_sync_time !== undefined && !/^([01]\d|2[0-3]):00$/.test(String(body.daily_sync_time))) {
		throw invalid("Field 'daily_sync_time' must be a full hour between 00:00 and 23:00");
	}
	v.checkEnum(body, 'schedule_type', ['auto', 'manual']);
	v.checkEnum(body, 'data_delay_sensitivity', ['LOW', 'NORMAL', 'HIGH', 'CUSTOM', 'SYNC_FREQUENCY']);
	v.checkEnum(body, 'networking_method', ['Directly', 'SshTunnel', 'PrivateLink', 'ProxyAgent']);
	v.checkEnum(body, 'destination_schema_names', ['FIVETRAN_NAMING', 'SOURCE_NAMING']);
	v.checkEnum(body, 'schema_status', ['blocked_on_capture', 'ready']);
	for (const f of ['private_link_id', 'proxy_agent_id', 'hybrid_deployment_agent_id']) v.checkNullableString(body, f);
}

// The connection's schema name comes from config: schema_prefix (databases) or schema[.table].
function schemaFromConfig(service, config) {
	if (config.schema_prefix) return String(config.schema_prefix);
	if (config.schema && config.table) return `${config.schema}.${config.table}`;
	if (config.schema) return String(config.schema);
	throw invalid(`Field 'config.${isDatabase(service) ? 'schema_prefix' : 'schema'}' is required`);
}

// Masked values sent back unchanged ('******') must not overwrite the stored secret.
function mergeConfig(stored, patch) {
	const out = { ...stored };
	for (const [k, val] of Object.entries(patch)) {
		if (val === MASK) continue;
		out[k] = val && typeof val === 'object' && !Array.isArray(val) && stored[k] && typeof stored[k] === 'object'
			? mergeConfig(stored[k], val)
			: val;
	}
	return out;
}

// Fivetran has a schema config once setup tests pass and the source schema has been read.
function testAndPrepare(store, c, options) {
	const tests = runConnectionTests(c, options);
	if (c.status.setup_state === 'connected' && !store.schemaConfigs.has(c.id)) {
		store.schemaConfigs.set(c.id, newSchemaConfig(c.service, c.schema));
	}
	return tests;
}

function createConnection({ store, body }) {
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, CREATE_FIELDS);
	const groupId = v.requireField(body, 'group_id');
	const service = v.requireField(body, 'service');
	validateCommon(body);
	if (typeof groupId !== 'string') throw invalid("Field 'group_id' must be a string");
	if (typeof service !== 'string' || !getConnectorType(service)) throw invalid(`Unsupported service '${service}'`);
	findGroup(store, groupId);
	const config = body.config || {};
	const schema = schemaFromConfig(service, config);
	if (store.connectionsInGroup(groupId).some((c) => c.schema === schema)) {
		throw conflict(`Connection with schema '${schema}' already exists in group '${groupId}'`);
	}
	const fields = { id: store.newId(), group_id: groupId, service, schema, config, paused: body.paused };
	for (const f of STORED_FIELDS) if (body[f] !== undefined) fields[f] = body[f];
	const c = newConnection({
		...fields,
		connected_by: store.account.user_id,
		created_at: new Date().toISOString(),
		status: { setup_state: 'incomplete' },
	});
	store.addConnection(c);
	if (hasState(service)) store.sdkStates.set(c.id, {});
	let tests = [];
	if (body.run_setup_tests !== false) tests = testAndPrepare(store, c, { configChanged: true });
	notify(store, 'create_connector', c);
	return created(connectionView(c, tests), 'Connection has been created');
}

function updateConnection({ store, params, body, now }) {
	const c = findConnection(store, params.id);
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, UPDATE_FIELDS);
	validateCommon(body);
	const keys = Object.keys(body);
	if (keys.length > 0 && keys.every((k) => TEST_FLAGS.includes(k))) {
		throw invalid('run_setup_tests, trust_certificates and trust_fingerprints must be sent with at least one other field');
	}
	let configChanged = false;
	if (body.config) {
		const merged = mergeConfig(c.config, body.config);
		if (schemaFromConfig(c.service, merged) !== c.schema) throw invalid("The connection's schema name can't be changed");
		configChanged = JSON.stringify(merged) !== JSON.stringify(c.config);
		c.config = merged;
	}
	if (body.auth) configChanged = true; // auth is write-only: accepted but never returned
	for (const f of STORED_FIELDS) if (body[f] !== undefined) c[f] = body[f];
	if (body.schema_status) c.status.schema_status = body.schema_status;
	if (body.paused !== undefined && body.paused !== c.paused) {
		c.paused = body.paused;
		if (c.paused) cancelSync(store, c);
		delete c.status.rescheduled_for;
		c.status.sync_state = store.syncs.has(c.id) ? 'syncing' : idleState(c);
		notify(store, c.paused ? 'pause_connector' : 'resume_connector', c);
	}
	if (body.is_historical_sync === true) startSync(store, c, { historical: true, now });
	let tests;
	if (body.run_setup_tests === true || (configChanged && body.run_setup_tests !== false)) {
		tests = testAndPrepare(store, c, { configChanged });
	}
	return ok(connectionView(c, tests), 'Connection has been updated');
}

function syncMessage(id) {
	return `Sync has been successfully triggered for connection with id '${id}'`;
}

function validateScope(c, scope) {
	if (!v.isObject(scope) || Object.keys(scope).length === 0) throw invalid("Field 'scope' must be a non-empty object");
	for (const [schema, tables] of Object.entries(scope)) {
		if (!Array.isArray(tables) || tables.length === 0 || !tables.every((t) => typeof t === 'string' && t)) {
			throw invalid(`Scope for schema '${schema}' must be a non-empty array of table names`);
		}
	}
	if (!isDatabase(c.service)) throw invalid(`Table-level re-sync is not supported for service '${c.service}'`);
}

function register(router) {
	router.add('GET', '/v1/connections', ({ store, query }) => {
		let items = store.connectionList();
		const groupId = query.get('group_id');
		const schema = query.get('schema');
		if (groupId) items = items.filter((c) => c.group_id === groupId);
		if (schema) items = items.filter((c) => c.schema === schema);
		return ok(paginate(items, query, (c) => connectionView(c)));
	});
	router.add('POST', '/v1/connections', createConnection);
	router.add('GET', '/v1/connections/:id', ({ store, params }) => ok(connectionView(findConnection(store, params.id))));
	router.add('PATCH', '/v1/connections/:id', updateConnection);
	router.add('DELETE', '/v1/connections/:id', ({ store, params }) => {
		const c = findConnection(store, params.id);
		store.removeConnection(params.id);
		notify(store, 'delete_connector', c);
		return done(`Connection with id '${params.id}' has been deleted`);
	});

	router.add('POST', '/v1/connections/:id/sync', ({ store, params, body, now }) => {
		const c = findConnection(store, params.id);
		body = v.objectBody(body);
		v.rejectUnknown(body, ['force']);
		v.checkType(body, 'force', 'boolean');
		startSync(store, c, { force: body.force === true, now });
		if (body.force === true) notify(store, 'force_update_connector', c);
		return done(syncMessage(c.id));
	});

	router.add('POST', '/v1/connections/:id/resync', ({ store, params, body, now }) => {
		const c = findConnection(store, params.id);
		body = v.objectBody(body);
		v.rejectUnknown(body, ['scope']);
		const tableScope = body.scope !== undefined && body.scope !== null;
		if (tableScope) validateScope(c, body.scope);
		startSync(store, c, { historical: true, now });
		notify(store, tableScope ? 'resync_table' : 'resync_connector', c);
		return done(syncMessage(c.id));
	});

	router.add('POST', '/v1/connections/:id/test', ({ store, params, body }) => {
		const c = findConnection(store, params.id);
		body = v.objectBody(body, { required: true });
		v.rejectUnknown(body, ['trust_certificates', 'trust_fingerprints']);
		v.checkType(body, 'trust_certificates', 'boolean');
		v.checkType(body, 'trust_fingerprints', 'boolean');
		const tests = testAndPrepare(store, c);
		return ok(connectionView(c, tests), 'Setup tests have been completed');
	});
}

module.exports = { register, findConnection, validateScope };
