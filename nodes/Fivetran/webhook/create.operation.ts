import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupLocator } from '../../shared/locators';
import { paginate } from '../../shared/transport/pagination';
import type { WebhookScope as Scope } from '../../shared/webhook/scope';
import { createPathFor, isInScope } from '../../shared/webhook/scope';
import type { LookupResult } from '../common/createOnce';
import { createOnce } from '../common/createOnce';
import type { RequestSettings } from '../common/request';
import { requestSettings } from '../common/request';
import { inputError, readId } from '../common/validate';
import type { Access } from '../common/types';
import {
	createAdditionalFields,
	createBody,
	webhookEventsField,
	webhookUrlField,
	withSecretMasked,
} from './fields';
import { createSigningField } from './signing';

// 'grant': Fivetran then sends the account's events to whatever address was given.
export const access: Access = 'grant';

const properties: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'webhookScope',
		type: 'options',
		options: [
			{
				name: 'Account',
				value: 'account',
				description: 'Events of every connector in the account',
			},
			{ name: 'Group', value: 'group', description: 'Events of the connectors of one group' },
		],
		default: 'account',
		description: 'Which connectors the webhook reports on',
	},
	{
		...groupLocator,
		description: 'The group whose connectors the webhook reports on',
		displayOptions: { show: { webhookScope: ['group'] } },
	},
	webhookUrlField,
	webhookEventsField,
	createSigningField,
	createAdditionalFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['webhook'], operation: ['create'] } },
	properties,
);

/** The scope of the new webhook: the account, or one group (its ID, checked). */
function readScope(ctx: IExecuteFunctions, itemIndex: number): Scope {
	const type = ctx.getNodeParameter('webhookScope', itemIndex, 'account') as unknown;
	if (type === 'group') {
		return { type, groupId: decodeURIComponent(readId(ctx, 'groupId', itemIndex)) };
	}
	if (type !== 'account') {
		inputError(
			ctx,
			itemIndex,
			'The parameter "Scope" must be "account" or "group"',
			'Choose Account or Group, or make the expression return one of those values. Nothing was sent to Fivetran.',
		);
	}
	return { type: 'account' };
}

/**
 * A webhook whose create answer was lost is the one with this URL in this scope. Should several
 * match (Fivetran does not refuse a second webhook to the same URL), the newest is taken.
 */
async function findWebhook(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	url: string,
	scope: Scope,
	where: string,
): Promise<LookupResult> {
	let newest: IDataObject | undefined;
	for await (const page of paginate.call(ctx, { path: '/webhooks', ...settings })) {
		for (const webhook of page) {
			if (webhook.url !== url || !isInScope(webhook, scope)) continue;
			if (newest === undefined || String(webhook.created_at) > String(newest.created_at))
				newest = webhook;
		}
	}
	if (newest !== undefined) return { object: withSecretMasked(newest) };
	return { notCreated: `${where} has no webhook with this URL` };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const scope = readScope(this, itemIndex);
	const body = await createBody(this, itemIndex);
	const settings = requestSettings(this, itemIndex);
	const where = scope.type === 'group' ? `group "${scope.groupId}"` : 'the account';
	const path = createPathFor(scope);
	// Not repeatable: a second POST would make a second webhook to the same URL.
	const created = await createOnce(
		this,
		{ method: 'POST', path, body, ...settings },
		{
			what: `webhook of ${where} to ${new URL(String(body.url)).host}`,
			find: async () => await findWebhook(this, settings, String(body.url), scope, where),
			howToCheck: 'List the webhooks (Webhook > Get Many) and look for the URL',
		},
	);
	return withSecretMasked(created);
}
