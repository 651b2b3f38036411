import { fivetran, rl } from '../../fixtures';
import { capture, destination, runDestination, VERSIONED } from './helpers';

const created = {
	code: 'Success',
	message: 'Destination has been created',
	data: {
		...destination,
		setup_tests: [{ title: 'Connecting to host', status: 'PASSED', message: '' }],
	},
};

describe('Destination create', () => {
	it('POST /v1/destinations with group_id, service, region, time_zone_offset and the parsed config; outputs the destination with setup_tests', async () => {
		const sent = capture();
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.matchHeader('content-type', /application\/json/)
			.post('/v1/destinations', sent.match)
			.reply(201, created);

		const { items, error } = await runDestination({
			operation: 'create',
			groupId: rl('decent_dropsy'),
			destinationService: 'snowflake',
			region: 'AWS_US_EAST_1',
			timeZoneOffset: '-5',
			config: '{"host": "acme.snowflakecomputing.com", "port": 443, "database": "RAW"}',
		});

		expect(error).toBeUndefined();
		expect(sent.bodies).toEqual([
			{
				group_id: 'decent_dropsy',
				service: 'snowflake',
				region: 'AWS_US_EAST_1',
				time_zone_offset: '-5',
				config: { host: 'acme.snowflakecomputing.com', port: 443, database: 'RAW' },
			},
		]);
		expect(items.map((i) => i.json)).toEqual([created.data]);
		expect(api.isDone()).toBe(true);
	});

	it('sends the additional fields under their Fivetran names and leaves out an empty config', async () => {
		const sent = capture();
		const api = fivetran().post('/v1/destinations', sent.match).reply(201, created);

		const { error } = await runDestination({
			operation: 'create',
			groupId: rl('g1'),
			destinationService: 'big_query',
			additionalFields: {
				daylightSavingTimeEnabled: true,
				networkingMethod: 'SshTunnel',
				runSetupTests: false,
				trustCertificates: true,
				trustFingerprints: false,
			},
		});

		expect(error).toBeUndefined();
		expect(sent.bodies).toEqual([
			{
				group_id: 'g1',
				service: 'big_query',
				region: 'GCP_US_EAST4',
				time_zone_offset: '0',
				daylight_saving_time_enabled: true,
				networking_method: 'SshTunnel',
				run_setup_tests: false,
				trust_certificates: true,
				trust_fingerprints: false,
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('takes a service that is not in the list from an expression, and a config object from an expression', async () => {
		const sent = capture();
		const api = fivetran().post('/v1/destinations', sent.match).reply(201, created);

		const { error } = await runDestination(
			{
				operation: 'create',
				groupId: rl('={{ $json.group }}'),
				destinationService: '={{ $json.service }}',
				timeZoneOffset: '={{ 3 }}',
				config: '={{ $json.config }}',
			},
			{ input: [{ group: 'g2', service: 's3_data_lake', config: { bucket: 'lake' } }] },
		);

		expect(error).toBeUndefined();
		expect(sent.bodies).toEqual([
			{
				group_id: 'g2',
				service: 's3_data_lake',
				region: 'GCP_US_EAST4',
				time_zone_offset: '+3',
				config: { bucket: 'lake' },
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it("shows Fivetran's 400 message (e.g. an unsupported service)", async () => {
		const api = fivetran()
			.post('/v1/destinations')
			.reply(400, { code: 'InvalidInput', message: "Unsupported service 'warehouse_x'" });

		const { error } = await runDestination({
			operation: 'create',
			groupId: rl('g1'),
			destinationService: '={{ "warehouse_x" }}',
		});

		expect(error?.message).toContain("Unsupported service 'warehouse_x'");
		expect(error?.httpCode).toBe('400');
		expect(api.isDone()).toBe(true);
	});

	it("a 404 for the group shows Fivetran's message and names the group ID", async () => {
		const api = fivetran()
			.post('/v1/destinations')
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'ghost' doesn't exist" });

		const { error } = await runDestination({
			operation: 'create',
			groupId: rl('ghost'),
			destinationService: 'snowflake',
		});

		expect(error?.message).toContain("Group with id 'ghost' doesn't exist");
		expect(error?.httpCode).toBe('404');
		expect(api.isDone()).toBe(true);
	});

	describe('bad input fails before any request, naming the parameter', () => {
		// No interceptor is set up: a request would fail the test with another error.
		it.each([
			[
				'invalid JSON config',
				{ config: '{"host": ' },
				'The parameter "Config (JSON)" is not valid JSON',
			],
			[
				'a config that is a JSON array',
				{ config: '[1, 2]' },
				'The parameter "Config (JSON)" must be a JSON object',
			],
			[
				'a time zone offset out of range from an expression',
				{ timeZoneOffset: '={{ "+13" }}' },
				'The parameter "Time Zone Offset" must be a whole number of hours from -11 to +12',
			],
			[
				'an empty service from an expression',
				{ destinationService: '={{ "" }}' },
				'The parameter "Service" is empty',
			],
			[
				'an empty group from an expression',
				{ groupId: rl('={{ "" }}') },
				'The parameter "Group" is empty',
			],
		])('%s', async (_case, parameters, message) => {
			const { items, error } = await runDestination({
				operation: 'create',
				groupId: rl('g1'),
				destinationService: 'snowflake',
				...parameters,
			});

			expect(items).toEqual([]);
			expect(error?.message).toContain(message);
		});

		it('a Read Only credential', async () => {
			const { error } = await runDestination(
				{ operation: 'create', groupId: rl('g1'), destinationService: 'snowflake' },
				{ safetyLevel: 'readOnly' },
			);

			expect(error?.message).toContain('safety level does not allow this operation');
			expect(error?.description).toContain('Nothing was sent to Fivetran');
		});
	});
});
