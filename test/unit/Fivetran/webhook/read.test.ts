import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { loadListSearch } from '../../../harness';
import { credentialsFor, fivetran, rl, success } from '../../fixtures';
import { accountWebhook, countRequests, groupWebhook, runWebhook } from './helpers';

describe('Webhook reads', () => {
	it('getAll: GET /v1/webhooks with the limit and the plain JSON Accept header', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/webhooks')
			.query({ limit: '2' })
			.reply(200, success({ items: [accountWebhook, groupWebhook], next_cursor: 'more' }));

		const { items, error } = await runWebhook({ operation: 'getAll', returnAll: false, limit: 2 });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([accountWebhook, groupWebhook]);
		expect(api.isDone()).toBe(true);
	});

	it('getAll with Return All reads every page', async () => {
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: '1000' })
			.reply(200, success({ items: [accountWebhook], next_cursor: 'p2' }))
			.get('/v1/webhooks')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [groupWebhook] }));

		const { items } = await runWebhook({ operation: 'getAll', returnAll: true });

		expect(items.map((i) => i.json.id)).toEqual(['program_quoth', 'recur_readable']);
		expect(api.isDone()).toBe(true);
	});

	it('get: GET /v1/webhooks/{id}, outputs the webhook', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/webhooks/program_quoth')
			.reply(200, success(accountWebhook));

		const { items, error } = await runWebhook({ operation: 'get', webhookId: rl('program_quoth') });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([accountWebhook]);
		expect(api.isDone()).toBe(true);
	});

	it('a secret Fivetran did not mask is masked in the output', async () => {
		const api = fivetran()
			.get('/v1/webhooks/program_quoth')
			.reply(200, success({ ...accountWebhook, secret: 'plain-secret' }))
			.get('/v1/webhooks')
			.query(true)
			.reply(200, success({ items: [{ ...groupWebhook, secret: 'plain-secret' }] }));

		const one = await runWebhook({ operation: 'get', webhookId: rl('program_quoth') });
		const many = await runWebhook({ operation: 'getAll', returnAll: true });

		expect(one.items[0].json.secret).toBe('******');
		expect(many.items[0].json.secret).toBe('******');
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['an empty ID from an expression', rl('={{ "" }}'), 'The parameter "Webhook" is empty'],
		[
			'a path in the ID',
			rl('={{ "../groups" }}'),
			'The parameter "Webhook" is not a valid Fivetran ID',
		],
	])('get with %s fails before any request', async (_case, webhookId, message) => {
		const sent = countRequests();

		const { items, error } = await runWebhook({ operation: 'get', webhookId });

		expect(items).toEqual([]);
		expect(error?.message).toContain(message);
		expect(sent()).toBe(0);
	});

	it('continue on fail: one error item for the bad item, the others go on', async () => {
		const api = fivetran()
			.get('/v1/webhooks/w1')
			.reply(200, success({ ...accountWebhook, id: 'w1' }))
			.get('/v1/webhooks/w3')
			.reply(200, success({ ...accountWebhook, id: 'w3' }));

		const { items, error } = await runWebhook(
			{ operation: 'get', webhookId: rl('={{ $json.id }}') },
			{ input: [{ id: 'w1' }, { id: '' }, { id: 'w3' }], continueOnFail: true },
		);

		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json.id ?? i.json.error, i.pairedItem])).toEqual([
			['w1', { item: 0 }],
			['The parameter "Webhook" is empty', { item: 1 }],
			['w3', { item: 2 }],
		]);
		expect(api.isDone()).toBe(true);
	});
});

describe('Webhook list search', () => {
	it('shows URL and scope, the events in the description, and filters on URL, group and event', async () => {
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: '1000' })
			.reply(
				200,
				success({
					items: [
						accountWebhook,
						{
							...groupWebhook,
							url: 'https://hooks.example.org/x',
							events: ['sync_end'],
							active: false,
						},
						{
							...accountWebhook,
							id: 'other',
							url: 'https://elsewhere.test/',
							events: ['create_connector'],
						},
					],
				}),
			);

		const result = await loadListSearch({
			nodeType: new Fivetran(),
			parameters: { resource: 'webhook', operation: 'get' },
			credentials: credentialsFor(),
			credentialTypes: [new FivetranApi()],
			methodName: 'searchWebhooks',
			filter: 'SYNC_END',
		});

		expect(result).toEqual({
			results: [
				{
					name: 'https://example.com/fivetran (account)',
					value: 'program_quoth',
					url: undefined,
					description: 'Events: sync_start, sync_end',
				},
				{
					name: 'https://hooks.example.org/x (group decent_dropsy)',
					value: 'recur_readable',
					url: undefined,
					description: 'Inactive. Events: sync_end',
				},
			],
			paginationToken: undefined,
		});
		expect(api.isDone()).toBe(true);
	});
});
