import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptions } from './common/fields';
import { resourceProperties, resourceProperty, resources } from './resources';
import { route } from './router';
import { fivetranApiTest } from '../shared/credentialTest';
import { fivetranWebhookSecretTest } from '../shared/webhookSecretTest';
import * as listSearch from '../shared/listSearch';

export class Fivetran implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran',
		name: 'fivetran',
		icon: {
			light: 'file:../shared/icons/fivetran.svg',
			dark: 'file:../shared/icons/fivetran.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage Fivetran groups, connectors, destinations, transformations and webhooks: list, create, update, sync and wait, run transformations and wait, pause, resume, send test webhook events',
		defaults: { name: 'Fivetran' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' },
			{
				// Webhook Create and Update: the signing secret (webhook/signing.ts).
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
			},
		],
		properties: [resourceProperty, ...resourceProperties, requestOptions],
	};

	methods = { listSearch, credentialTest: { fivetranApiTest, fivetranWebhookSecretTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
