import type { ContractCase } from './types';

const destinationId = { __rl: true, mode: 'id', value: 'decent_dropsy' };
const groupId = { __rl: true, mode: 'id', value: 'decent_dropsy' };
const destination = {
	id: 'decent_dropsy',
	group_id: 'decent_dropsy',
	service: 'snowflake',
	region: 'AWS_US_EAST_1',
	time_zone_offset: '-5',
	setup_status: 'CONNECTED',
};

export const cases: ContractCase[] = [
	{
		name: 'destination getAll with a limit',
		parameters: { resource: 'destination', operation: 'getAll', returnAll: false, limit: 20 },
		reply: { body: { code: 'Success', data: { items: [destination] } } },
	},
	{
		name: 'destination getAll, Return All',
		parameters: { resource: 'destination', operation: 'getAll', returnAll: true },
		reply: { body: { code: 'Success', data: { items: [destination] } } },
	},
	{
		name: 'destination get',
		parameters: { resource: 'destination', operation: 'get', destinationId },
		reply: { body: { code: 'Success', data: destination } },
	},
	{
		name: 'destination create with the required fields and a config',
		parameters: {
			resource: 'destination',
			operation: 'create',
			groupId,
			destinationService: 'snowflake',
			region: 'AWS_US_EAST_1',
			timeZoneOffset: '-5',
			config:
				'{"host": "acme.snowflakecomputing.com", "port": 443, "database": "RAW", "auth": "PASSWORD"}',
		},
		reply: { status: 201, body: { code: 'Success', data: destination } },
	},
	{
		name: 'destination create with every additional field',
		parameters: {
			resource: 'destination',
			operation: 'create',
			groupId,
			destinationService: 'postgres_warehouse',
			region: 'GCP_EUROPE_WEST3',
			timeZoneOffset: '+1',
			config: '{"host": "db.example.com", "port": 5432}',
			additionalFields: {
				daylightSavingTimeEnabled: true,
				networkingMethod: 'SshTunnel',
				runSetupTests: false,
				trustCertificates: true,
				trustFingerprints: true,
			},
		},
		reply: { status: 201, body: { code: 'Success', data: destination } },
	},
	{
		name: 'destination update with a time zone offset',
		parameters: {
			resource: 'destination',
			operation: 'update',
			destinationId,
			updateFields: {
				timeZoneOffset: '+2',
				region: 'AWS_EU_WEST_1',
				daylightSavingTimeEnabled: false,
			},
		},
		reply: { body: { code: 'Success', data: destination } },
	},
	{
		name: 'destination update without a time zone offset (GET, then PATCH with the current one)',
		parameters: {
			resource: 'destination',
			operation: 'update',
			destinationId,
			updateFields: {
				config: '{"password": "n3w"}',
				runSetupTests: true,
				trustCertificates: true,
				trustFingerprints: false,
			},
		},
		reply: { body: { code: 'Success', data: destination } },
	},
	{
		name: 'destination delete',
		parameters: {
			resource: 'destination',
			operation: 'delete',
			destinationId,
			confirmDelete: true,
		},
		reply: {
			body: { code: 'Success', message: "Destination with id 'decent_dropsy' has been deleted" },
		},
	},
	{
		name: 'destination runSetupTests with an empty body',
		parameters: { resource: 'destination', operation: 'runSetupTests', destinationId },
		reply: {
			body: {
				code: 'Success',
				data: {
					...destination,
					setup_tests: [{ title: 'Host Connection', status: 'PASSED', message: '' }],
				},
			},
		},
	},
	{
		name: 'destination runSetupTests trusting certificates and fingerprints',
		parameters: {
			resource: 'destination',
			operation: 'runSetupTests',
			destinationId,
			options: { trustCertificates: true, trustFingerprints: true },
		},
	},
];
