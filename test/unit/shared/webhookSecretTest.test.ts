import type { ICredentialTestFunctions } from 'n8n-workflow';
import nock from 'nock';

import { FivetranWebhookSecretApi } from '../../../credentials/FivetranWebhookSecretApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { fivetranWebhookSecretTest } from '../../../nodes/shared/webhookSecretTest';

const testWith = async (secret: unknown) =>
	await fivetranWebhookSecretTest.call({} as ICredentialTestFunctions, {
		id: '1',
		name: 'signing',
		type: 'fivetranWebhookSecretApi',
		data: { secret } as never,
	});

describe('Fivetran Webhook Signing Secret API credential', () => {
	beforeAll(() => nock.disableNetConnect());
	afterAll(() => nock.enableNetConnect());

	it('is one password field, offered by the Fivetran node only for Webhook Create and Update when signing from it', () => {
		const credential = new FivetranWebhookSecretApi();
		expect(credential.properties.map((p) => [p.name, p.typeOptions?.password])).toEqual([
			['secret', true],
		]);
		const node = new Fivetran();
		expect(node.description.credentials?.[1]).toEqual({
			name: 'fivetranWebhookSecretApi',
			required: true,
			testedBy: 'fivetranWebhookSecretTest',
			displayOptions: {
				show: {
					resource: ['webhook'],
					operation: ['create', 'update'],
					webhookSigning: ['credential'],
				},
			},
		});
		expect(node.methods.credentialTest.fivetranWebhookSecretTest).toBe(fivetranWebhookSecretTest);
	});

	it.each([
		['', 'The secret is empty: enter the value to sign with'],
		['   ', 'The secret is empty: enter the value to sign with'],
		[
			'short-secret',
			'The secret has 12 characters: use at least 16 random ones, so that a signature cannot be guessed',
		],
	])('%p is refused by Test without repeating it', async (secret, message) => {
		expect(await testWith(secret)).toEqual({ status: 'Error', message });
	});

	it('a long secret passes, checked locally (no request; the value is not repeated)', async () => {
		const result = await testWith('a-long-random-signing-secret');
		expect(result).toEqual({
			status: 'OK',
			message: 'The secret can sign deliveries (checked here: nothing was sent to Fivetran)',
		});
	});
});
