import type { INodeProperties } from 'n8n-workflow';

import { accountDescription, accountOperations } from './account';
import { connectorDescription, connectorOperations } from './connector';
import { connectorTypeDescription, connectorTypeOperations } from './connectorType';
import { destinationDescription, destinationOperations } from './destination';
import { groupDescription, groupOperations } from './group';
import { hybridAgentDescription, hybridAgentOperations } from './hybridAgent';
import { transformationDescription, transformationOperations } from './transformation';
import {
	transformationProjectDescription,
	transformationProjectOperations,
} from './transformationProject';
import type { OperationMap } from './common/types';
import { userDescription, userOperations } from './user';
import { webhookDescription, webhookOperations } from './webhook';

// Every resource of the action node: its operations (what the router runs), the "Resource"
// dropdown and each resource's properties. The guarded uses (uses.ts) are named from these.

export const resources: Record<string, OperationMap> = {
	account: accountOperations,
	connector: connectorOperations,
	connectorType: connectorTypeOperations,
	destination: destinationOperations,
	group: groupOperations,
	hybridAgent: hybridAgentOperations,
	transformation: transformationOperations,
	transformationProject: transformationProjectOperations,
	user: userOperations,
	webhook: webhookOperations,
};

export const resourceProperty: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{
			name: 'Account',
			value: 'account',
			description: 'The Fivetran account and the key the credential holds',
		},
		{
			name: 'Connector',
			value: 'connector',
			description: 'A pipeline that loads one source into a destination schema',
		},
		{
			name: 'Connector Type',
			value: 'connectorType',
			description: 'A service (source) a connector can be created for, with its config fields',
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
};

export const resourceProperties: INodeProperties[] = [
	...accountDescription,
	...connectorDescription,
	...connectorTypeDescription,
	...destinationDescription,
	...groupDescription,
	...hybridAgentDescription,
	...transformationDescription,
	...transformationProjectDescription,
	...userDescription,
	...webhookDescription,
];
