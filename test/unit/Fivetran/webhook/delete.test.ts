import { fivetran, rl, success } from '../../fixtures';
import { countRequests, runWebhook } from './helpers';

describe('Webhook delete', () => {
	it('DELETE /v1/webhooks/{id} once confirmed, outputs what Fivetran said', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.delete('/v1/webhooks/program_quoth')
			.reply(200, { code: 'Success', message: "Webhook with id 'program_quoth' has been deleted" });

		const { items, error } = await runWebhook({
			operation: 'delete',
			webhookId: rl('program_quoth'),
			confirmDelete: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				deleted: true,
				id: 'program_quoth',
				message: "Webhook with id 'program_quoth' has been deleted",
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('without Confirm Delete: an error naming the switch and nothing is sent', async () => {
		const sent = countRequests();

		const { items, error } = await runWebhook({
			operation: 'delete',
			webhookId: rl('program_quoth'),
		});

		expect(items).toEqual([]);
		expect(error?.message).toBe('Turn on "Confirm Delete" to run this operation');
		expect(error?.description).toMatch(/stops every delivery.*Nothing was sent to Fivetran/);
		expect(sent()).toBe(0);
	});

	it('needs the "Everything" safety level', async () => {
		const { error } = await runWebhook(
			{ operation: 'delete', webhookId: rl('program_quoth'), confirmDelete: true },
			{ safetyLevel: 'readWrite' },
		);

		expect(error?.message).toContain('safety level does not allow this operation');
		expect(error?.description).toContain('"Everything"');
	});
});
