import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../../shared/transport/request';
import { groupLocator } from '../../../shared/locators';
import { requestSettings } from '../common/request';
import { readId, readJsonObject, readText } from '../common/validate';
import type { Access } from '../types';
import {
	configField,
	createAdditionalFields,
	readTimeZoneOffset,
	regionField,
	settingsBody,
	timeZoneOffsetField,
} from './fields';
import { DESTINATION_SERVICES } from './values';

export const access: Access = 'write';

const properties: INodeProperties[] = [
	{
		...groupLocator,
		description:
			'The group the destination belongs to. It must exist and must not have a destination yet; the new destination gets the group ID as its ID.',
	},
	{
		displayName: 'Service',
		name: 'service',
		type: 'options',
		options: DESTINATION_SERVICES,
		default: 'snowflake',
		required: true,
		description:
			'The destination type. Not in the list? Switch this field to Expression and type the Fivetran service ID, e.g. s3_data_lake.',
	},
	regionField,
	{ ...timeZoneOffsetField, required: true },
	configField,
	createAdditionalFields,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['create'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = decodeURIComponent(readId(this, 'groupId', itemIndex, 'Group'));
	const service = readText(this, 'service', itemIndex, 'Service');
	const config = readJsonObject(this, 'config', itemIndex, 'Config (JSON)');
	const body: IDataObject = {
		group_id: groupId,
		service,
		region: readText(this, 'region', itemIndex, 'Region'),
		time_zone_offset: readTimeZoneOffset(this, 'timeZoneOffset', itemIndex),
		...(Object.keys(config).length > 0 ? { config } : {}),
		...settingsBody(this, itemIndex, 'additionalFields'),
	};
	return await fivetranApiRequest.call(this, {
		method: 'POST',
		path: '/destinations',
		body,
		...requestSettings(this, itemIndex),
	});
}
