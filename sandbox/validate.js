'use strict';
// Small request-body checks that answer 400 InvalidInput the way Fivetran does.
const { invalid } = require('./envelope');

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// A missing body counts as {} except where the caller requires one.
function objectBody(body, { required = false } = {}) {
	if (body === undefined) {
		if (required) throw invalid('Request body is required');
		return {};
	}
	if (!isObject(body)) throw invalid('Request body must be a JSON object');
	return body;
}

function rejectUnknown(body, allowed) {
	for (const key of Object.keys(body)) {
		if (!allowed.includes(key)) throw invalid(`Unknown field '${key}'`);
	}
}

function requireField(body, name) {
	const v = body[name];
	if (v === undefined || v === null || v === '') throw invalid(`Field '${name}' is required`);
	return v;
}

function checkType(body, name, type) {
	const v = body[name];
	if (v === undefined) return;
	const okType = type === 'object' ? isObject(v) : type === 'integer' ? Number.isInteger(v) : typeof v === type;
	if (!okType) throw invalid(`Field '${name}' must be ${type === 'integer' ? 'an integer' : `a ${type}`}`);
}

function checkEnum(body, name, allowed) {
	const v = body[name];
	if (v === undefined) return;
	if (!allowed.includes(v)) throw invalid(`Invalid value '${v}' for field '${name}'. Allowed: ${allowed.join(', ')}`);
}

function checkNullableString(body, name) {
	const v = body[name];
	if (v !== undefined && v !== null && typeof v !== 'string') throw invalid(`Field '${name}' must be a string`);
}

// ?active=true style query flags.
function queryBool(query, name) {
	const raw = query.get(name);
	if (raw === null || raw === '') return undefined;
	if (raw === 'true') return true;
	if (raw === 'false') return false;
	throw invalid(`Invalid value for '${name}': must be true or false`);
}

module.exports = { isObject, objectBody, rejectUnknown, requireField, checkType, checkEnum, checkNullableString, queryBool };
