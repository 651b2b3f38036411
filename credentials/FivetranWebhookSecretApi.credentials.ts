import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

// A webhook's signing secret lives here, not in a node parameter: n8n stores a node's parameters
// in the workflow, its versions and every failed execution's error, while a credential is stored
// encrypted and never copied into any of them. It only signs deliveries, so its Test button
// (nodes/shared/webhookSecretTest.ts) checks the value itself and calls nothing.
export class FivetranWebhookSecretApi implements ICredentialType {
	name = 'fivetranWebhookSecretApi';

	displayName = 'Fivetran Webhook Signing Secret API';

	icon: Icon = {
		light: 'file:../nodes/shared/icons/fivetran.svg',
		dark: 'file:../nodes/shared/icons/fivetran.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-fivetran/n8n-nodes-fivetran#credential-fivetran-webhook-signing-secret';

	properties: INodeProperties[] = [
		{
			displayName: 'Secret',
			name: 'secret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'Fivetran signs every delivery with it (HMAC-SHA256 in the X-Fivetran-Signature-256 header); the receiving service checks the signature with the same secret. Use a long random value. Fivetran never shows it again.',
		},
	];
}
