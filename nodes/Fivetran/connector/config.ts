import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../common/validate';
import {
	asPlainJson,
	checkKeyName,
	invalidJson,
	inputKeyed,
	readJsonObject,
	refuseReservedKeys,
} from '../common/jsonInput';
import { inputModeField, isJsonInput } from './inputMode';

// A connector's `config` is service-specific (e.g. host/port/user for postgres), so the node offers
// raw JSON for anything nested and simple key-value rows for the common flat case.

export const CONFIG_JSON_LABEL = 'Config (JSON)';

const CONFIG_HINT =
	'Most services need at least "schema" (the destination schema name). See the service\'s setup page in the Fivetran docs for its fields.';

export const configFields: INodeProperties[] = [
	inputModeField(
		'configMode',
		'Config Input',
		'Enter config fields as key-value rows',
		'Enter the whole config as one JSON object',
	),
	{
		displayName: CONFIG_JSON_LABEL,
		name: 'configJson',
		type: 'json',
		default: '{\n  "schema": "my_schema"\n}',
		description:
			'The service-specific config object. Most services need at least "schema" (the destination schema name); see the service\'s setup page in the Fivetran docs.',
		displayOptions: { show: { configMode: ['json'] } },
	},
	{
		displayName: 'Config Fields',
		name: 'configUi',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add config field',
		default: {},
		description: CONFIG_HINT,
		displayOptions: { show: { configMode: ['fields'] } },
		options: [
			{
				displayName: 'Field',
				name: 'fields',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'e.g. schema',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
					},
					{
						displayName: 'Value Type',
						name: 'valueType',
						type: 'options',
						options: [
							{ name: 'Boolean', value: 'boolean' },
							{ name: 'JSON', value: 'json', description: 'An array or object, written as JSON' },
							{ name: 'Number', value: 'number' },
							{ name: 'String', value: 'string' },
						],
						default: 'string',
					},
				],
			},
		],
	},
];

function typedValue(ctx: IExecuteFunctions, itemIndex: number, row: IDataObject): unknown {
	const text = String(row.value ?? '');
	const label = `Config Fields › ${String(row.key)}`;
	switch (row.valueType) {
		case 'number': {
			const number = Number(text);
			if (text.trim() === '' || !Number.isFinite(number)) {
				inputError(
					ctx,
					itemIndex,
					`The parameter "${label}" must be a number`,
					'Change the value or its Value Type. (The value is not repeated here: config fields often hold passwords.)',
				);
			}
			return number;
		}
		case 'boolean':
			if (!['true', 'false'].includes(text.trim().toLowerCase())) {
				inputError(
					ctx,
					itemIndex,
					`The parameter "${label}" must be true or false`,
					'Change the value or its Value Type. (The value is not repeated here: config fields often hold passwords.)',
				);
			}
			return text.trim().toLowerCase() === 'true';
		case 'json': {
			let value: unknown;
			try {
				value = JSON.parse(text);
			} catch {
				return invalidJson(ctx, itemIndex, label, text, 'Change the value or its Value Type.');
			}
			refuseReservedKeys(ctx, itemIndex, value, label);
			return value;
		}
		default:
			return text;
	}
}

function configFromRows(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const ui = ctx.getNodeParameter('configUi', itemIndex, {}) as IDataObject;
	const rows = (ui.fields as IDataObject[] | undefined) ?? [];
	const config = inputKeyed<IDataObject[string]>();
	for (const row of rows) {
		const key = String(row.key ?? '').trim();
		if (key === '') {
			inputError(
				ctx,
				itemIndex,
				'A row of "Config Fields" has an empty key',
				'Enter the config field name (e.g. schema) or remove the row.',
			);
		}
		checkKeyName(ctx, itemIndex, key, 'A row of "Config Fields"');
		config[key] = typedValue(ctx, itemIndex, { ...row, key }) as IDataObject[string];
	}
	return asPlainJson(config);
}

/** The `config` object for a new connector, from JSON or from key-value rows. */
export function readCreateConfig(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	if (isJsonInput(ctx, 'configMode', itemIndex))
		return readJsonObject(ctx, 'configJson', itemIndex, CONFIG_JSON_LABEL);
	return configFromRows(ctx, itemIndex);
}
