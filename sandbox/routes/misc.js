'use strict';
// Account info and connector metadata (users: routes/users.js).
const { ok, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { connectorTypes, getConnectorType } = require('../services');

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
}

module.exports = { register };
