import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../../shared/access/credentialType';
import { isLocalSandbox } from '../../shared/webhook/localSandbox';
import { WEBHOOK_EVENTS } from '../../shared/webhook/events';
import { additionalFieldsCollection, updateFieldsCollection } from '../common/fields';
import { inputError } from '../common/validate';
import { readSigningSecret } from './signing';

// Fields shared by Create and Update, and how their values become Fivetran's body fields.

export const webhookUrlField: INodeProperties = {
	displayName: 'URL',
	name: 'webhookUrl',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. https://example.com/fivetran-events',
	description:
		'The HTTPS address Fivetran sends the events to. It must answer 2xx: Fivetran posts a test payload to it when the webhook is created active or activated, and refuses otherwise.',
};

export const webhookEventsField: INodeProperties = {
	displayName: 'Events',
	name: 'webhookEvents',
	type: 'multiOptions',
	options: WEBHOOK_EVENTS,
	required: true,
	default: [],
	description: 'The events Fivetran sends to the URL; at least one',
};

const activeField: INodeProperties = {
	displayName: 'Active',
	name: 'active',
	type: 'boolean',
	default: true,
	description:
		'Whether Fivetran delivers events. Turning it on makes Fivetran post a test payload to the URL first; the request fails unless the URL answers 2xx.',
};

export const createAdditionalFields = additionalFieldsCollection([activeField]);

export const updateFields: INodeProperties = updateFieldsCollection([
	activeField,
	{
		...webhookEventsField,
		required: false,
		description: 'The new list of events (replaces the old one)',
	},
	{
		...webhookUrlField,
		required: false,
		description: `The new address. ${webhookUrlField.description}`,
	},
]);

/** Fivetran masks a webhook's secret in its answers; an answer that does not is masked here. */
export const MASKED_SECRET = '******';

export function withSecretMasked(webhook: IDataObject): IDataObject {
	const { secret } = webhook;
	if (typeof secret !== 'string' || secret === '' || secret === MASKED_SECRET) return webhook;
	return { ...webhook, secret: MASKED_SECRET };
}

/** http:// URLs are for the local sandbox only: the credential's Base URL must be a loopback address. */
async function talksToLocalSandbox(ctx: IExecuteFunctions): Promise<boolean> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	return isLocalSandbox(credentials.baseUrl);
}

/**
 * The webhook's URL, trimmed: absolute and https (Fivetran answers 400 to anything else). The URL
 * itself is not repeated in errors: some endpoints carry a token in it.
 */
export async function readWebhookUrl(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
): Promise<string> {
	const url = String(ctx.getNodeParameter(name, itemIndex, '') ?? '').trim();
	const fail = (problem: string, fix: string): never =>
		inputError(
			ctx,
			itemIndex,
			`The parameter "URL" ${problem}`,
			`${fix} Nothing was sent to Fivetran.`,
		);
	if (url === '') fail('is empty', 'Enter the address Fivetran should send events to.');
	let protocol: string;
	try {
		protocol = new URL(url).protocol;
	} catch {
		return fail(
			'is not an absolute URL',
			'Enter the whole address, starting with https://, e.g. https://example.com/fivetran-events.',
		);
	}
	if (protocol === 'https:') return url;
	if (protocol === 'http:' && (await talksToLocalSandbox(ctx))) return url;
	return fail(
		`must start with https:// (it starts with ${protocol}//)`,
		"Fivetran delivers webhooks only to HTTPS addresses. http:// is accepted only when the credential's Base URL is the local sandbox (127.0.0.1, localhost or ::1).",
	);
}

/** The chosen events: a list (or, from an expression, comma-separated text); at least one. */
export function readEvents(ctx: IExecuteFunctions, name: string, itemIndex: number): string[] {
	const raw = ctx.getNodeParameter(name, itemIndex, []) as unknown;
	const listed = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
	const events = [
		...new Set(listed.map((event) => (typeof event === 'string' ? event.trim() : ''))),
	].filter((event) => event !== '');
	if (events.length === 0) {
		inputError(
			ctx,
			itemIndex,
			'The parameter "Events" needs at least one event',
			'Choose the events Fivetran should send, e.g. Sync Ended. Nothing was sent to Fivetran.',
		);
	}
	return events;
}

/** `active` from a collection, when the user added it. */
function active(ctx: IExecuteFunctions, itemIndex: number, chosen: IDataObject): IDataObject {
	if (!('active' in chosen)) return {};
	if (typeof chosen.active !== 'boolean') {
		inputError(
			ctx,
			itemIndex,
			'The parameter "Active" must be true or false',
			'Turn the switch on or off, or make the expression return a boolean. Nothing was sent to Fivetran.',
		);
	}
	return { active: chosen.active };
}

/** The secret from the signing credential, as Fivetran's `secret` field, when there is one to send. */
async function secret(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const value = await readSigningSecret(ctx, itemIndex);
	return value === undefined ? {} : { secret: value };
}

/** Create's body: URL, events, `active` (on unless turned off) and the secret when signed. */
export async function createBody(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const url = await readWebhookUrl(ctx, 'webhookUrl', itemIndex);
	const events = readEvents(ctx, 'webhookEvents', itemIndex);
	const chosen = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	return {
		url,
		events,
		active: true,
		...active(ctx, itemIndex, chosen),
		...(await secret(ctx, itemIndex)),
	};
}

/** Update's body: the fields added under "Update Fields" and a new secret if chosen; at least one. */
export async function updateBody(ctx: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const chosen = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if ('webhookUrl' in chosen)
		body.url = await readWebhookUrl(ctx, 'updateFields.webhookUrl', itemIndex);
	if ('webhookEvents' in chosen)
		body.events = readEvents(ctx, 'updateFields.webhookEvents', itemIndex);
	Object.assign(body, active(ctx, itemIndex, chosen), await secret(ctx, itemIndex));
	if (Object.keys(body).length === 0) {
		inputError(
			ctx,
			itemIndex,
			'Nothing to update: add at least one field under "Update Fields"',
			'Or set Signing to take a new secret from a credential. Nothing was sent to Fivetran.',
		);
	}
	return body;
}
