import { fivetran, rl, success } from '../../fixtures';
import { capture, destination, runDestination, VERSIONED } from './helpers';

describe('Destination update', () => {
	it('PATCH /v1/destinations/{id} with only the given fields when the time zone offset is among them', async () => {
		const sent = capture();
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.patch('/v1/destinations/decent_dropsy', sent.match)
			.reply(200, success({ ...destination, time_zone_offset: '+2' }));

		const { items, error } = await runDestination({
			operation: 'update',
			destinationId: rl('decent_dropsy'),
			updateFields: { timeZoneOffset: '+2', region: 'AWS_EU_WEST_1', runSetupTests: true },
		});

		expect(error).toBeUndefined();
		expect(sent.bodies).toEqual([
			{ time_zone_offset: '+2', region: 'AWS_EU_WEST_1', run_setup_tests: true },
		]);
		expect(items[0].json.time_zone_offset).toBe('+2');
		expect(api.isDone()).toBe(true);
	});

	it('without a time zone offset: GETs the destination first and sends its current offset with the change', async () => {
		const sent = capture();
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.get('/v1/destinations/decent_dropsy')
			.reply(200, success(destination))
			.patch('/v1/destinations/decent_dropsy', sent.match)
			.reply(200, success({ ...destination, config: { password: '******' } }));

		const { items, error } = await runDestination({
			operation: 'update',
			destinationId: rl('decent_dropsy'),
			updateFields: {
				config: '{"password": "n3w"}',
				daylightSavingTimeEnabled: false,
				trustCertificates: true,
				trustFingerprints: true,
			},
		});

		expect(error).toBeUndefined();
		expect(sent.bodies).toEqual([
			{
				config: { password: 'n3w' },
				daylight_saving_time_enabled: false,
				trust_certificates: true,
				trust_fingerprints: true,
				time_zone_offset: '-5',
			},
		]);
		expect(items).toHaveLength(1);
		expect(items[0].json.config).toEqual({ password: '******' });
		expect(api.isDone()).toBe(true);
	});

	it("a 404 on the first GET stops there, shows Fivetran's message and names the destination ID", async () => {
		const api = fivetran()
			.get('/v1/destinations/nope')
			.reply(404, { code: 'NotFound', message: 'Destination with id nope not found' });

		const { error } = await runDestination({
			operation: 'update',
			destinationId: rl('nope'),
			updateFields: { region: 'GCP_US_WEST1' },
		});

		expect(error?.message).toContain('Destination with id nope not found');
		expect(error?.description).toContain('destination "nope"');
		expect(error?.description).toContain('GET /destinations/nope');
		expect(api.isDone()).toBe(true);
	});

	describe('bad input fails before any request, naming the parameter', () => {
		it('invalid JSON config', async () => {
			const { error } = await runDestination({
				operation: 'update',
				destinationId: rl('decent_dropsy'),
				updateFields: { config: '{not json}' },
			});

			expect(error?.message).toBe('The parameter "Config (JSON)" is not valid JSON');
		});

		it('no field to update', async () => {
			const { error } = await runDestination({
				operation: 'update',
				destinationId: rl('decent_dropsy'),
				updateFields: {},
			});

			expect(error?.message).toContain('add at least one field under "Update Fields"');
		});

		it('a Read Only credential', async () => {
			const { error } = await runDestination(
				{ operation: 'update', destinationId: rl('d1'), updateFields: { timeZoneOffset: '0' } },
				{ safetyLevel: 'readOnly' },
			);

			expect(error?.message).toContain('safety level does not allow this operation');
		});
	});
});
