import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { requestOptions } from './actions/common/fields';
import { connectorDescription, connectorOperations } from './actions/connector';
import { destinationDescription, destinationOperations } from './actions/destination';
import { groupDescription, groupOperations } from './actions/group';
import { hybridAgentDescription, hybridAgentOperations } from './actions/hybridAgent';
import { route } from './actions/router';
import { transformationDescription, transformationOperations } from './actions/transformation';
import {
	transformationProjectDescription,
	transformationProjectOperations,
} from './actions/transformationProject';
import { userDescription, userOperations } from './actions/user';
import { webhookDescription, webhookOperations } from './actions/webhook';
import { fivetranApiTest } from '../shared/credentialTest';
import { fivetranWebhookSecretTest } from '../shared/webhookSecretTest';
import * as listSearch from '../shared/listSearch';

const resources = {
	connector: connectorOperations,
	destination: destinationOperations,
	group: groupOperations,
	hybridAgent: hybridAgentOperations,
	transformation: transformationOperations,
	transformationProject: transformationProjectOperations,
	user: userOperations,
	webhook: webhookOperations,
};

export class Fivetran implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran',
		name: 'fivetran',
		icon: { light: 'file:fivetran.svg', dark: 'file:fivetran.dark.svg' },
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
				// Webhook Create and Update: the signing secret (actions/webhook/signing.ts).
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
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'Connector',
						value: 'connector',
						description: 'A pipeline that loads one source into a destination schema',
					},
					{
						name: 'Destination',
						value: 'destination',
						description: 'The warehouse a group loads into',
					},
					{
						name: 'Group',
						value: 'group',
						description: 'A group holds one destination and the connectors that load into it',
					},
					{
						name: 'Hybrid Deployment Agent',
						value: 'hybridAgent',
						description:
							'An agent that runs connectors inside your own network; shows whether it is online',
					},
					{
						name: 'Transformation',
						value: 'transformation',
						description:
							'A dbt Core or Quickstart transformation that models loaded data on a schedule; run it and wait for the outcome',
					},
					{
						name: 'Transformation Project',
						value: 'transformationProject',
						description: 'A dbt Core project (Git repository) that transformations run from',
					},
					{
						name: 'User',
						value: 'user',
						description: 'A person with access to the Fivetran account, with an account role',
					},
					{
						name: 'Webhook',
						value: 'webhook',
						description:
							'An HTTPS address Fivetran sends events to (sync started or ended, connector changes), for the account or one group',
					},
				],
				default: 'connector',
			},
			...connectorDescription,
			...destinationDescription,
			...groupDescription,
			...hybridAgentDescription,
			...transformationDescription,
			...transformationProjectDescription,
			...userDescription,
			...webhookDescription,
			requestOptions,
		],
	};

	methods = { listSearch, credentialTest: { fivetranApiTest, fivetranWebhookSecretTest } };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, resources);
	}
}
