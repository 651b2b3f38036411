'use strict';
const { ok, created, done, invalid, conflict, notFound } = require('../envelope');
const { paginate } = require('../paginate');
const { groupView, connectionView, userView } = require('../views');
const { newGroup } = require('../records');
const { objectBody, rejectUnknown, requireField, queryBool } = require('../validate');

function findGroup(store, id) {
	const g = store.groups.get(id);
	if (!g) throw notFound('Group', id);
	return g;
}

function checkName(store, body, selfId) {
	const name = requireField(body, 'name');
	if (typeof name !== 'string' || !name.trim()) throw invalid("Field 'name' must be a non-empty string");
	if (name.length > 255) throw invalid("Field 'name' must be at most 255 characters");
	for (const g of store.groupList()) {
		if (g.id !== selfId && g.name === name) throw conflict(`Group with name '${name}' already exists`);
	}
	return name;
}

function register(router) {
	router.add('GET', '/v1/groups', ({ store, query }) => ok(paginate(store.groupList(), query, groupView)));

	router.add('POST', '/v1/groups', ({ store, body }) => {
		body = objectBody(body, { required: true });
		rejectUnknown(body, ['name']);
		const name = checkName(store, body);
		const group = store.addGroup(newGroup({ id: store.newId(), name, created_at: new Date().toISOString() }));
		store.addMembership(group.id, store.account.user_id, 'Destination Administrator');
		return created(groupView(group), 'Group has been created');
	});

	router.add('GET', '/v1/groups/:id', ({ store, params }) => ok(groupView(findGroup(store, params.id))));

	router.add('PATCH', '/v1/groups/:id', ({ store, params, body }) => {
		const group = findGroup(store, params.id);
		body = objectBody(body, { required: true });
		rejectUnknown(body, ['name']);
		if (body.name !== undefined) group.name = checkName(store, body, group.id);
		return ok(groupView(group), 'Group has been updated');
	});

	router.add('DELETE', '/v1/groups/:id', ({ store, params }) => {
		findGroup(store, params.id);
		store.removeGroup(params.id);
		return done(`Group with id '${params.id}' has been deleted`);
	});

	router.add('GET', '/v1/groups/:id/connections', ({ store, params, query }) => {
		findGroup(store, params.id);
		let items = store.connectionsInGroup(params.id);
		const schema = query.get('schema');
		if (schema) items = items.filter((c) => c.schema === schema);
		return ok(paginate(items, query, (c) => connectionView(c)));
	});

	// active=true: only enabled users; otherwise everyone (as documented for the real endpoint).
	router.add('GET', '/v1/groups/:id/users', ({ store, params, query }) => {
		findGroup(store, params.id);
		const active = queryBool(query, 'active');
		const members = (store.memberships.get(params.id) || [])
			.map((m) => ({ user: store.users.get(m.user_id), role: m.role }))
			.filter((m) => m.user && (active !== true || m.user.active));
		return ok(paginate(members, query, (m) => userView(m.user, m.role)));
	});
}

module.exports = { register, findGroup };
