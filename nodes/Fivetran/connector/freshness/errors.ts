import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatDuration } from '../../common/wait/duration';
import type { FreshTable } from './rows';
import { namesAndReasons } from './rows';

/** A wait that ended without all data fresh; carries the table, for continue-on-fail's items. */
export class FreshDataError extends NodeOperationError {
	constructor(
		node: INode,
		message: string,
		readonly table: FreshTable,
		options: { itemIndex: number; description: string },
	) {
		super(node, message, options);
	}
}

export function blockedError(
	node: INode,
	itemIndex: number,
	table: FreshTable,
	blocked: IDataObject[],
): FreshDataError {
	return new FreshDataError(
		node,
		`${blocked.length} connector(s) cannot become fresh by themselves: ${namesAndReasons(blocked)}`,
		table,
		{
			itemIndex,
			description:
				'They are paused or their setup is broken or incomplete, so no sync will make them fresh. Fix or resume them, or set "Paused / Broken Connectors" to "Skip Them" or "Keep Waiting".',
		},
	);
}

export function notFreshInTimeError(
	node: INode,
	itemIndex: number,
	table: FreshTable,
	timeoutMs: number,
	waitedMs: number,
): FreshDataError {
	return new FreshDataError(
		node,
		`Data not fresh after ${formatDuration(timeoutMs)} (Timeout): ${namesAndReasons(table.notFresh)}`,
		table,
		{
			itemIndex,
			description: `Waited ${formatDuration(waitedMs)}; ${table.notFresh.length} of ${table.rows.length} connector(s) are not fresh. Each row says why (why_not, why_not_detail). Raise "Timeout", or turn on "Start Syncs for Stale Connectors".`,
		},
	);
}

/** The user pressed Stop ("canceled" so n8n records the execution as canceled). */
export function freshWaitCancelledError(node: INode, itemIndex: number): NodeOperationError {
	return new NodeOperationError(node, 'The execution was canceled while waiting for fresh data', {
		itemIndex,
		level: 'warning',
		description:
			'The execution was stopped; syncs this node requested go on in Fivetran (stopping a workflow does not stop a sync).',
	});
}
