'use strict';
// Account info, connector metadata and account users.
const { ok, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { connectorTypes, getConnectorType } = require('../services');
const { userView } = require('../views');

function register(router) {
	router.add('GET', '/v1/account/info', ({ store }) => {
		const { account_id, account_name, user_id } = store.account;
		return ok({ account_id, account_name, user_id }, 'Account information retrieved successfully');
	});

	router.add('GET', '/v1/metadata/connector-types', ({ query }) => ok(paginate(connectorTypes(), query)));

	router.add('GET', '/v1/metadata/connector-types/:service', ({ params }) => {
		const type = getConnectorType(params.service);
		if (!type) throw new ApiError(404, 'NotFound_Service', `Service '${params.service}' doesn't exist`);
		return ok({ ...type, config: {}, auth: {} });
	});

	router.add('GET', '/v1/users', ({ store, query }) => ok(paginate(store.userList(), query, (u) => userView(u))));

	router.add('GET', '/v1/users/:id', ({ store, params }) => {
		const user = store.users.get(params.id);
		if (!user) throw new ApiError(404, 'NotFound_User', `User with id '${params.id}' doesn't exist`);
		return ok(userView(user));
	});
}

module.exports = { register };
