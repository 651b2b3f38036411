import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readTablesBody, tablesFields } from './tablesBody';

// Which data a historical resync re-imports: the whole connector, or chosen tables per schema
// (entered exactly as in the Resync Tables operation, which shares the fields and their checks).

const onlyForChosenTables = (field: INodeProperties): INodeProperties => ({
	...field,
	displayOptions: {
		...field.displayOptions,
		show: { ...field.displayOptions?.show, scope: ['tables'] },
	},
});

export const scopeFields: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		default: 'connector',
		options: [
			{
				name: 'Whole Connector',
				value: 'connector',
				description: 'Re-import every table of the connector',
			},
			{
				name: 'Chosen Tables',
				value: 'tables',
				description:
					'Re-import only the listed tables (only for connectors that support table-level resync)',
			},
		],
		description: 'What to re-import',
	},
	...tablesFields.map(onlyForChosenTables),
];

/** `{}` for the whole connector, or `{ scope: { schema: [tables] } }`; empty lists never reach Fivetran. */
export function readResyncBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	if (ctx.getNodeParameter('scope', itemIndex, 'connector') !== 'tables') return {};
	return { scope: readTablesBody(ctx, itemIndex) };
}
