import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { inputError } from '../common/validate';
import { asPlainJson, checkKeyName, inputKeyed } from '../common/jsonInput';

export const ENTRIES_LABEL = 'Schemas, Tables and Columns';

interface Entry {
	schema: string;
	table: string;
	column: string;
	enabled: boolean;
}

/** Input names are keys here: every level is prototype-free (see inputKeyed). */
const level = (): IDataObject => inputKeyed<IDataObject[string]>();

function child(parent: IDataObject, key: string, name: string): IDataObject {
	const children = (parent[key] ??= level()) as IDataObject;
	return (children[name] ??= level()) as IDataObject;
}

function readEntries(ctx: IExecuteFunctions, itemIndex: number): Entry[] {
	const ui = ctx.getNodeParameter('schemaEntries', itemIndex, {}) as IDataObject;
	const rows = (ui.entries as IDataObject[] | undefined) ?? [];
	return rows.map((row, index) => {
		const entry: Entry = {
			schema: String(row.schema ?? '').trim(),
			table: String(row.table ?? '').trim(),
			column: String(row.column ?? '').trim(),
			enabled: row.enabled !== false,
		};
		const where = `Row ${index + 1} of "${ENTRIES_LABEL}"`;
		for (const name of [entry.schema, entry.table, entry.column])
			checkKeyName(ctx, itemIndex, name, where);
		if (entry.schema === '') {
			inputError(
				ctx,
				itemIndex,
				`${where} has no schema name`,
				'Every row needs the schema it changes; table and column are optional.',
			);
		}
		if (entry.column !== '' && entry.table === '') {
			inputError(
				ctx,
				itemIndex,
				`${where} names a column but no table`,
				'A column belongs to a table: enter the table name too.',
			);
		}
		return entry;
	});
}

/**
 * Turns flat rows (schema, optional table, optional column, enabled) into Fivetran's nested
 * `schemas` object; a row sets `enabled` on the deepest level it names.
 */
export function schemasFromEntries(
	ctx: IExecuteFunctions,
	itemIndex: number,
): IDataObject | undefined {
	const entries = readEntries(ctx, itemIndex);
	if (entries.length === 0) return undefined;
	const schemas = level();
	for (const { schema, table, column, enabled } of entries) {
		let target = (schemas[schema] ??= level()) as IDataObject;
		if (table !== '') target = child(target, 'tables', table);
		if (column !== '') target = child(target, 'columns', column);
		target.enabled = enabled;
	}
	return asPlainJson(schemas);
}
