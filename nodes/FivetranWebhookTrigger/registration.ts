import { randomBytes } from 'node:crypto';

import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { assertAllowed } from '../shared/access/guard';
import { WEBHOOK_TRIGGER_REGISTRATION } from '../shared/access/triggerUses';
import { asNodeError, isNotFound, isOutcomeUnknown } from '../shared/transport/nodeErrors';
import { paginate } from '../shared/transport/pagination';
import { fivetranApiRequest, sendFivetranRequest } from '../shared/transport/request';
import { CREDENTIAL_TYPE } from '../shared/access/credentialType';
import { createPathFor, isInScope } from '../shared/webhook/scope';
import { HTTPS_ADVICE, webhookUrlProblem } from './httpsRule';
import { registrationKey } from './registrationKey';
import { forgetSecret, rememberSecret } from './secrets';
import type { Registration } from './settings';
import { readRegistration } from './settings';

// The node's Fivetran webhook follows the workflow: activation registers one (or adopts the one a
// previous activation left, matched by n8n's URL for this node, which no other node shares);
// deactivation deletes it. What ties them together is kept in the workflow's static data.

interface Saved {
	webhookId?: string;
	webhookSecret?: string;
}

const saved = (ctx: IHookFunctions): Saved & IDataObject => ctx.getWorkflowStaticData('node');

function webhookUrlOf(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n did not give this node a webhook URL');
	return url;
}

/** Every Fivetran webhook that delivers to this node (normally one, more after a lost answer). */
async function webhooksDeliveringTo(ctx: IHookFunctions, url: string): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	for await (const page of paginate.call(ctx, { path: '/webhooks' })) {
		for (const webhook of page) if (webhook.url === url) found.push(webhook);
	}
	return found;
}

const sameScope = (webhook: IDataObject, wanted: Registration): boolean =>
	isInScope(webhook, wanted.scope);

function sameEvents(webhook: IDataObject, wanted: Registration): boolean {
	const events = Array.isArray(webhook.events) ? webhook.events.map(String).sort() : [];
	return events.join(',') === wanted.events.join(',');
}

const pathOf = (id: unknown): string => `/webhooks/${encodeURIComponent(String(id))}`;

async function deleteWebhook(ctx: IHookFunctions, id: unknown): Promise<void> {
	try {
		// Fivetran answers a delete with a message only, no data.
		await sendFivetranRequest.call(ctx, { method: 'DELETE', path: pathOf(id), repeatable: true });
	} catch (error) {
		if (!isNotFound(error)) throw asNodeError(ctx.getNode(), error); // already gone is what we want
	}
}

/** Puts our events and a new secret on a webhook that already delivers to this node. */
async function adopt(
	ctx: IHookFunctions,
	id: unknown,
	wanted: Registration,
	secret: string,
): Promise<IDataObject> {
	return await fivetranApiRequest.call(ctx, {
		method: 'PATCH',
		path: pathOf(id),
		body: { events: wanted.events, active: true, secret },
		repeatable: true, // sets values: a second time changes nothing
	});
}

async function createWebhook(
	ctx: IHookFunctions,
	url: string,
	wanted: Registration,
	secret: string,
): Promise<IDataObject> {
	try {
		return await fivetranApiRequest.call(ctx, {
			method: 'POST',
			path: createPathFor(wanted.scope),
			body: { url, events: wanted.events, active: true, secret },
		});
	} catch (error) {
		if (!isOutcomeUnknown(error)) throw asNodeError(ctx.getNode(), error);
		// The answer was lost: adopt the webhook if it was made, never make a second one.
		const made = (await webhooksDeliveringTo(ctx, url)).find((w) => sameScope(w, wanted));
		if (made !== undefined) return await adopt(ctx, made.id, wanted, secret);
		throw new NodeOperationError(
			ctx.getNode(),
			"Fivetran's answer to the webhook registration was lost, and no webhook delivers to this node: nothing was registered",
			{ description: `${(error as Error).message}. Activating the workflow again is safe.` },
		);
	}
}

function explainRefusal(ctx: IHookFunctions, error: unknown, url: string): unknown {
	if (!(error instanceof NodeApiError) || String(error.httpCode) !== '400') return error;
	return new NodeOperationError(
		ctx.getNode(),
		`Fivetran did not register the webhook: ${error.message}`,
		{
			description: `Fivetran sends a test event to ${url} when it registers a webhook and refuses when that address cannot be reached over HTTPS or does not answer 2xx. ${HTTPS_ADVICE}`,
		},
	);
}

async function checkDeliverable(ctx: IHookFunctions, url: string): Promise<void> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	const problem = webhookUrlProblem(url, credentials.baseUrl);
	if (problem !== undefined) {
		throw new NodeOperationError(ctx.getNode(), problem, { description: HTTPS_ADVICE });
	}
}

/** True when the webhook this node registered is still there as the parameters want it. */
export async function registrationExists(this: IHookFunctions): Promise<boolean> {
	// The whole lifecycle is one guarded use: with a credential that may not register, activation
	// stops here, before even the list of webhooks is read.
	await assertAllowed(this, WEBHOOK_TRIGGER_REGISTRATION);
	const wanted = readRegistration(this);
	const url = webhookUrlOf(this);
	const data = saved(this);
	const delivering = await webhooksDeliveringTo(this, url);
	const ours = delivering.find((webhook) => webhook.id === data.webhookId);
	const usable =
		ours !== undefined &&
		typeof data.webhookSecret === 'string' &&
		ours.active === true &&
		sameScope(ours, wanted) &&
		sameEvents(ours, wanted);
	if (!usable) return false; // create() adopts or replaces them
	for (const extra of delivering) if (extra !== ours) await deleteWebhook(this, extra.id);
	rememberSecret(registrationKey(this), data.webhookSecret as string, false);
	return true;
}

/** Registers the webhook, or adopts one already delivering here, with a new secret. */
export async function register(this: IHookFunctions): Promise<boolean> {
	await assertAllowed(this, WEBHOOK_TRIGGER_REGISTRATION);
	const wanted = readRegistration(this);
	const url = webhookUrlOf(this);
	await checkDeliverable(this, url);
	const delivering = await webhooksDeliveringTo(this, url);
	const reusable = delivering.find((webhook) => sameScope(webhook, wanted));
	for (const other of delivering) if (other !== reusable) await deleteWebhook(this, other.id);

	const secret = randomBytes(32).toString('hex');
	rememberSecret(registrationKey(this), secret, true);
	let webhook: IDataObject;
	try {
		webhook = reusable
			? await adopt(this, reusable.id, wanted, secret)
			: await createWebhook(this, url, wanted, secret);
	} catch (error) {
		forgetSecret(registrationKey(this));
		throw explainRefusal(this, error, url);
	}
	rememberSecret(registrationKey(this), secret, false);
	const data = saved(this);
	data.webhookId = String(webhook.id);
	data.webhookSecret = secret;
	return true;
}

/** Removes every Fivetran webhook that delivers to this node; one already gone is fine. */
export async function unregister(this: IHookFunctions): Promise<boolean> {
	const url = webhookUrlOf(this);
	const data = saved(this);
	const ids = new Set<string>(data.webhookId ? [data.webhookId] : []);
	try {
		await assertAllowed(this, WEBHOOK_TRIGGER_REGISTRATION);
		for (const webhook of await webhooksDeliveringTo(this, url)) ids.add(String(webhook.id));
		for (const id of ids) await deleteWebhook(this, id);
	} catch {
		return false; // n8n reports that the webhook could not be removed
	}
	delete data.webhookId;
	delete data.webhookSecret;
	forgetSecret(registrationKey(this));
	return true;
}
