import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { shownValue } from '../../shared/ids';
import { groupLocator, serviceLocator } from '../../shared/locators';
import { collectItems } from '../../shared/transport/pagination';
import type { LookupResult } from '../common/createOnce';
import { createOnce } from '../common/createOnce';
import type { RequestSettings } from '../common/request';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { configFields, readCreateConfig } from './config';
import { settingsBody, settingsFields } from './settings';

export const access: Access = 'write';

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

/**
 * The name Fivetran gives the connector (and its destination schema), unique within a group:
 * `schema_prefix` for databases, `schema.table` for single-table sources, else `schema`.
 */
function connectorSchemaName(config: IDataObject): string | undefined {
	const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
	const prefix = text(config.schema_prefix);
	const schema = text(config.schema);
	const table = text(config.table);
	return prefix ?? (schema && table ? `${schema}.${table}` : schema);
}

/** A schema name as Fivetran stores it: lower case, digits and _ (plus `.table` for single-table sources). */
const FIVETRAN_SCHEMA_NAME = /^[a-z0-9_]+(\.[a-z0-9_]+)?$/;

async function findConnector(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	body: IDataObject,
	schema: string,
): Promise<LookupResult> {
	const groupId = String(body.group_id);
	const inGroup = await collectItems.call(ctx, {
		path: `/groups/${encodeURIComponent(groupId)}/connections`,
		qs: { schema },
		...settings,
	});
	const found = inGroup.find((connector) => connector.schema === schema);
	if (found === undefined && !FIVETRAN_SCHEMA_NAME.test(schema)) {
		// Fivetran may have stored the name in its own form, so an empty answer proves nothing.
		throw new NodeOperationError(
			ctx.getNode(),
			`no connector is named exactly ${shownValue(schema)}, but Fivetran may store that name lower-cased or with _ for other characters`,
		);
	}
	if (found === undefined)
		return { notCreated: `group "${groupId}" has no connector named ${shownValue(schema)}` };
	if (found.service !== body.service) {
		return {
			notCreated: `the schema name is taken in group "${groupId}" by connector "${String(found.id)}" of service "${String(found.service)}"`,
		};
	}
	return { object: found };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = decodeURIComponent(readId(this, 'groupId', itemIndex));
	const service = decodeURIComponent(readId(this, 'service', itemIndex));
	const config = readCreateConfig(this, itemIndex);
	const additionalFields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body: IDataObject = { group_id: groupId, service, ...settingsBody(additionalFields) };
	if (Object.keys(config).length > 0) body.config = config;
	const settings = requestSettings(this, itemIndex);
	// Not repeatable: a second POST would make a second connector (or fail as a duplicate).
	const request = { method: 'POST' as const, path: '/connections', body, ...settings };
	const schema = connectorSchemaName(config);
	if (schema === undefined) return await createOnce(this, request);
	return await createOnce(this, request, {
		what: `connector ${shownValue(schema)} in group "${groupId}"`,
		find: async () => await findConnector(this, settings, body, schema),
		howToCheck: `List the group's connectors (Group > Get Connectors, filter Schema ${shownValue(schema)})`,
	});
}
