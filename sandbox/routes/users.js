'use strict';
// /v1/users (list, details, invite, update, delete) and group membership writes
// (POST /v1/groups/:id/users, DELETE /v1/groups/:id/users/:userId; the list is in groups.js).
const { ok, created, done, invalid, conflict, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { userView } = require('../views');
const v = require('../validate');
const { findGroup } = require('./groups');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const OPTIONAL_TEXT = ['phone', 'picture', 'role'];

function findUser(store, id) {
	const user = store.users.get(id);
	if (!user) throw new ApiError(404, 'NotFound_User', `User with id '${id}' doesn't exist`);
	return user;
}

function nonEmptyText(body, name) {
	const value = body[name];
	if (value !== undefined && (typeof value !== 'string' || !value.trim())) throw invalid(`Field '${name}' must be a non-empty string`);
}

const sameEmail = (a, b) => a.toLowerCase() === b.toLowerCase();

function inviteUser({ store, body }) {
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, ['email', 'given_name', 'family_name', ...OPTIONAL_TEXT]);
	for (const f of ['email', 'given_name', 'family_name']) v.requireField(body, f);
	for (const f of ['email', 'given_name', 'family_name', 'role']) nonEmptyText(body, f);
	for (const f of ['phone', 'picture']) v.checkNullableString(body, f);
	if (!EMAIL.test(body.email)) throw invalid("Field 'email' must be an email address");
	if (store.userList().some((u) => sameEmail(u.email, body.email))) throw conflict(`User with email '${body.email}' already exists`);
	const user = store.put('users', {
		id: store.newId(), email: body.email, given_name: body.given_name, family_name: body.family_name,
		verified: false, invited: true, picture: body.picture ?? null, phone: body.phone ?? null,
		role: body.role ?? null, active: true, logged_in_at: null, created_at: new Date().toISOString(),
	});
	return created(userView(user), 'User has been created');
}

function updateUser({ store, params, body }) {
	const user = findUser(store, params.id);
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, ['given_name', 'family_name', ...OPTIONAL_TEXT]);
	if (Object.keys(body).length === 0) throw invalid('Send at least one of given_name, family_name, phone, picture, role');
	for (const f of ['given_name', 'family_name', 'role']) nonEmptyText(body, f);
	for (const f of ['phone', 'picture']) v.checkNullableString(body, f);
	if (body.role !== undefined && body.role !== user.role && user.id === store.account.user_id) {
		throw invalid('You cannot change your own role');
	}
	for (const f of ['given_name', 'family_name', ...OPTIONAL_TEXT]) if (body[f] !== undefined) user[f] = body[f];
	return ok(userView(user), 'User has been updated');
}

function addGroupMember({ store, params, body }) {
	findGroup(store, params.id);
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, ['email', 'role']);
	v.requireField(body, 'email');
	nonEmptyText(body, 'email');
	nonEmptyText(body, 'role');
	const user = store.userList().find((u) => sameEmail(u.email, body.email));
	if (!user) throw new ApiError(404, 'NotFound_User', `User with email '${body.email}' doesn't exist`);
	const members = store.memberships.get(params.id) || [];
	if (members.some((m) => m.user_id === user.id)) throw conflict(`User with id '${user.id}' is already a member of group '${params.id}'`);
	store.addMembership(params.id, user.id, body.role ?? 'Destination Reviewer');
	return done('User has been added to the group');
}

function register(router) {
	router.add('GET', '/v1/users', ({ store, query }) => {
		const active = v.queryBool(query, 'active');
		const users = active === undefined ? store.userList() : store.userList().filter((u) => u.active === active);
		return ok(paginate(users, query, (u) => userView(u)));
	});
	router.add('POST', '/v1/users', inviteUser);
	router.add('GET', '/v1/users/:id', ({ store, params }) => ok(userView(findUser(store, params.id))));
	router.add('PATCH', '/v1/users/:id', updateUser);
	router.add('DELETE', '/v1/users/:id', ({ store, params }) => {
		findUser(store, params.id);
		if (params.id === store.account.user_id) throw invalid('You cannot delete yourself (the user the API key belongs to)');
		store.removeUser(params.id);
		return done(`User with id '${params.id}' has been deleted`);
	});
	router.add('POST', '/v1/groups/:id/users', addGroupMember);
	router.add('DELETE', '/v1/groups/:id/users/:userId', ({ store, params }) => {
		findGroup(store, params.id);
		findUser(store, params.userId);
		const members = store.memberships.get(params.id) || [];
		if (!members.some((m) => m.user_id === params.userId)) {
			throw new ApiError(404, 'NotFound_User', `User with id '${params.userId}' is not a member of group '${params.id}'`);
		}
		store.removeMembership(params.id, params.userId);
		return done(`User with id '${params.userId}' has been removed from the group`);
	});
}

module.exports = { register, findUser };
