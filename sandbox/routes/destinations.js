'use strict';
const { ok, created, done, invalid, conflict, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { destinationView, MASK } = require('../views');
const { newDestination } = require('../records');
const { runDestinationTests } = require('../setup-tests');
const v = require('../validate');
const { findGroup } = require('./groups');

const REGIONS = [
	'GCP_US_EAST4', 'GCP_US_WEST1', 'GCP_US_CENTRAL1', 'GCP_EUROPE_WEST3', 'GCP_AUSTRALIA_SOUTHEAST1',
	'GCP_NORTHAMERICA_NORTHEAST1', 'GCP_EUROPE_WEST2', 'GCP_ASIA_SOUTHEAST1', 'GCP_ASIA_SOUTHEAST2',
	'GCP_ASIA_SOUTH1', 'GCP_ASIA_NORTHEAST1', 'AWS_US_EAST_1', 'AWS_US_EAST_2', 'AWS_US_WEST_2',
	'AWS_AP_NORTHEAST_1', 'AWS_AP_SOUTHEAST_1', 'AWS_AP_SOUTHEAST_2', 'AWS_EU_CENTRAL_1', 'AWS_EU_WEST_1',
	'AWS_EU_WEST_2', 'AWS_AP_SOUTH_1', 'AWS_CA_CENTRAL_1', 'AWS_US_GOV_WEST_1', 'AZURE_EASTUS2',
	'AZURE_AUSTRALIAEAST', 'AZURE_UKSOUTH', 'AZURE_WESTEUROPE', 'AZURE_CENTRALUS', 'AZURE_CANADACENTRAL',
	'AZURE_UAENORTH', 'AZURE_SOUTHEASTASIA', 'AZURE_EASTUS', 'AZURE_JAPANEAST', 'AZURE_CENTRALINDIA',
];
const OFFSETS = ['-11', '-10', '-9', '-8', '-7', '-6', '-5', '-4', '-3', '-2', '-1', '0',
	'+1', '+2', '+3', '+4', '+5', '+6', '+7', '+8', '+9', '+10', '+11', '+12'];
const SERVICES = ['snowflake', 'big_query', 'redshift', 'databricks', 'postgres_warehouse', 'postgres_rds_warehouse',
	'mysql_warehouse', 'sql_server_warehouse', 'azure_sql_data_warehouse', 'managed_big_query', 'big_query_dts',
	's3_data_lake', 'adls', 'onelake', 'new_s3_datalake', 'panoply', 'periscope_warehouse'];
const COMMON = ['region', 'time_zone_offset', 'config', 'daylight_saving_time_enabled', 'networking_method',
	'private_link_id', 'proxy_agent_id', 'hybrid_deployment_agent_id', 'external_secrets_manager_id',
	'trust_certificates', 'trust_fingerprints', 'run_setup_tests'];
const STORED = ['region', 'time_zone_offset', 'daylight_saving_time_enabled', 'networking_method',
	'private_link_id', 'proxy_agent_id', 'hybrid_deployment_agent_id'];

function findDestination(store, id) {
	const d = store.destinations.get(id);
	if (!d) throw new ApiError(404, 'NotFound_Destination', `Destination with id '${id}' doesn't exist`);
	return d;
}

function validate(body) {
	v.checkEnum(body, 'region', REGIONS);
	v.checkEnum(body, 'time_zone_offset', OFFSETS);
	v.checkEnum(body, 'networking_method', ['Directly', 'SshTunnel', 'PrivateLink', 'ProxyAgent']);
	v.checkType(body, 'config', 'object');
	for (const f of ['daylight_saving_time_enabled', 'trust_certificates', 'trust_fingerprints', 'run_setup_tests']) {
		v.checkType(body, f, 'boolean');
	}
	for (const f of ['private_link_id', 'proxy_agent_id', 'hybrid_deployment_agent_id']) v.checkNullableString(body, f);
}

function register(router) {
	router.add('GET', '/v1/destinations', ({ store, query }) =>
		ok(paginate(store.destinationList(), query, (d) => destinationView(d, { withConfig: false }))));

	router.add('POST', '/v1/destinations', ({ store, body }) => {
		body = v.objectBody(body, { required: true });
		v.rejectUnknown(body, [...COMMON, 'group_id', 'service']);
		const groupId = v.requireField(body, 'group_id');
		const service = v.requireField(body, 'service');
		v.requireField(body, 'time_zone_offset');
		validate(body);
		if (!SERVICES.includes(service)) throw invalid(`Unsupported service '${service}'`);
		findGroup(store, groupId);
		if (store.destinations.has(groupId)) throw conflict(`Group '${groupId}' already has a destination`);
		const fields = { group_id: groupId, service, config: body.config || {}, setup_status: 'INCOMPLETE' };
		for (const f of STORED) if (body[f] !== undefined) fields[f] = body[f];
		const d = store.addDestination(newDestination(fields));
		const setupTests = body.run_setup_tests === false ? [] : runDestinationTests(d);
		return created(destinationView(d, { setupTests }), 'Destination has been created');
	});

	router.add('GET', '/v1/destinations/:id', ({ store, params }) => ok(destinationView(findDestination(store, params.id))));

	router.add('PATCH', '/v1/destinations/:id', ({ store, params, body }) => {
		const d = findDestination(store, params.id);
		body = v.objectBody(body, { required: true });
		v.rejectUnknown(body, [...COMMON, 'external_secrets_keys_config']);
		validate(body);
		for (const f of STORED) if (body[f] !== undefined) d[f] = body[f];
		if (body.config) {
			for (const [k, val] of Object.entries(body.config)) if (val !== MASK) d.config[k] = val;
		}
		const runTests = body.run_setup_tests === true || (body.config && body.run_setup_tests !== false);
		const setupTests = runTests ? runDestinationTests(d) : undefined;
		return ok(destinationView(d, { setupTests }), 'Destination has been updated');
	});

	router.add('DELETE', '/v1/destinations/:id', ({ store, params }) => {
		findDestination(store, params.id);
		store.removeDestination(params.id);
		return done(`Destination with id '${params.id}' has been deleted`);
	});

	router.add('POST', '/v1/destinations/:id/test', ({ store, params, body }) => {
		const d = findDestination(store, params.id);
		body = v.objectBody(body);
		v.rejectUnknown(body, ['trust_certificates', 'trust_fingerprints']);
		return ok(destinationView(d, { setupTests: runDestinationTests(d) }), 'Setup tests have been completed');
	});
}

module.exports = { register };
