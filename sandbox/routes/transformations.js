'use strict';
// /v1/transformations: list, details, update (paused, schedule, transformation_config), delete,
// run and cancel. Runs last store.transformationDurationMs (see transformation-runs.js).
const { ok, done, invalid, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { transformationView } = require('../views');
const { readSchedule } = require('../transformation-schedule');
const { startRun, cancelRun } = require('../transformation-runs');
const v = require('../validate');

const TYPES = ['DBT_CORE', 'QUICKSTART'];
// What UpdateTransformationRequest's variants allow inside transformation_config.
const CONFIG_FIELDS = { DBT_CORE: ['project_id', 'name', 'steps'], QUICKSTART: ['excluded_models', 'configurable_variables'] };

function findTransformation(store, id) {
	const t = store.transformations.get(id);
	if (!t) throw new ApiError(404, 'NotFound_Transformation', `Transformation with id '${id}' doesn't exist`);
	return t;
}

function checkSteps(steps) {
	const okStep = (s) => v.isObject(s) && typeof s.name === 'string' && s.name && typeof s.command === 'string' && /^dbt\s+\S/.test(s.command);
	if (!Array.isArray(steps) || steps.length === 0 || !steps.every(okStep)) {
		throw invalid("Field 'transformation_config.steps' must be a non-empty array of {name, command} with dbt commands");
	}
}

function readConfigPatch(store, t, config) {
	if (!v.isObject(config)) throw invalid("Field 'transformation_config' must be an object");
	for (const key of Object.keys(config)) {
		if (!CONFIG_FIELDS[t.type].includes(key)) throw invalid(`Field 'transformation_config.${key}' can't be set on a ${t.type} transformation`);
	}
	if (config.name !== undefined && (typeof config.name !== 'string' || !config.name.trim())) {
		throw invalid("Field 'transformation_config.name' must be a non-empty string");
	}
	if (config.steps !== undefined) checkSteps(config.steps);
	if (config.project_id !== undefined && !store.transformationProjects.has(config.project_id)) {
		throw new ApiError(404, 'NotFound_TransformationProject', `Transformation project with id '${config.project_id}' doesn't exist`);
	}
	if (config.excluded_models !== undefined && !(Array.isArray(config.excluded_models) && config.excluded_models.every((m) => typeof m === 'string'))) {
		throw invalid("Field 'transformation_config.excluded_models' must be an array of strings");
	}
	if (config.configurable_variables !== undefined && !v.isObject(config.configurable_variables)) {
		throw invalid("Field 'transformation_config.configurable_variables' must be an object");
	}
	return structuredClone(config);
}

function updateTransformation({ store, params, body }) {
	const t = findTransformation(store, params.id);
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, ['paused', 'schedule', 'transformation_config']);
	if (Object.keys(body).length === 0) throw invalid('Send at least one of paused, schedule, transformation_config');
	v.checkType(body, 'paused', 'boolean');
	// Everything is checked before anything changes, so a 400 leaves the transformation as it was.
	const schedule = body.schedule === undefined ? undefined : readSchedule(body.schedule);
	const config = body.transformation_config === undefined ? undefined : readConfigPatch(store, t, body.transformation_config);
	if (body.paused !== undefined) t.paused = body.paused;
	if (schedule) t.schedule = schedule;
	if (config) Object.assign(t.transformation_config, config);
	return ok(transformationView(t), 'Transformation updated successfully');
}

function register(router) {
	router.add('GET', '/v1/transformations', ({ store, query }) => {
		let items = store.transformationList();
		const groupId = query.get('group_id');
		const projectId = query.get('project_id');
		const type = query.get('type');
		if (type && !TYPES.includes(type)) throw invalid(`Invalid value '${type}' for 'type'. Allowed: ${TYPES.join(', ')}`);
		if (groupId) items = items.filter((t) => t.group_id === groupId);
		if (projectId) items = items.filter((t) => t.transformation_config.project_id === projectId);
		if (type) items = items.filter((t) => t.type === type);
		return ok(paginate(items, query, transformationView));
	});
	router.add('GET', '/v1/transformations/:id', ({ store, params }) => ok(transformationView(findTransformation(store, params.id))));
	router.add('PATCH', '/v1/transformations/:id', updateTransformation);
	router.add('DELETE', '/v1/transformations/:id', ({ store, params }) => {
		findTransformation(store, params.id);
		store.removeTransformation(params.id);
		return done(`Transformation with id '${params.id}' has been deleted`);
	});

	// Running one that already runs answers the same 200 and changes nothing (the OpenAPI lists no 409).
	router.add('POST', '/v1/transformations/:id/run', ({ store, params, body, now }) => {
		const t = findTransformation(store, params.id);
		body = v.objectBody(body);
		v.rejectUnknown(body, ['full_refresh']);
		v.checkType(body, 'full_refresh', 'boolean');
		startRun(store, t, now);
		return done(`Transformation with id '${t.id}' has been started`);
	});
	router.add('POST', '/v1/transformations/:id/cancel', ({ store, params, now }) => {
		const t = findTransformation(store, params.id);
		const canceled = cancelRun(store, t, now);
		return done(canceled ? `Transformation with id '${t.id}' has been canceled` : `Transformation with id '${t.id}' is not running`);
	});
}

module.exports = { register, findTransformation };
