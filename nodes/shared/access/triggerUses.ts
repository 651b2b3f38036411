import type { GuardedUse } from './guard';

// What the two triggers do with the credential, as guarded uses (the deny list and the README's
// access table list them next to the action node's operations).

/** Each poll of the Fivetran Trigger, and its "Fetch Test Event". */
export const TRIGGER_POLL: GuardedUse = {
	key: 'trigger.poll',
	name: 'Fivetran Trigger: Poll',
	access: 'read',
};

/**
 * Activation and deactivation of the Fivetran Webhook Trigger: it lists Fivetran's webhooks, then
 * registers (or adopts) one that delivers to this node's n8n URL, and removes it again. 'write', not
 * 'grant': the address is the one n8n gives the node, not one the workflow chooses, so the events go
 * only to the n8n that already holds the key (Webhook > Create, which takes any URL, is 'grant').
 */
export const WEBHOOK_TRIGGER_REGISTRATION: GuardedUse = {
	key: 'webhookTrigger.register',
	name: 'Fivetran Webhook Trigger: Register and Remove Its Webhook',
	access: 'write',
};

export const TRIGGER_USES: readonly GuardedUse[] = [TRIGGER_POLL, WEBHOOK_TRIGGER_REGISTRATION];
