import type { INodeProperties } from 'n8n-workflow';

import { ID_REGEX_SOURCE, MAX_ID_LENGTH } from './ids';

function locator<Name extends string>(
	name: Name,
	displayName: string,
	searchListMethod: string,
	placeholder: string,
): INodeProperties & { name: Name } {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: ID_REGEX_SOURCE,
							errorMessage: `Not a valid ${displayName} ID: use letters, digits, _ and - (at most ${MAX_ID_LENGTH})`,
						},
					},
				],
			},
		],
	};
}

export const groupLocator = locator('groupId', 'Group', 'searchGroups', 'e.g. decent_dropsy');
export const connectorLocator = locator(
	'connectorId',
	'Connector',
	'searchConnectors',
	'e.g. sandy_lamb',
);
export const destinationLocator = locator(
	'destinationId',
	'Destination',
	'searchDestinations',
	'e.g. decent_dropsy',
);
export const webhookLocator = locator(
	'webhookId',
	'Webhook',
	'searchWebhooks',
	'e.g. program_quoth',
);
export const transformationLocator = locator(
	'transformationId',
	'Transformation',
	'searchTransformations',
	'e.g. dbt_nightly_models',
);
export const transformationProjectLocator = locator(
	'projectId',
	'Transformation Project',
	'searchTransformationProjects',
	'e.g. dbt_project_main',
);
export const userLocator = locator('userId', 'User', 'searchUsers', 'e.g. decent_otter');
export const hybridAgentLocator = locator(
	'agentId',
	'Hybrid Deployment Agent',
	'searchHybridAgents',
	'e.g. agent_blue_fox',
);

/** A connector type (service): Connector > Create and Connector Type > Get offer Fivetran's list. */
export const serviceLocator: INodeProperties = {
	displayName: 'Service',
	name: 'service',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The connector type (the source), e.g. postgres or salesforce',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchServices', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. google_sheets',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^\\s*[A-Za-z0-9_]+\\s*$',
						errorMessage: 'Not a valid Fivetran service ID',
					},
				},
			],
		},
	],
};
