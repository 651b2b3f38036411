import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readTablesBody, tablesFields } from './tablesBody';

// Which data a historical resync re-imports: the whole connector, or chosen tables per schema
// (entered exactly as in the Resync Tables operation, which shares the fields and their checks).
// Named resyncScope, not scope: Get Many's `scope` has other options, and n8n keeps values by name.

const onlyForChosenTables = (field: INodeProperties): INodeProperties => ({
	...field,
	displayOptions: {
		...field.displayOptions,
		show: { ...field.displayOptions?.show, resyncScope: ['tables'] },
	},
});

export const scopeFields: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'resyncScope',
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
	if (ctx.getNodeParameter('resyncScope', itemIndex, 'connector') !== 'tables') return {};
	return { scope: readTablesBody(ctx, itemIndex) };
}
