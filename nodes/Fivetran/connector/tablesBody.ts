import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../common/validate';
import { asPlainJson, checkKeyName, inputKeyed, readJsonObject } from '../common/jsonInput';
import { inputModeField, isJsonInput } from './inputMode';

// Fivetran's table-resync body maps each schema name to the table names to re-import:
// {"public": ["orders", "customers"]}.

const JSON_LABEL = 'Tables (JSON)';
const UI_LABEL = 'Tables';

export const tablesFields: INodeProperties[] = [
	inputModeField(
		'tablesMode',
		'Input',
		'One row per schema with its table names',
		'An object mapping each schema to a list of tables',
	),
	{
		displayName: UI_LABEL,
		name: 'tablesUi',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add schema',
		default: {},
		displayOptions: { show: { tablesMode: ['fields'] } },
		options: [
			{
				displayName: 'Schema',
				name: 'schemas',
				values: [
					{
						displayName: 'Schema',
						name: 'schema',
						type: 'string',
						default: '',
						placeholder: 'e.g. public',
					},
					{
						displayName: 'Tables',
						name: 'tables',
						type: 'string',
						default: '',
						placeholder: 'e.g. orders, customers',
						description: 'Comma-separated table names in this schema',
					},
				],
			},
		],
	},
	{
		displayName: JSON_LABEL,
		name: 'tablesJson',
		type: 'json',
		default: '{\n  "public": ["orders", "customers"]\n}',
		description: 'Each schema name mapped to the array of table names to re-import',
		displayOptions: { show: { tablesMode: ['json'] } },
	},
];

/**
 * Rows of a fixedCollection `{ schemas: [{ schema, tables: "a, b" }] }` as `{ schema: [tables] }`;
 * the same schema twice merges into one list. Table lists may still be empty here.
 */
function readTableRows(
	ctx: IExecuteFunctions,
	itemIndex: number,
	parameterName: string,
	label: string,
): Record<string, string[]> {
	const ui = ctx.getNodeParameter(parameterName, itemIndex, {}) as IDataObject;
	const rows = (ui.schemas as IDataObject[] | undefined) ?? [];
	const body = inputKeyed<string[]>();
	rows.forEach((row, index) => {
		const schema = String(row.schema ?? '').trim();
		const where = `Row ${index + 1} of "${label}"`;
		if (schema === '') {
			inputError(
				ctx,
				itemIndex,
				`${where} has no schema name`,
				'Enter the schema the tables belong to, or remove the row.',
			);
		}
		checkKeyName(ctx, itemIndex, schema, where);
		const tables = String(row.tables ?? '')
			.split(',')
			.map((table) => table.trim())
			.filter((table) => table !== '');
		body[schema] = [...new Set([...(body[schema] ?? []), ...tables])];
	});
	return asPlainJson(body);
}

function fromJson(ctx: IExecuteFunctions, itemIndex: number): Record<string, string[]> {
	const raw = readJsonObject(ctx, 'tablesJson', itemIndex, JSON_LABEL);
	for (const [schema, tables] of Object.entries(raw)) {
		if (
			!Array.isArray(tables) ||
			tables.some((table) => typeof table !== 'string' || table.trim() === '')
		) {
			inputError(
				ctx,
				itemIndex,
				`The parameter "${JSON_LABEL}" must map "${schema}" to an array of table names`,
				'Write it like {"public": ["orders", "customers"]}.',
			);
		}
	}
	return raw as Record<string, string[]>;
}

/** The resync body, checked to name at least one table and no schema without tables. */
export function readTablesBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const json = isJsonInput(ctx, 'tablesMode', itemIndex);
	const body = json
		? fromJson(ctx, itemIndex)
		: readTableRows(ctx, itemIndex, 'tablesUi', UI_LABEL);
	const label = json ? JSON_LABEL : UI_LABEL;
	const schemas = Object.keys(body);
	if (schemas.length === 0) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" names no table`,
			'Add at least one schema with one table. Nothing was sent to Fivetran.',
		);
	}
	const empty = schemas.find((schema) => body[schema].length === 0);
	if (empty !== undefined) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" gives no table for schema "${empty}"`,
			'Fivetran refuses an empty table list: add table names or remove the schema.',
		);
	}
	return body;
}
