import { fivetran, rl, success } from '../../fixtures';
import { capture, destination, runDestination, VERSIONED } from './helpers';

const setupTests = [
	{ title: 'Host Connection', status: 'PASSED', message: '' },
	{
		title: 'Database Connection',
		status: 'FAILED',
		message: 'Invalid credentials',
		details: { code: 28 },
	},
];

describe('Destination runSetupTests', () => {
	it('POST /v1/destinations/{id}/test with {} and one output item per test result', async () => {
		const sent = capture();
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.post('/v1/destinations/decent_dropsy/test', sent.match)
			.reply(
				200,
				success({ ...destination, setup_tests: setupTests }, 'Setup tests have been completed'),
			);

		const { items, error } = await runDestination({
			operation: 'runSetupTests',
			destinationId: rl('decent_dropsy'),
		});

		expect(error).toBeUndefined();
		expect(sent.bodies).toEqual([{}]);
		expect(items.map((i) => i.json)).toEqual([
			{ destination_id: 'decent_dropsy', title: 'Host Connection', status: 'PASSED', message: '' },
			{
				destination_id: 'decent_dropsy',
				title: 'Database Connection',
				status: 'FAILED',
				message: 'Invalid credentials',
				details: { code: 28 },
			},
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(api.isDone()).toBe(true);
	});

	it('sends trust_certificates and trust_fingerprints when set', async () => {
		const sent = capture();
		const api = fivetran()
			.post('/v1/destinations/d1/test', sent.match)
			.reply(200, success({ id: 'd1', setup_tests: [setupTests[0]] }));

		const { items } = await runDestination({
			operation: 'runSetupTests',
			destinationId: rl('d1'),
			options: { trustCertificates: true, trustFingerprints: false },
		});

		expect(sent.bodies).toEqual([{ trust_certificates: true, trust_fingerprints: false }]);
		expect(items).toHaveLength(1);
		expect(api.isDone()).toBe(true);
	});

	it("without any result still outputs one item with the setup status and Fivetran's message", async () => {
		const api = fivetran()
			.post('/v1/destinations/d1/test')
			.reply(
				200,
				success({ id: 'd1', setup_status: 'INCOMPLETE' }, 'Setup tests have been completed'),
			);

		const { items } = await runDestination({ operation: 'runSetupTests', destinationId: rl('d1') });

		expect(items.map((i) => i.json)).toEqual([
			{
				destination_id: 'd1',
				setup_status: 'INCOMPLETE',
				message: 'Setup tests have been completed',
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it("a 404 shows Fivetran's message and names the destination ID", async () => {
		const api = fivetran().post('/v1/destinations/nope/test').reply(404, {
			code: 'NotFound_Destination',
			message: "Destination with id 'nope' doesn't exist",
		});

		const { error } = await runDestination({
			operation: 'runSetupTests',
			destinationId: rl('nope'),
		});

		expect(error?.message).toContain("Destination with id 'nope' doesn't exist");
		expect(error?.description).toContain('destination "nope"');
		expect(api.isDone()).toBe(true);
	});

	it('is a write: a Read Only credential is refused before any request', async () => {
		const { error } = await runDestination(
			{ operation: 'runSetupTests', destinationId: rl('d1') },
			{ safetyLevel: 'readOnly' },
		);

		expect(error?.message).toContain('safety level does not allow this operation');
	});
});
