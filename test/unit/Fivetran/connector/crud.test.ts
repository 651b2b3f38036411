import { errorText, fivetran, rl, runFivetran, success } from '../../fixtures';
import { connection, expectRefusedWithoutRequest, notFound, V2 } from './data';

const base = { resource: 'connector' };

describe('Connector get / create / update / delete / pause / resume: the request Fivetran documents', () => {
	it('get: GET /v1/connections/{id} with Accept version=2, outputs the connection', async () => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.get('/v1/connections/sandy_lamb')
			.reply(200, success(connection()));

		const { items, error } = await runFivetran({
			...base,
			operation: 'get',
			connectorId: rl(' sandy_lamb '),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([connection()]);
		expect(api.isDone()).toBe(true);
	});

	it('create (JSON config): POST /v1/connections with group, service, config and the chosen settings; 201', async () => {
		const created = { ...connection(), setup_tests: [{ title: 'Connecting', status: 'PASSED' }] };
		const api = fivetran()
			.matchHeader('accept', V2)
			.post('/v1/connections', {
				group_id: 'decent_dropsy',
				service: 'postgres',
				config: { schema: 'pg_main', host: 'db.example.com', port: 5432 },
				paused: true,
				sync_frequency: 60,
				schedule_type: 'manual',
				daily_sync_time: '03:00',
				trust_certificates: true,
				trust_fingerprints: false,
				run_setup_tests: true,
				pause_after_trial: false,
				data_delay_sensitivity: 'HIGH',
			})
			.reply(201, { code: 'Success', data: created });

		const { items, error } = await runFivetran({
			...base,
			operation: 'create',
			groupId: rl('decent_dropsy'),
			service: { __rl: true, mode: 'list', value: 'postgres' },
			configMode: 'json',
			configJson: '{"schema": "pg_main", "host": "db.example.com", "port": 5432}',
			additionalFields: {
				paused: true,
				syncFrequency: 60,
				scheduleType: 'manual',
				dailySyncTime: '03:00',
				trustCertificates: true,
				trustFingerprints: false,
				runSetupTests: true,
				pauseAfterTrial: false,
				dataDelaySensitivity: 'HIGH',
			},
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([created]);
		expect(api.isDone()).toBe(true);
	});

	it('create (config fields): key-value rows become a typed config object', async () => {
		const api = fivetran()
			.post('/v1/connections', {
				group_id: 'g1',
				service: 'google_sheets',
				config: {
					schema: 'sheets',
					table: 'orders',
					auth_type: 'ServiceAccount',
					port: 5432,
					ssl: true,
					columns: ['a'],
				},
			})
			.reply(201, { code: 'Success', data: { id: 'new_one' } });

		const { items, error } = await runFivetran({
			...base,
			operation: 'create',
			groupId: rl('g1'),
			service: rl('google_sheets'),
			configMode: 'fields',
			configUi: {
				fields: [
					{ key: 'schema', value: 'sheets' },
					{ key: ' table ', value: 'orders', valueType: 'string' },
					{ key: 'auth_type', value: 'ServiceAccount' },
					{ key: 'port', value: '5432', valueType: 'number' },
					{ key: 'ssl', value: 'TRUE', valueType: 'boolean' },
					{ key: 'columns', value: '["a"]', valueType: 'json' },
				],
			},
		});

		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('new_one');
		expect(api.isDone()).toBe(true);
	});

	it('update: PATCH /v1/connections/{id} with only the given fields (config merged by Fivetran)', async () => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.patch('/v1/connections/sandy_lamb', {
				config: { password: 'new' },
				sync_frequency: 1440,
				daily_sync_time: '05:00',
				run_setup_tests: false,
				data_delay_sensitivity: 'CUSTOM',
				data_delay_threshold: 90,
			})
			.reply(200, success(connection({ sync_frequency: 1440 })));

		const { items, error } = await runFivetran({
			...base,
			operation: 'update',
			connectorId: rl('sandy_lamb'),
			updateFields: {
				configJson: '{"password": "new"}',
				syncFrequency: 1440,
				dailySyncTime: '05:00',
				runSetupTests: false,
				dataDelaySensitivity: 'CUSTOM',
				dataDelayThreshold: 90,
			},
		});

		expect(error).toBeUndefined();
		expect(items[0].json.sync_frequency).toBe(1440);
		expect(api.isDone()).toBe(true);
	});

	it('update: a sync frequency from an expression as text is sent as the integer Fivetran wants', async () => {
		const api = fivetran()
			.patch('/v1/connections/c1', { sync_frequency: 15 })
			.reply(200, success({ id: 'c1' }));

		const { error } = await runFivetran({
			...base,
			operation: 'update',
			connectorId: rl('c1'),
			updateFields: { syncFrequency: '={{ "15" }}' },
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('delete: DELETE /v1/connections/{id} once confirmed; outputs deleted, id and message', async () => {
		const message = "Connection with id 'sandy_lamb' has been deleted";
		const api = fivetran()
			.matchHeader('accept', V2)
			.delete('/v1/connections/sandy_lamb')
			.reply(200, { code: 'Success', message });

		const { items } = await runFivetran({
			...base,
			operation: 'delete',
			connectorId: rl('sandy_lamb'),
			confirmDelete: true,
		});

		expect(items.map((i) => i.json)).toEqual([{ deleted: true, id: 'sandy_lamb', message }]);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['pause', true],
		['resume', false],
	])('%s: PATCH {paused: %s} and outputs the connection', async (operation, paused) => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.patch('/v1/connections/sandy_lamb', { paused })
			.reply(200, success(connection({ paused })));

		const { items } = await runFivetran({ ...base, operation, connectorId: rl('sandy_lamb') });

		expect(items[0].json.paused).toBe(paused);
		expect(api.isDone()).toBe(true);
	});
});

describe('Connector get / create / update / delete: bad input sends nothing and names the parameter', () => {
	it.each([
		[
			'an empty ID from an expression',
			{ operation: 'get', connectorId: rl('={{ "" }}') },
			'The parameter "Connector" is empty',
		],
		[
			'invalid JSON config',
			{
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configMode: 'json',
				configJson: '{"schema": ',
			},
			'The parameter "Config (JSON)" is not valid JSON',
		],
		[
			'a JSON config that is an array',
			{
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configMode: 'json',
				configJson: '[1]',
			},
			'The parameter "Config (JSON)" must be a JSON object',
		],
		[
			'a config row without a key',
			{
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configUi: { fields: [{ key: ' ', value: 'x' }] },
			},
			'A row of "Config Fields" has an empty key',
		],
		[
			'a config row whose number is not a number',
			{
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configUi: { fields: [{ key: 'port', value: 'abc', valueType: 'number' }] },
			},
			'The parameter "Config Fields › port" must be a number',
		],
		[
			'an empty service from an expression',
			{ operation: 'create', groupId: rl('g1'), service: rl('={{ "" }}') },
			'The parameter "Service" is empty',
		],
		[
			'invalid JSON config on update',
			{ operation: 'update', connectorId: rl('c1'), updateFields: { configJson: 'nope' } },
			'The parameter "Config (JSON)" is not valid JSON',
		],
		[
			'update with nothing to change',
			{ operation: 'update', connectorId: rl('c1'), updateFields: {} },
			'Add at least one field under "Update Fields"',
		],
		[
			'update with only setup-test controls',
			{
				operation: 'update',
				connectorId: rl('c1'),
				updateFields: { trustCertificates: true, runSetupTests: true },
			},
			'"Trust Certificates", "Trust Fingerprints" and "Run Setup Tests" cannot be sent alone',
		],
		[
			'delete without confirmation',
			{ operation: 'delete', connectorId: rl('c1'), confirmDelete: false },
			'Turn on "Confirm Delete" to run this operation',
		],
	])('%s', async (_case, parameters, message) => {
		await expectRefusedWithoutRequest({ ...base, ...parameters }, message);
	});

	it('delete without confirmation says nothing was sent and what would be lost', async () => {
		const { error } = await runFivetran({ ...base, operation: 'delete', connectorId: rl('c1') });

		expect(error?.description).toMatch(/cannot be undone.*Nothing was sent to Fivetran/);
	});
});

describe('Connector get / create / update / delete: Fivetran errors', () => {
	it("get of an unknown ID: 404 with Fivetran's message and the connector named", async () => {
		fivetran().get('/v1/connections/nope').reply(404, notFound);

		const { error } = await runFivetran({ ...base, operation: 'get', connectorId: rl('nope') });

		expect(error?.message).toBe(
			`Not found in Fivetran (404 NotFound_Connection): ${notFound.message}`,
		);
		expect(error?.httpCode).toBe('404');
		expect(error?.description).toContain('Check the connector "nope"');
		expect(errorText(error)).not.toContain('s3cr3t-never-shown');
	});

	it('create refused by Fivetran (400) shows the field Fivetran names', async () => {
		fivetran()
			.post('/v1/connections')
			.reply(400, { code: 'InvalidInput', message: "Field 'config.schema' is required" });

		const { error } = await runFivetran({
			...base,
			operation: 'create',
			groupId: rl('g1'),
			service: rl('postgres'),
		});

		expect(error?.message).toBe(
			"Fivetran refused the request (400 InvalidInput): Field 'config.schema' is required",
		);
	});

	it("delete of an unknown ID: 404 with Fivetran's message", async () => {
		fivetran().delete('/v1/connections/nope').reply(404, notFound);

		const { error } = await runFivetran({
			...base,
			operation: 'delete',
			connectorId: rl('nope'),
			confirmDelete: true,
		});

		expect(error?.message).toContain(notFound.message);
		expect(error?.httpCode).toBe('404');
	});
});
