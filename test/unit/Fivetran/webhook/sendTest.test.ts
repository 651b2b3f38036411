import { fivetran, rl, success } from '../../fixtures';
import { countRequests, runWebhook } from './helpers';

const answered = { succeed: true, status: 200, message: 'OK' };

describe('Webhook Send Test Event', () => {
	it('POST /v1/webhooks/{id}/test with the event (sync_end by default); outputs the result with the webhook ID and event', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.post('/v1/webhooks/program_quoth/test', { event: 'sync_end' })
			.reply(200, success(answered, 'Webhook has been tested'));

		const { items, error } = await runWebhook({
			operation: 'test',
			webhookId: rl('program_quoth'),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{ ...answered, webhook_id: 'program_quoth', event: 'sync_end' },
		]);
		expect(api.isDone()).toBe(true);
	});

	it('another event, and an endpoint that refused: Fivetran reports it as data, not as an error', async () => {
		const refused = { succeed: false, status: 500, message: 'Internal Server Error' };
		const api = fivetran()
			.post('/v1/webhooks/program_quoth/test', { event: 'connection_failure' })
			.reply(200, success(refused));

		const { items, error } = await runWebhook({
			operation: 'test',
			webhookId: rl('program_quoth'),
			testEvent: 'connection_failure',
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			...refused,
			webhook_id: 'program_quoth',
			event: 'connection_failure',
		});
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['an empty webhook ID', { webhookId: rl('={{ "" }}') }, 'The parameter "Webhook" is empty'],
		['an empty event', { testEvent: '={{ "" }}' }, 'The parameter "Event" is empty'],
	])('%s fails before any request', async (_case, parameters, message) => {
		const sent = countRequests();

		const { items, error } = await runWebhook({
			operation: 'test',
			webhookId: rl('program_quoth'),
			...parameters,
		});

		expect(items).toEqual([]);
		expect(error?.message).toContain(message);
		expect(sent()).toBe(0);
	});

	it('needs Read and Write: a Read Only credential is refused', async () => {
		const { error } = await runWebhook(
			{ operation: 'test', webhookId: rl('program_quoth') },
			{ safetyLevel: 'readOnly' },
		);

		expect(error?.message).toContain('safety level does not allow this operation');
	});
});
