import type {
	IDataObject,
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { clock } from '../shared/clock';
import { fivetranApiTest } from '../shared/credentialTest';
import * as listSearch from '../shared/listSearch';
import { deliveryKey, isFirstDelivery } from './deliveryMemory';
import { filteredOutBecause, isTestDelivery, toDeliveryItem } from './deliveryItem';
import { outOfTimeBecause } from './deliveryAge';
import { triggerProperties } from './properties';
import { registrationKey } from './registrationKey';
import { register, registrationExists, unregister } from './registration';
import { isRegistering, secretKnownFor } from './secrets';
import { readFilters, readRegistration } from './settings';
import { SIGNATURE_HEADER, isSignedBy } from './signature';

/** Answers without starting the workflow; Fivetran only needs a 2xx to count the delivery. */
const acknowledged = (why: string): IWebhookResponseData => ({
	webhookResponse: { received: true, started: false, reason: why },
});

function refuse(ctx: IWebhookFunctions, why: string): IWebhookResponseData {
	ctx.getResponseObject().status(401).json({ received: false, reason: why });
	return { noWebhookResponse: true };
}

function secretsFor(ctx: IWebhookFunctions, key: string): string[] {
	const stored = ctx.getWorkflowStaticData('node').webhookSecret;
	const known = secretKnownFor(key);
	return [
		...new Set([stored, known].filter((s): s is string => typeof s === 'string' && s !== '')),
	];
}

function payloadOf(ctx: IWebhookFunctions): IDataObject | undefined {
	const body = ctx.getBodyData();
	return body !== null && typeof body === 'object' && !Array.isArray(body) ? body : undefined;
}

export class FivetranWebhookTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran Webhook Trigger',
		name: 'fivetranWebhookTrigger',
		icon: {
			light: 'file:../shared/icons/fivetran.svg',
			dark: 'file:../shared/icons/fivetran.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Starts the workflow within seconds when Fivetran sends an event (sync started or ended, connection failed, connector changed, transformation runs): registers a signed Fivetran webhook on activation',
		defaults: { name: 'Fivetran Webhook Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: triggerProperties,
	};

	methods = { listSearch, credentialTest: { fivetranApiTest } };

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await registrationExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await register.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await unregister.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const key = registrationKey(this);
		const request = this.getRequestObject();
		const signature = request.header(SIGNATURE_HEADER);
		const rawBody = Buffer.isBuffer(request.rawBody) ? request.rawBody : undefined;
		const payload = payloadOf(this);
		const signed = rawBody !== undefined && isSignedBy(rawBody, signature, secretsFor(this, key));

		if (isRegistering(key)) {
			// While the webhook is being registered, Fivetran sends only its check (whose exact shape it
			// does not document): it must get a 2xx or it refuses the webhook. No event can be due yet.
			return acknowledged("Fivetran's registration test");
		}
		if (!signed) {
			return refuse(this, signature === undefined ? 'missing signature' : 'invalid signature');
		}
		if (payload === undefined) return refuse(this, 'the body is not a JSON object');
		// 2xx, not an error status: Fivetran would retry an error for 24 hours, and no retry of a
		// delivery this old (or this far ahead) can ever be accepted.
		const outOfTime = outOfTimeBecause(payload, clock.now());
		if (outOfTime !== undefined) return acknowledged(outOfTime);

		// The editor's "listen for test event" wants a delivery, test or not.
		const listening = this.getMode() === 'manual';
		const filters = readFilters(this);
		if (isTestDelivery(payload) && !filters.includeTestEvents && !listening) {
			return acknowledged('test event (see "Include Test Events")');
		}
		if (!readRegistration(this).events.includes(String(payload.event))) {
			return acknowledged('event not chosen under "Events"');
		}
		const filteredOut = filteredOutBecause(payload, filters);
		if (filteredOut !== undefined) return acknowledged(filteredOut);
		if (!isFirstDelivery(key, deliveryKey(payload), this.getWorkflowStaticData('node'))) {
			return acknowledged('repeat of a delivery that already started the workflow');
		}
		const receivedAt = new Date(clock.now()).toISOString();
		return { workflowData: [[{ json: toDeliveryItem(payload, receivedAt) }]] };
	}
}
