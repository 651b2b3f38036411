import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const destination = { resource: 'destination' };
const destinationId = rl('amber_pelican');
const path = '/v1/destinations/amber_pelican';

export const scenarios: Scenario[] = [
	{
		...destination,
		operation: 'getAll',
		name: 'one without region or networking, with an unknown setup_status and service',
		parameters: { returnAll: true },
		routes: [{ method: 'GET', path: '/v1/destinations', fixtures: ['destination/list'] }],
	},
	{
		...destination,
		operation: 'getAll',
		name: 'Simplify on one without region',
		parameters: { returnAll: true, simplify: true },
		routes: [{ method: 'GET', path: '/v1/destinations', fixtures: ['destination/list'] }],
	},
	{
		...destination,
		operation: 'get',
		name: 'details with a masked config',
		parameters: { destinationId },
		routes: [{ method: 'GET', path, fixtures: ['destination/details'] }],
		shows: ['acme-eu.snowflakecomputing.com'],
	},
	{
		...destination,
		operation: 'get',
		name: 'sparse: no daylight saving or networking fields',
		parameters: { destinationId: rl('brittle_lantern') },
		routes: [
			{
				method: 'GET',
				path: '/v1/destinations/brittle_lantern',
				fixtures: ['destination/details-sparse'],
			},
		],
	},
	{
		...destination,
		operation: 'create',
		name: '201, BROKEN with a failed setup test',
		parameters: {
			groupId: rl('cobalt_marmot'),
			destinationService: 'snowflake',
			region: 'AWS_US_EAST_1',
			timeZoneOffset: '-5',
			config: '{"host": "acme.snowflakecomputing.com", "port": 443, "database": "RAW"}',
		},
		routes: [
			{ method: 'POST', path: '/v1/destinations', fixtures: ['destination/created'], status: 201 },
		],
		shows: ['Incorrect username or password was specified.'],
	},
	{
		...destination,
		operation: 'update',
		name: 'without a time zone: reads it first, then the updated destination',
		parameters: { destinationId, updateFields: { config: '{"password": "n3w"}' } },
		routes: [
			{ method: 'GET', path, fixtures: ['destination/details'] },
			{ method: 'PATCH', path, fixtures: ['destination/details'] },
		],
	},
	{
		...destination,
		operation: 'delete',
		name: 'message only',
		parameters: { destinationId, confirmDelete: true },
		routes: [
			{
				method: 'DELETE',
				path,
				message: "Destination with id 'amber_pelican' has been deleted",
			},
		],
		shows: ['amber_pelican'],
	},
	{
		...destination,
		operation: 'runSetupTests',
		name: 'PASSED, WARNING with details, an unknown status',
		parameters: { destinationId },
		routes: [{ method: 'POST', path: `${path}/test`, fixtures: ['destination/setup-tests'] }],
		shows: ['GRANT CREATE SCHEMA is missing'],
		addsNullable: ['details'],
	},
	{
		...destination,
		operation: 'runSetupTests',
		name: 'an answer without setup_tests (as in the Go client mock)',
		parameters: { destinationId },
		routes: [
			{ method: 'POST', path: `${path}/test`, fixtures: ['destination/setup-tests-without-tests'] },
		],
	},
];
