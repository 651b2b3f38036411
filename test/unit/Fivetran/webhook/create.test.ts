import nock from 'nock';

import { credentialsFor, fivetran, rl, success } from '../../fixtures';
import {
	accountWebhook,
	countRequests,
	groupWebhook,
	runWebhook,
	shown,
	TYPED_SECRET,
} from './helpers';

const URL_TO = 'https://example.com/fivetran';

describe('Webhook create', () => {
	it('account: POST /v1/webhooks/account with url, events, active and the secret from the signing credential; outputs the webhook (200, secret masked)', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.matchHeader('content-type', /application\/json/)
			.post('/v1/webhooks/account', {
				url: URL_TO,
				events: ['sync_start', 'sync_end'],
				active: true,
				secret: TYPED_SECRET,
			})
			.reply(200, success(accountWebhook, 'Account webhook has been created'));

		const result = await runWebhook({
			operation: 'create',
			webhookUrl: `  ${URL_TO} `,
			webhookEvents: ['sync_start', 'sync_end'],
		});

		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([accountWebhook]);
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('group: POST /v1/webhooks/group/{groupId}, inactive, unsigned (no secret sent)', async () => {
		const api = fivetran()
			.post('/v1/webhooks/group/decent_dropsy', {
				url: URL_TO,
				events: ['sync_end'],
				active: false,
			})
			.reply(200, success({ ...groupWebhook, active: false }));

		const { items, error } = await runWebhook({
			operation: 'create',
			webhookScope: 'group',
			groupId: rl('decent_dropsy'),
			webhookUrl: URL_TO,
			webhookEvents: ['sync_end'],
			webhookSigning: 'none',
			additionalFields: { active: false },
		});

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ id: 'recur_readable', type: 'group', active: false });
		expect(api.isDone()).toBe(true);
	});

	it('events from an expression as comma-separated text; duplicates dropped', async () => {
		const api = fivetran()
			.post('/v1/webhooks/account', {
				url: URL_TO,
				events: ['sync_end', 'connection_failure'],
				active: true,
			})
			.reply(200, success(accountWebhook));

		const { error } = await runWebhook({
			operation: 'create',
			webhookUrl: URL_TO,
			webhookEvents: '={{ "sync_end, connection_failure,sync_end" }}',
			webhookSigning: 'none',
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('http:// is accepted when the Base URL is the local sandbox', async () => {
		const sandbox = nock('http://127.0.0.1:4010')
			.post('/v1/webhooks/account', {
				url: 'http://127.0.0.1:5678/webhook/fivetran',
				events: ['sync_end'],
				active: true,
			})
			.reply(200, success(accountWebhook));
		const credentials = credentialsFor();
		credentials!.fivetranApi.baseUrl = 'http://127.0.0.1:4010/v1';

		const { error } = await runWebhook(
			{
				operation: 'create',
				webhookUrl: 'http://127.0.0.1:5678/webhook/fivetran',
				webhookEvents: ['sync_end'],
				webhookSigning: 'none',
			},
			{ credentials },
		);

		expect(error).toBeUndefined();
		expect(sandbox.isDone()).toBe(true);
	});

	it("a group that does not exist: Fivetran's 404 message", async () => {
		const api = fivetran()
			.post('/v1/webhooks/group/ghost')
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'ghost' doesn't exist" });

		const result = await runWebhook({
			operation: 'create',
			webhookScope: 'group',
			groupId: rl('ghost'),
			webhookUrl: URL_TO,
			webhookEvents: ['sync_end'],
		});

		expect(result.error?.message).toContain("Group with id 'ghost' doesn't exist");
		expect(result.error?.httpCode).toBe('404');
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it("the URL did not answer Fivetran's test payload: Fivetran's 400 message, sent once; the stored error (node and parameters included) holds no secret", async () => {
		const api = fivetran()
			.post('/v1/webhooks/account', (body) => body.secret === TYPED_SECRET)
			.once()
			.reply(400, { code: 'InvalidInput', message: 'Webhook test request failed: 404' });

		const result = await runWebhook({
			operation: 'create',
			webhookUrl: URL_TO,
			webhookEvents: ['sync_end'],
		});

		expect(result.error?.message).toContain('Webhook test request failed');
		const stored = result.error as unknown as { node?: { parameters?: object } };
		expect(stored.node?.parameters).toMatchObject({ webhookUrl: URL_TO });
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(api.isDone()).toBe(true);
	});

	it('a workflow saved with the secret as a parameter: the value is not read, not sent, not in the error; the error says where the secret goes now', async () => {
		const sent = countRequests();

		const result = await runWebhook(
			{
				operation: 'create',
				webhookUrl: URL_TO,
				webhookEvents: ['sync_end'],
				additionalFields: { secret: TYPED_SECRET },
			},
			{ signingSecret: null },
		);

		expect(result.error?.message).toBe(
			'The parameter "Signing" takes the secret from a credential, but no such credential is chosen',
		);
		expect(result.error?.description).toContain('"Fivetran Webhook Signing Secret API" credential');
		expect(result.error?.description).toContain('no longer read');
		expect(shown(result)).not.toContain(TYPED_SECRET);
		expect(sent()).toBe(0);
	});

	it.each([
		['no signing credential is chosen', null, 'no such credential is chosen'],
		['the credential holds only spaces', '   ', 'the chosen credential has an empty secret'],
	])('signed, but %s: refused before any request', async (_case, signingSecret, problem) => {
		const sent = countRequests();

		const result = await runWebhook(
			{ operation: 'create', webhookUrl: URL_TO, webhookEvents: ['sync_end'] },
			{ signingSecret },
		);

		expect(result.error?.message).toBe(
			`The parameter "Signing" takes the secret from a credential, but ${problem}`,
		);
		expect(sent()).toBe(0);
	});

	describe('bad input fails before any request, naming the parameter', () => {
		const valid = {
			operation: 'create',
			webhookUrl: URL_TO,
			webhookEvents: ['sync_end'],
		};

		it.each([
			// Typed-in values are caught by n8n's own parameter check, expressions by the node: both name it.
			['no events chosen', { webhookEvents: [] }, 'Parameter "Events" is required'],
			[
				'an empty list of events from an expression',
				{ webhookEvents: '={{ [] }}' },
				'The parameter "Events" needs at least one event',
			],
			[
				'only empty events from an expression',
				{ webhookEvents: '={{ " , " }}' },
				'The parameter "Events" needs at least one event',
			],
			['an empty URL', { webhookUrl: '={{ "  " }}' }, 'The parameter "URL" is empty'],
			[
				'a URL without a scheme',
				{ webhookUrl: 'example.com/hook' },
				'The parameter "URL" is not an absolute URL',
			],
			[
				'an http URL against an https Base URL',
				{ webhookUrl: 'http://example.com/hook' },
				'The parameter "URL" must start with https:// (it starts with http://)',
			],
			[
				'an http URL to localhost against an https Base URL',
				{ webhookUrl: 'http://localhost:5678/hook' },
				'The parameter "URL" must start with https://',
			],
			[
				'an ftp URL',
				{ webhookUrl: 'ftp://example.com/hook' },
				'The parameter "URL" must start with https://',
			],
			[
				'an empty group',
				{ webhookScope: 'group', groupId: rl('={{ "" }}') },
				'The parameter "Group" is empty',
			],
			[
				'an unknown scope from an expression',
				{ webhookScope: '={{ "team" }}', groupId: rl('g1') },
				'The parameter "Scope" must be "account" or "group"',
			],
			[
				'an unknown signing choice from an expression',
				{ webhookSigning: '={{ "sometimes" }}' },
				'The parameter "Signing" has an unknown value',
			],
			[
				'active that is not a boolean',
				{ additionalFields: { active: '={{ "yes" }}' } },
				'The parameter "Active" must be true or false',
			],
		])('%s', async (_case, parameters, message) => {
			const sent = countRequests();

			const result = await runWebhook({ ...valid, ...parameters });

			expect(result.items).toEqual([]);
			expect(result.error?.message).toContain(message);
			expect(shown(result)).not.toContain(TYPED_SECRET);
			expect(sent()).toBe(0);
		});

		it('the http error says why http is refused and when it is allowed', async () => {
			const { error } = await runWebhook({ ...valid, webhookUrl: 'http://example.com/hook' });

			expect(error?.description).toContain('only to HTTPS addresses');
			expect(error?.description).toContain('local sandbox (127.0.0.1, localhost or ::1)');
		});

		it('a Read Only credential', async () => {
			const { error } = await runWebhook(valid, { safetyLevel: 'readOnly' });

			expect(error?.message).toContain('safety level does not allow this operation');
		});

		it('continue on fail: one error item per bad item, good items created', async () => {
			const api = fivetran()
				.post('/v1/webhooks/account', { url: URL_TO, events: ['sync_end'], active: true })
				.reply(200, success(accountWebhook));

			const { items, error } = await runWebhook(
				{
					operation: 'create',
					webhookUrl: '={{ $json.url }}',
					webhookEvents: ['sync_end'],
					webhookSigning: 'none',
				},
				{
					input: [{ url: 'http://example.com/a' }, { url: URL_TO }, { url: '' }],
					continueOnFail: true,
				},
			);

			expect(error).toBeUndefined();
			expect(items.map((i) => [i.json.id ?? i.json.error, i.pairedItem])).toEqual([
				['The parameter "URL" must start with https:// (it starts with http://)', { item: 0 }],
				['program_quoth', { item: 1 }],
				['The parameter "URL" is empty', { item: 2 }],
			]);
			expect(api.isDone()).toBe(true);
		});
	});
});
