import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../shared/transport/request';
import { groupLocator } from '../../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../types';
import { configFields, readCreateConfig } from '../../helpers/connector/config';
import { settingsBody, settingsFields } from '../../helpers/connector/settings';

export const access: Access = 'write';

const serviceLocator: INodeProperties = {
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

const properties: INodeProperties[] = [
	{ ...groupLocator, description: 'The group (destination) the connector loads into' },
	serviceLocator,
	...configFields,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options: settingsFields,
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = decodeURIComponent(readId(this, 'groupId', itemIndex, 'Group'));
	const service = decodeURIComponent(readId(this, 'service', itemIndex, 'Service'));
	const config = readCreateConfig(this, itemIndex);
	const additionalFields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { group_id: groupId, service, ...settingsBody(additionalFields) };
	if (Object.keys(config).length > 0) body.config = config;
	return await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/connections',
		body,
		...requestSettings(this, itemIndex),
	});
}
