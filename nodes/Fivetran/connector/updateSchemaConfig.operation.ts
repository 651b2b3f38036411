import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { connectorLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { inputError, readId } from '../common/validate';
import { readJsonObject } from '../common/jsonInput';
import type { Access } from '../common/types';
import { inputModeField, isJsonInput } from './inputMode';
import { ENTRIES_LABEL, schemasFromEntries } from './schemaConfigBody';

export const access: Access = 'write';

const JSON_LABEL = 'Schema Config (JSON)';
const KEEP = 'keep';

const properties: INodeProperties[] = [
	connectorLocator,
	inputModeField(
		'schemaConfigMode',
		'Input',
		'Enable or disable schemas, tables and columns row by row',
		'Send a full schema config body as JSON',
	),
	{
		displayName: JSON_LABEL,
		name: 'schemaConfigJson',
		type: 'json',
		default:
			'{\n  "schemas": {\n    "my_schema": {\n      "enabled": true,\n      "tables": { "my_table": { "enabled": false } }\n    }\n  }\n}',
		description:
			'The PATCH body: any of schema_change_handling (ALLOW_ALL, ALLOW_COLUMNS, BLOCK_ALL), schemas (nested schemas → tables → columns with enabled flags) and is_type_locked',
		displayOptions: { show: { schemaConfigMode: ['json'] } },
	},
	{
		displayName: 'Schema Change Handling',
		name: 'schemaChangeHandling',
		type: 'options',
		options: [
			{
				name: 'Allow All',
				value: 'ALLOW_ALL',
				description: 'New schemas, tables and columns are synced',
			},
			{ name: 'Allow Columns', value: 'ALLOW_COLUMNS', description: 'Only new columns are synced' },
			{ name: 'Block All', value: 'BLOCK_ALL', description: 'Nothing new is synced until enabled' },
			{ name: 'Keep Current', value: KEEP },
		],
		default: KEEP,
		description:
			'What Fivetran does with schemas, tables and columns that appear in the source later',
		displayOptions: { show: { schemaConfigMode: ['fields'] } },
	},
	{
		displayName: ENTRIES_LABEL,
		name: 'schemaEntries',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add schema, table or column',
		default: {},
		description:
			'Each row enables or disables one schema, one table (schema + table) or one column (schema + table + column)',
		displayOptions: { show: { schemaConfigMode: ['fields'] } },
		options: [
			{
				displayName: 'Entry',
				name: 'entries',
				values: [
					{
						displayName: 'Schema',
						name: 'schema',
						type: 'string',
						default: '',
						placeholder: 'e.g. public',
					},
					{
						displayName: 'Table',
						name: 'table',
						type: 'string',
						default: '',
						description: 'Leave empty to change the whole schema',
					},
					{
						displayName: 'Column',
						name: 'column',
						type: 'string',
						default: '',
						description: 'Leave empty to change the whole table',
					},
					{
						displayName: 'Enabled',
						name: 'enabled',
						type: 'boolean',
						default: true,
						description: 'Whether Fivetran syncs it',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['updateSchemaConfig'] } },
	properties,
);

function readBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	if (isJsonInput(ctx, 'schemaConfigMode', itemIndex)) {
		return readJsonObject(ctx, 'schemaConfigJson', itemIndex, JSON_LABEL);
	}
	const body: IDataObject = {};
	const handling = String(ctx.getNodeParameter('schemaChangeHandling', itemIndex, KEEP));
	if (handling !== KEEP) body.schema_change_handling = handling;
	const schemas = schemasFromEntries(ctx, itemIndex);
	if (schemas) body.schemas = schemas;
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const body = readBody(this, itemIndex);
	if (Object.keys(body).length === 0) {
		inputError(
			this,
			itemIndex,
			'Nothing to change in the schema config',
			`Choose a "Schema Change Handling" or add rows to "${ENTRIES_LABEL}" (or use JSON input). Nothing was sent to Fivetran.`,
		);
	}
	return await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: `/connections/${connectorId}/schemas`,
		body,
		// Repeatable: it sets enabled flags and the handling to given values.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
}
