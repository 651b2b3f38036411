import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import nock from 'nock';

import { runHook } from '../../harness/webhook';
import { countAnyRequests, credentialsFor, fivetran, success } from '../fixtures';
import { triggerOptions, webhookObject } from './helpers';

// Issue 19 row 2: registering and removing the Fivetran webhook goes through the same guard as the
// action node's operations ("Read and Write": it changes Fivetran's configuration, for this n8n's
// own URL only), and the deny list can forbid it.

const countRequests = countAnyRequests;

const withCredential = (stored: ICredentialDataDecryptedObject) =>
	triggerOptions(
		{},
		{ credentials: { fivetranApi: { ...credentialsFor()!.fivetranApi, ...stored } } },
	);

afterEach(() => nock.cleanAll());

describe('Webhook Trigger registration and the credential', () => {
	it.each(['checkExists', 'create'] as const)(
		'Read Only: %s fails with an error naming the level it needs, 0 requests',
		async (method) => {
			const sent = countRequests();

			const run = runHook(withCredential({ safetyLevel: 'readOnly' }), method);

			await expect(run).rejects.toThrow(
				'The Fivetran credential\'s safety level does not allow this operation (it needs "Read and Write")',
			);
			await run.catch((error: { description?: string }) => {
				expect(error.description).toContain(
					'"Fivetran Webhook Trigger: Register and Remove Its Webhook" needs the safety level "Read and Write" or higher; the credential is set to "Read Only"',
				);
			});
			expect(sent()).toBe(0);
		},
	);

	it('Read Only: deactivation removes nothing (n8n is told the webhook could not be removed)', async () => {
		const sent = countRequests();
		const options = withCredential({ safetyLevel: 'readOnly' });
		options.staticData = { 'node:Fivetran Webhook Trigger': { webhookId: 'wh_1' } };

		expect(await runHook(options, 'delete')).toBe(false);
		expect(sent()).toBe(0);
	});

	it('an unknown stored level counts as Read Only: activation fails and says so, 0 requests', async () => {
		const sent = countRequests();

		await expect(
			runHook(withCredential({ safetyLevel: 'readonly' }), 'checkExists'),
		).rejects.toThrow('safety level "readonly" is not known, so it counts as Read Only');
		expect(sent()).toBe(0);
	});

	it('the deny list can forbid it at any level, naming it', async () => {
		const sent = countRequests();

		await expect(
			runHook(
				withCredential({ safetyLevel: 'full', deniedOperations: ['webhookTrigger.register'] }),
				'create',
			),
		).rejects.toThrow(
			'"Fivetran Webhook Trigger: Register and Remove Its Webhook" is on the Fivetran credential\'s deny list',
		);
		expect(sent()).toBe(0);
	});

	it('Read and Write registers', async () => {
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, success({ items: [], next_cursor: null }))
			.post('/v1/webhooks/account')
			.reply(200, success(webhookObject({ id: 'wh_new' })));

		expect(await runHook(withCredential({ safetyLevel: 'readWrite' }), 'create')).toBe(true);
		expect(api.isDone()).toBe(true);
	});
});
