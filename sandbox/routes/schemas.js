'use strict';
// Schema config, schema reload, table re-sync and Connector SDK state for one connection.
const { ok, done, invalid, conflict, ApiError } = require('../envelope');
const { newSchemaConfig } = require('../records');
const { hasState, sourceTables } = require('../services');
const { startSync, notify } = require('../sync');
const v = require('../validate');
const { findConnection } = require('./connections');

const HANDLING = ['ALLOW_ALL', 'ALLOW_COLUMNS', 'BLOCK_ALL'];
const SYNC_MODES = ['SOFT_DELETE', 'HISTORY', 'LIVE'];

function missing(kind, name) {
	return new ApiError(404, `NotFound_${kind}`, `${kind} '${name}' doesn't exist in the schema config`);
}

function findSchemaConfig(store, id) {
	const cfg = store.schemaConfigs.get(id);
	if (!cfg) throw new ApiError(404, 'NotFound_SchemaConfig', `Schema config for connection with id '${id}' doesn't exist`);
	return cfg;
}

function patchObject(value, name) {
	if (!v.isObject(value)) throw invalid(`'${name}' must be an object`);
	return value;
}

function applyColumns(table, columns) {
	for (const [name, patch] of Object.entries(patchObject(columns, 'columns'))) {
		const col = table.columns[name];
		if (!col) throw missing('Column', name);
		patchObject(patch, name);
		v.checkType(patch, 'enabled', 'boolean');
		v.checkType(patch, 'hashed', 'boolean');
		if (patch.enabled === false && col.is_primary_key) throw invalid(`Column '${name}' is a primary key and can't be disabled`);
		if (patch.enabled !== undefined) col.enabled = patch.enabled;
		if (patch.hashed !== undefined) col.hashed = patch.hashed;
	}
}

function applyTables(schema, tables) {
	for (const [name, patch] of Object.entries(patchObject(tables, 'tables'))) {
		const table = schema.tables[name];
		if (!table) throw missing('Table', name);
		patchObject(patch, name);
		v.checkType(patch, 'enabled', 'boolean');
		v.checkEnum(patch, 'sync_mode', SYNC_MODES);
		if (patch.enabled !== undefined) table.enabled = patch.enabled;
		if (patch.sync_mode !== undefined) table.sync_mode = patch.sync_mode;
		if (patch.columns !== undefined) applyColumns(table, patch.columns);
	}
}

// Validate and apply on a copy so a bad request changes nothing.
function applySchemaPatch(current, body) {
	v.rejectUnknown(body, ['schema_change_handling', 'enable_new_by_default', 'is_type_locked', 'schemas']);
	v.checkEnum(body, 'schema_change_handling', HANDLING);
	v.checkType(body, 'enable_new_by_default', 'boolean');
	v.checkType(body, 'is_type_locked', 'boolean');
	const next = structuredClone(current);
	if (body.schema_change_handling) next.schema_change_handling = body.schema_change_handling;
	if (body.enable_new_by_default !== undefined) next.enable_new_by_default = body.enable_new_by_default;
	if (body.schemas !== undefined) {
		for (const [name, patch] of Object.entries(patchObject(body.schemas, 'schemas'))) {
			const schema = next.schemas[name];
			if (!schema) throw missing('Schema', name);
			patchObject(patch, name);
			v.checkType(patch, 'enabled', 'boolean');
			if (patch.enabled !== undefined) schema.enabled = patch.enabled;
			if (patch.tables !== undefined) applyTables(schema, patch.tables);
		}
	}
	return next;
}

// Re-reading the source adds tables that appeared since; EXCLUDE leaves new ones disabled.
function reload(store, c, excludeMode) {
	const enabled = excludeMode !== 'EXCLUDE';
	const fresh = newSchemaConfig(c.service, c.schema, { enabled });
	const current = store.schemaConfigs.get(c.id);
	if (!current) return fresh;
	const next = structuredClone(current);
	for (const [name, schema] of Object.entries(fresh.schemas)) {
		if (!next.schemas[name]) next.schemas[name] = schema;
		else for (const [t, table] of Object.entries(schema.tables)) next.schemas[name].tables[t] ??= table;
	}
	return next;
}

function requireStateful(c) {
	if (!hasState(c.service)) {
		throw invalid(`Connection state is available only for Connector SDK and Function connections; '${c.id}' is a '${c.service}' connection`);
	}
}

function register(router) {
	router.add('GET', '/v1/connections/:id/schemas', ({ store, params }) => {
		findConnection(store, params.id);
		return ok(findSchemaConfig(store, params.id));
	});

	router.add('POST', '/v1/connections/:id/schemas', ({ store, params }) => {
		const c = findConnection(store, params.id);
		if (store.schemaConfigs.has(c.id)) throw conflict(`Schema config for connection with id '${c.id}' already exists`);
		store.schemaConfigs.set(c.id, newSchemaConfig(c.service, c.schema));
		return ok(store.schemaConfigs.get(c.id), 'Schema configuration pre-created successfully');
	});

	router.add('PATCH', '/v1/connections/:id/schemas', ({ store, params, body }) => {
		findConnection(store, params.id);
		const current = findSchemaConfig(store, params.id);
		const next = applySchemaPatch(current, v.objectBody(body, { required: true }));
		store.schemaConfigs.set(params.id, next);
		return ok(next, 'Schema configuration has been modified');
	});

	router.add('POST', '/v1/connections/:id/schemas/reload', ({ store, params, body }) => {
		const c = findConnection(store, params.id);
		body = v.objectBody(body);
		v.rejectUnknown(body, ['exclude_mode']);
		v.checkEnum(body, 'exclude_mode', ['PRESERVE', 'EXCLUDE']);
		const next = reload(store, c, body.exclude_mode || 'PRESERVE');
		store.schemaConfigs.set(c.id, next);
		return ok(next, 'Schema configuration has been reloaded');
	});

	// Body: { "<schema>": ["table", ...] }.
	router.add('POST', '/v1/connections/:id/schemas/tables/resync', ({ store, params, body, now }) => {
		const c = findConnection(store, params.id);
		body = v.objectBody(body, { required: true });
		const entries = Object.entries(body);
		if (entries.length === 0) throw invalid('Specify at least one schema with tables to re-sync');
		const known = store.schemaConfigs.get(c.id)?.schemas || sourceTables(c.service, c.schema);
		for (const [schema, tables] of entries) {
			if (!Array.isArray(tables) || tables.length === 0 || !tables.every((t) => typeof t === 'string' && t)) {
				throw invalid(`Tables for schema '${schema}' must be a non-empty array of table names`);
			}
			if (!known[schema]) throw missing('Schema', schema);
		}
		startSync(store, c, { now });
		notify(store, 'resync_table', c);
		return done('Re-sync has been triggered successfully');
	});

	router.add('GET', '/v1/connections/:id/state', ({ store, params }) => {
		const c = findConnection(store, params.id);
		requireStateful(c);
		return ok({ state: structuredClone(store.sdkStates.get(c.id) || {}) });
	});

	router.add('PATCH', '/v1/connections/:id/state', ({ store, params, body }) => {
		const c = findConnection(store, params.id);
		requireStateful(c);
		body = v.objectBody(body, { required: true });
		v.rejectUnknown(body, ['state']);
		if (!v.isObject(body.state)) throw invalid("Field 'state' is required and must be an object");
		if (store.syncs.has(c.id)) throw conflict('Connection state cannot be updated while a sync is in progress');
		if (!c.paused) throw conflict('Pause the connection before updating its state');
		store.sdkStates.set(c.id, structuredClone(body.state));
		return ok({ state: structuredClone(body.state) }, 'Connection state has been updated');
	});
}

module.exports = { register };
