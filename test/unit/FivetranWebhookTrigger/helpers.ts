import { createHmac } from 'node:crypto';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { FivetranWebhookTrigger } from '../../../nodes/FivetranWebhookTrigger/FivetranWebhookTrigger.node';
import type { WebhookNodeOptions } from '../../harness/webhook';
import { webhookUrlOf } from '../../harness/webhook';
import { credentialsFor } from '../fixtures';

export function triggerOptions(
	parameters: INodeParameters = {},
	extra: Partial<WebhookNodeOptions> = {},
): WebhookNodeOptions {
	return {
		nodeType: new FivetranWebhookTrigger(),
		parameters: { scope: 'account', events: ['sync_end'], ...parameters },
		credentials: credentialsFor(),
		credentialTypes: [new FivetranApi()],
		staticData: {},
		...extra,
	};
}

export const urlOf = webhookUrlOf;

/** Fivetran's signature: HMAC-SHA256 of the exact body, upper-case hex. */
export function sign(body: string, secret: string): string {
	return createHmac('sha256', secret).update(body).digest('hex').toUpperCase();
}

export function syncEnd(overrides: IDataObject = {}, data: IDataObject = { status: 'SUCCESSFUL' }) {
	return {
		event: 'sync_end',
		created: '2026-11-29T10:00:00.000Z',
		connector_type: 'postgres',
		connector_id: 'sandy_lamb',
		connector_name: 'pg_main',
		sync_id: 'c8f3b1de-0000-4000-8000-000000000001',
		destination_group_id: 'decent_dropsy',
		data,
		...overrides,
	};
}

export function webhookObject(overrides: IDataObject = {}): IDataObject {
	return {
		id: 'wh_1',
		type: 'account',
		url: 'https://n8n.example.com/webhook/node-webhook-1/webhook',
		events: ['sync_end'],
		active: true,
		secret: '******',
		created_at: '2026-11-29T09:00:00Z',
		created_by: 'user_1',
		...overrides,
	};
}

/** The key under which n8n keeps a node's static data. */
export const nodeData = (staticData: IDataObject): IDataObject =>
	(staticData['node:Fivetran Webhook Trigger'] ?? {}) as IDataObject;

/** Static data as a registration leaves it: the webhook's id and the secret the node made. */
export const savedRegistration = (secret = 'f'.repeat(64)): IDataObject => ({
	'node:Fivetran Webhook Trigger': { webhookId: 'wh_1', webhookSecret: secret },
});
