import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupLocator } from '../../shared/locators';
import { asNodeError, isNotFound } from '../../shared/transport/nodeErrors';
import { fivetranApiRequest } from '../../shared/transport/request';
import type { LookupResult } from '../common/createOnce';
import { createOnce } from '../common/createOnce';
import type { RequestSettings } from '../common/request';
import { requestSettings } from '../common/request';
import { readId, readText } from '../common/validate';
import { readJsonObject } from '../common/jsonInput';
import type { Access } from '../common/types';
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
		name: 'destinationService',
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

/** A group has at most one destination, and its ID is the group's. */
async function findDestination(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	groupId: string,
	service: string,
): Promise<LookupResult> {
	let found: IDataObject;
	try {
		found = await fivetranApiRequest.call(ctx, {
			method: 'GET',
			path: `/destinations/${encodeURIComponent(groupId)}`,
			...settings,
		});
	} catch (error) {
		if (isNotFound(error)) return { notCreated: `group "${groupId}" has no destination` };
		throw asNodeError(ctx.getNode(), error, settings.itemIndex);
	}
	if (found.service !== service) {
		return {
			notCreated: `group "${groupId}" already has a destination of service "${String(found.service)}"`,
		};
	}
	return { object: found };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = decodeURIComponent(readId(this, 'groupId', itemIndex));
	const service = readText(this, 'destinationService', itemIndex, 'Service');
	const config = readJsonObject(this, 'config', itemIndex, 'Config (JSON)');
	const body: IDataObject = {
		group_id: groupId,
		service,
		region: readText(this, 'region', itemIndex, 'Region'),
		time_zone_offset: readTimeZoneOffset(this, 'timeZoneOffset', itemIndex),
		...(Object.keys(config).length > 0 ? { config } : {}),
		...settingsBody(this, itemIndex, 'additionalFields'),
	};
	const settings = requestSettings(this, itemIndex);
	// Not repeatable: a second POST fails because the group already has its destination.
	return await createOnce(
		this,
		{ method: 'POST', path: '/destinations', body, ...settings },
		{
			what: `destination of group "${groupId}"`,
			find: async () => await findDestination(this, settings, groupId, service),
			howToCheck: `Get the destination with ID "${groupId}" (Destination > Get)`,
		},
	);
}
