'use strict';
// In-memory account state. Records are stored in Fivetran's field layout; secrets stay unmasked
// here and are masked only by views.js when a response is built.
const { createIdFactory } = require('./ids');

class Store {
	constructor({ syncDurationMs = 3000, transformationDurationMs = 3000 } = {}) {
		this.syncDurationMs = syncDurationMs;
		this.transformationDurationMs = transformationDurationMs;
		this.clear();
	}

	clear() {
		this.account = { account_id: 'sandbox_account', account_name: 'Sandbox Account', user_id: null };
		this.groups = new Map();
		this.destinations = new Map(); // key: group id (a destination's id equals its group's id)
		this.connections = new Map();
		this.users = new Map();
		this.memberships = new Map(); // group id -> [{ user_id, role }]
		this.schemaConfigs = new Map(); // connection id -> schema config
		this.sdkStates = new Map(); // connection id -> state object (Function / Connector SDK only)
		this.syncs = new Map(); // connection id -> { startedAt, endsAt, historical }
		this.failNext = new Map(); // connection id -> { reason, breaks }
		this.syncHistory = new Map(); // connection id -> sync history records (sync-history.js)
		this.webhooks = new Map(); // webhook id -> webhook (secret stored unmasked)
		this.transformations = new Map(); // id -> transformation (group_id kept for filters, not shown)
		this.transformationProjects = new Map();
		this.transformationRuns = new Map(); // transformation id -> { startedAt, endsAt }
		this.failNextTransformation = new Map(); // transformation id -> error message
		this.agents = new Map(); // hybrid deployment agent id -> agent
		this.nextId = createIdFactory();
		this._lists = {};
	}

	newId() {
		const maps = [this.groups, this.connections, this.users, this.webhooks, this.transformations, this.transformationProjects, this.agents];
		return this.nextId((id) => maps.some((m) => m.has(id)));
	}

	// Cached insertion-ordered arrays so paging through 50k connections stays cheap.
	_list(name) {
		if (!this._lists[name]) this._lists[name] = [...this[name].values()];
		return this._lists[name];
	}

	_touch(name) {
		this._lists[name] = undefined;
	}

	groupList() {
		return this._list('groups');
	}

	connectionList() {
		return this._list('connections');
	}

	destinationList() {
		return this._list('destinations');
	}

	userList() {
		return this._list('users');
	}

	webhookList() {
		return this._list('webhooks');
	}

	transformationList() {
		return this._list('transformations');
	}

	transformationProjectList() {
		return this._list('transformationProjects');
	}

	agentList() {
		return this._list('agents');
	}

	// Generic add/remove for the maps above (and users, webhooks): keeps the cached lists fresh.
	put(name, record) {
		this[name].set(record.id, record);
		this._touch(name);
		return record;
	}

	drop(name, id) {
		this[name].delete(id);
		this._touch(name);
	}

	addWebhook(webhook) {
		this.webhooks.set(webhook.id, webhook);
		this._touch('webhooks');
		return webhook;
	}

	removeWebhook(id) {
		this.webhooks.delete(id);
		this._touch('webhooks');
	}

	addGroup(group) {
		this.groups.set(group.id, group);
		this._touch('groups');
		return group;
	}

	addDestination(destination) {
		this.destinations.set(destination.id, destination);
		this._touch('destinations');
		return destination;
	}

	addConnection(connection) {
		this.connections.set(connection.id, connection);
		this._touch('connections');
		return connection;
	}

	addUser(user) {
		this.users.set(user.id, user);
		this._touch('users');
		return user;
	}

	addMembership(groupId, userId, role) {
		if (!this.memberships.has(groupId)) this.memberships.set(groupId, []);
		this.memberships.get(groupId).push({ user_id: userId, role });
	}

	removeMembership(groupId, userId) {
		const members = this.memberships.get(groupId) || [];
		this.memberships.set(groupId, members.filter((m) => m.user_id !== userId));
	}

	removeUser(id) {
		for (const groupId of this.memberships.keys()) this.removeMembership(groupId, id);
		this.drop('users', id);
	}

	removeTransformation(id) {
		this.transformationRuns.delete(id);
		this.failNextTransformation.delete(id);
		this.drop('transformations', id);
	}

	removeConnection(id) {
		this.connections.delete(id);
		this.schemaConfigs.delete(id);
		this.sdkStates.delete(id);
		this.syncs.delete(id);
		this.failNext.delete(id);
		this._touch('connections');
	}

	removeDestination(id) {
		this.destinations.delete(id);
		this._touch('destinations');
	}

	// Deleting a group removes everything that lives in it, as Fivetran does.
	removeGroup(id) {
		for (const c of this.connectionList()) if (c.group_id === id) this.removeConnection(c.id);
		for (const t of this.transformationList()) if (t.group_id === id) this.removeTransformation(t.id);
		for (const p of this.transformationProjectList()) if (p.group_id === id) this.drop('transformationProjects', p.id);
		for (const a of this.agentList()) if (a.group_id === id) this.drop('agents', a.id);
		this.removeDestination(id);
		this.memberships.delete(id);
		this.groups.delete(id);
		this._touch('groups');
	}

	// Indexed once per version of the connection list, so a group's page costs what an account page does.
	connectionsInGroup(groupId) {
		const list = this.connectionList();
		if (this._byGroupOf !== list) {
			this._byGroupOf = list;
			this._byGroup = new Map();
			for (const c of list) {
				if (!this._byGroup.has(c.group_id)) this._byGroup.set(c.group_id, []);
				this._byGroup.get(c.group_id).push(c);
			}
		}
		return this._byGroup.get(groupId) || [];
	}
}

module.exports = { Store };
