import type { IDataObject, INode } from 'n8n-workflow';

import { blockedError } from './errors';
import type { GateState } from './gateState';
import { blockedConnectors } from './look';
import { freshTable } from './rows';
import type { FreshSettings } from './settings';

/** "Fail at Once": stops with an error naming the paused / broken connectors, if any. */
export function failIfBlocked(
	node: INode,
	itemIndex: number,
	state: GateState,
	fresh: FreshSettings,
	extra: IDataObject = {},
): void {
	const blocked = new Set(blockedConnectors(state, fresh).map((tracked) => tracked.id));
	if (blocked.size === 0) return;
	const table = freshTable(state, extra);
	const rows = table.rows.filter((row) => blocked.has(String(row.connector_id)));
	throw blockedError(node, itemIndex, table, rows);
}
