'use strict';
// Response shapes used by api.fivetran.com: every body is `{ code, message?, data? }`.

class ApiError extends Error {
	constructor(status, code, message) {
		super(message);
		this.status = status;
		this.code = code;
	}
}

function ok(data, message, status = 200) {
	const body = { code: 'Success' };
	if (message) body.message = message;
	if (data !== undefined) body.data = data;
	return { status, body };
}

function created(data, message) {
	return ok(data, message, 201);
}

function done(message) {
	return ok(undefined, message);
}

function errorBody(code, message) {
	return { code, message };
}

const invalid = (message) => new ApiError(400, 'InvalidInput', message);
const conflict = (message) => new ApiError(409, 'Conflict', message);

// Fivetran names the resource in the code: NotFound_Connection, NotFound_Group, ...
function notFound(type, id) {
	const noun = type.replace(/([a-z])([A-Z])/g, '$1 $2');
	return new ApiError(404, `NotFound_${type}`, `${noun} with id '${id}' doesn't exist`);
}

module.exports = { ApiError, ok, created, done, errorBody, invalid, conflict, notFound };
