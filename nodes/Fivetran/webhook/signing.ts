import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../common/validate';

// A webhook's signing secret comes from its own credential, never from a node parameter: n8n keeps
// a node's parameters in the workflow JSON, its versions, the executions and every stored error.
// The old "Secret" field is gone from the description, so n8n drops a value an older workflow still
// carries before the node runs (it stays in that workflow's saved JSON until the node is saved again).

/** Listed in Fivetran.node.ts, shown only when Signing takes the secret from it. */
export const WEBHOOK_SECRET_CREDENTIAL = 'fivetranWebhookSecretApi';
const CREDENTIAL_NAME = 'Fivetran Webhook Signing Secret API';

export const createSigningField: INodeProperties = {
	displayName: 'Signing',
	name: 'webhookSigning',
	type: 'options',
	options: [
		{
			name: 'Sign With Secret From Credential',
			value: 'credential',
			description:
				'Fivetran signs each delivery with the secret of the "Fivetran Webhook Signing Secret API" credential chosen above',
		},
		{
			name: 'Unsigned',
			value: 'none',
			description: 'Deliveries carry no signature: the receiver cannot tell them from forged ones',
		},
	],
	default: 'credential',
	description:
		'Whether Fivetran signs the deliveries (HMAC-SHA256, X-Fivetran-Signature-256 header)',
};

export const updateSigningField: INodeProperties = {
	displayName: 'Signing',
	name: 'webhookSigning',
	type: 'options',
	options: [
		{
			name: 'Keep Current Secret',
			value: 'none',
			description: 'No secret is sent: it stays as it is',
		},
		{
			name: 'Sign With Secret From Credential',
			value: 'credential',
			description:
				'Fivetran signs each delivery with the secret of the "Fivetran Webhook Signing Secret API" credential chosen above (replaces the current one)',
		},
	],
	default: 'none',
	description: "Whether to change the secret Fivetran signs the webhook's deliveries with",
};

/**
 * The secret to send, or undefined when none is sent: Create makes an unsigned webhook, Update
 * leaves the secret as it is. One set of values for both (the same name must mean one thing when
 * the user switches operation): whether the request carries the credential's secret.
 */
export async function readSigningSecret(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<string | undefined> {
	const signing = ctx.getNodeParameter('webhookSigning', itemIndex) as unknown;
	if (signing !== 'credential') {
		if (signing === 'none') return undefined;
		return inputError(
			ctx,
			itemIndex,
			'The parameter "Signing" has an unknown value',
			'Choose one of the listed options, or make the expression return one of their values. Nothing was sent to Fivetran.',
		);
	}
	const missing = (problem: string): never =>
		inputError(
			ctx,
			itemIndex,
			`The parameter "Signing" takes the secret from a credential, but ${problem}`,
			`Choose a "${CREDENTIAL_NAME}" credential holding the secret, or set Signing to another option. Workflows saved before the secret moved into a credential kept it as a node parameter, which is no longer read: put it into the credential and delete it from the workflow (open the node and save). Nothing was sent to Fivetran.`,
		);
	if (ctx.getNode().credentials?.[WEBHOOK_SECRET_CREDENTIAL] === undefined)
		missing('no such credential is chosen');
	const { secret } = await ctx.getCredentials(WEBHOOK_SECRET_CREDENTIAL, itemIndex);
	if (typeof secret !== 'string' || secret.trim() === '')
		missing('the chosen credential has an empty secret');
	return secret as string;
}
