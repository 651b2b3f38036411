import type { IDataObject } from 'n8n-workflow';

import { errorText, fakeTime, fivetran, rl, success } from '../../fixtures';
import { expectRecovered, LOST, MAY_HAVE_APPLIED } from '../lostAnswer';
import { accountWebhook, groupWebhook, runWebhook, shown, TYPED_SECRET } from './helpers';

const URL_TO = String(accountWebhook.url);
const body = { url: URL_TO, events: ['sync_end'], active: true, secret: TYPED_SECRET };
const create = async (scope: IDataObject = {}) =>
	await runWebhook({
		operation: 'create',
		webhookUrl: URL_TO,
		webhookEvents: ['sync_end'],
		...scope,
	});
const inGroup = { webhookScope: 'group', groupId: rl('decent_dropsy') };

/** The create's answer is lost; the look-up's first page of webhooks is the next interceptor. */
const lostThenListed = (path = '/v1/webhooks/account') =>
	fivetran()
		.post(path, body)
		.reply(...LOST)
		.get('/v1/webhooks')
		.query({ limit: '1000' });

beforeEach(() => fakeTime());

describe('Webhook Create whose answer was lost: one POST, then a look-up by URL and scope', () => {
	it('account: found on the second page, the newest of two; group webhooks to the same URL do not count', async () => {
		const older = { ...accountWebhook, id: 'older', created_at: '2025-01-01T00:00:00Z' };
		const api = lostThenListed()
			.reply(200, success({ items: [older, groupWebhook], next_cursor: 'p2' }))
			.get('/v1/webhooks')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(
				200,
				success({ items: [accountWebhook, { ...accountWebhook, id: 'x', url: `${URL_TO}/` }] }),
			);

		const result = await create();

		expectRecovered(result, accountWebhook);
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('group: only a webhook of that group counts', async () => {
		const api = lostThenListed('/v1/webhooks/group/decent_dropsy').reply(
			200,
			success({ items: [accountWebhook, { ...groupWebhook, group_id: 'other' }, groupWebhook] }),
		);

		expectRecovered(await create(inGroup), groupWebhook);
		expect(api.isDone()).toBe(true);
	});

	it('not there: the error says it was not created and that running again is safe', async () => {
		const api = lostThenListed('/v1/webhooks/group/decent_dropsy').reply(
			200,
			success({ items: [accountWebhook] }),
		);

		const result = await create(inGroup);

		expect(result.items).toEqual([]);
		expect(result.error?.message).toBe(
			'The webhook of group "decent_dropsy" to example.com was not created: group "decent_dropsy" has no webhook with this URL',
		);
		expect(result.error?.description).toContain('running again is safe');
		expect(result.error?.description).toContain('Request: POST /webhooks/group/decent_dropsy.');
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('the look-up fails too: the error says it may have been created and how to check', async () => {
		const api = lostThenListed().reply(403, { code: 'Forbidden', message: 'No access' });

		const result = await create();

		expect(result.error?.message).toBe(
			"The webhook of the account to example.com may have been created: Fivetran's answer was lost and looking it up failed",
		);
		expect(result.error?.description).toContain('List the webhooks (Webhook > Get Many)');
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});
});

describe('Webhook writes', () => {
	it('Send Test Event answered 502: one POST only, and the error says it may have been applied', async () => {
		const api = fivetran()
			.post('/v1/webhooks/program_quoth/test', { event: 'sync_end' })
			.once()
			.reply(...LOST);

		const { error } = await runWebhook({ operation: 'test', webhookId: rl('program_quoth') });

		expect(errorText(error)).toMatch(MAY_HAVE_APPLIED);
		expect(api.isDone()).toBe(true);
	});

	it('Update: PATCH answered 502 is sent again and succeeds', async () => {
		const api = fivetran()
			.patch('/v1/webhooks/program_quoth', { active: false })
			.reply(...LOST)
			.patch('/v1/webhooks/program_quoth', { active: false })
			.reply(200, success({ ...accountWebhook, active: false }));

		const { items, error } = await runWebhook({
			operation: 'update',
			webhookId: rl('program_quoth'),
			updateFields: { active: false },
		});

		expect(error).toBeUndefined();
		expect(items[0].json.active).toBe(false);
		expect(api.isDone()).toBe(true);
	});

	it('Delete: 502 then 404 on the repeat means deleted', async () => {
		const api = fivetran()
			.delete('/v1/webhooks/program_quoth')
			.reply(...LOST)
			.delete('/v1/webhooks/program_quoth')
			.reply(404, { code: 'NotFound', message: 'Webhook not found' });

		const { items, error } = await runWebhook({
			operation: 'delete',
			webhookId: rl('program_quoth'),
			confirmDelete: true,
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ deleted: true, id: 'program_quoth' });
		expect(api.isDone()).toBe(true);
	});
});
