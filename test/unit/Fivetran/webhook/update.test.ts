import { fivetran, rl, success } from '../../fixtures';
import { accountWebhook, countRequests, runWebhook, shown, TYPED_SECRET } from './helpers';

describe('Webhook update', () => {
	it('PATCH /v1/webhooks/{id} with only the given fields, under their Fivetran names, and the secret from the signing credential', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.patch('/v1/webhooks/program_quoth', {
				url: 'https://example.com/new',
				events: ['sync_end'],
				active: false,
				secret: TYPED_SECRET,
			})
			.reply(200, success({ ...accountWebhook, url: 'https://example.com/new', active: false }));

		const result = await runWebhook({
			operation: 'update',
			webhookId: rl('program_quoth'),
			webhookSigning: 'credential',
			updateFields: {
				webhookUrl: 'https://example.com/new',
				webhookEvents: ['sync_end'],
				active: false,
			},
		});

		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({
			url: 'https://example.com/new',
			secret: '******',
		});
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('a new secret only: the body is { secret }, the error-free output masks it', async () => {
		const api = fivetran()
			.patch('/v1/webhooks/program_quoth', { secret: TYPED_SECRET })
			.reply(200, success(accountWebhook));

		const result = await runWebhook({
			operation: 'update',
			webhookId: rl('program_quoth'),
			webhookSigning: 'credential',
		});

		expect(result.error).toBeUndefined();
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('a Fivetran error while setting the secret: the stored error (node included) holds no secret', async () => {
		const api = fivetran()
			.patch('/v1/webhooks/program_quoth', { secret: TYPED_SECRET })
			.reply(400, { code: 'InvalidInput', message: 'Webhook test request failed: 500' });

		const result = await runWebhook({
			operation: 'update',
			webhookId: rl('program_quoth'),
			webhookSigning: 'credential',
		});

		expect(result.error?.message).toContain('Webhook test request failed');
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('activating only (the secret kept by default): the body is { active: true }', async () => {
		const api = fivetran()
			.patch('/v1/webhooks/program_quoth', { active: true })
			.reply(200, success(accountWebhook));

		const { error } = await runWebhook({
			operation: 'update',
			webhookId: rl('program_quoth'),
			updateFields: { active: true },
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	describe('bad input fails before any request, naming the parameter', () => {
		it.each([
			[
				'no field to update',
				{ updateFields: {} },
				'Nothing to update: add at least one field under "Update Fields"',
			],
			[
				'an http URL',
				{ updateFields: { webhookUrl: 'http://example.com/new' } },
				'The parameter "URL" must start with https://',
			],
			[
				'an empty event list from an expression',
				{ updateFields: { webhookEvents: '={{ [] }}' } },
				'The parameter "Events" needs at least one event',
			],
			[
				'a secret that was typed into the node (an older workflow) is not read',
				{ updateFields: { secret: TYPED_SECRET } },
				'Nothing to update',
			],
			['an empty webhook ID', { webhookId: rl('={{ "" }}') }, 'The parameter "Webhook" is empty'],
		])('%s', async (_case, parameters, message) => {
			const sent = countRequests();

			const result = await runWebhook({
				operation: 'update',
				webhookId: rl('program_quoth'),
				updateFields: { active: true },
				...parameters,
			});

			expect(result.items).toEqual([]);
			expect(result.error?.message).toContain(message);
			expect(sent()).toBe(0);
		});
	});
});
