import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { asNodeError } from '../../../shared/transport/nodeErrors';
import { FreshDataError } from './errors';
import type { FreshTable } from './rows';

/** Wait for Fresh Data: the summary, then one item per connector. Check Fresh Data: one item. */
export type FreshShape = 'rows' | 'oneItem';

export function freshItems(
	table: FreshTable,
	shape: FreshShape,
	extra: IDataObject = {},
): IDataObject[] {
	const summary = { ...table.summary, ...extra };
	return shape === 'rows' ? [summary, ...table.rows] : [{ ...summary, connectors: table.rows }];
}

/**
 * Runs the freshness work; with continue-on-fail, a wait that ended without fresh data (timeout,
 * fail-fast) still outputs its table, with the error in the summary, so the workflow can branch.
 */
export async function freshOrItems(
	ctx: IExecuteFunctions,
	shape: FreshShape,
	work: () => Promise<IDataObject[]>,
): Promise<IDataObject[]> {
	try {
		return await work();
	} catch (error) {
		if (!(error instanceof FreshDataError) || !ctx.continueOnFail())
			throw asNodeError(ctx.getNode(), error);
		return freshItems(error.table, shape, {
			error: error.message,
			description: error.description ?? null,
		});
	}
}
