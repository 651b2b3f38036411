import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { isFivetranId } from '../../../shared/ids';
import { toMillis } from '../../../shared/connector/connectorState';
import type { GateState, Tracked } from './gateState';
import type { FreshSettings } from './settings';

// Check Fresh Data in a loop: the previous check's item comes back as input and carries what it
// learned (each connector's group, who is fresh, which syncs were requested, the fresh-after mark),
// so a loop costs what one Wait for Fresh Data costs and never requests a second sync.

const isRow = (row: unknown): row is IDataObject =>
	row !== null && typeof row === 'object' && typeof (row as IDataObject).connector_id === 'string';

/** Carried rows fit the scope: the same chosen connectors, or only the chosen groups. */
function fitsScope(rows: IDataObject[], settings: FreshSettings): boolean {
	const { scope } = settings;
	if (scope.kind === 'connectors') {
		const ids = new Set(rows.map((row) => row.connector_id));
		return ids.size === scope.connectorIds.length && scope.connectorIds.every((id) => ids.has(id));
	}
	if (scope.kind === 'groups')
		return rows.every((row) => scope.groupIds.includes(String(row.group_id)));
	return true;
}

function tracked(row: IDataObject): Tracked {
	const groupId =
		typeof row.group_id === 'string' && isFivetranId(row.group_id) ? row.group_id : undefined;
	const settled = row.fresh === true ? 'fresh' : row.skipped === true ? 'skipped' : undefined;
	return {
		id: String(row.connector_id),
		groupId,
		settled,
		syncRequested: row.sync_requested === true,
		...(settled ? { carriedRow: row } : {}),
	};
}

/** The state the input item carries, or undefined when it is not a previous check's output. */
export function carriedState(
	ctx: IExecuteFunctions,
	itemIndex: number,
	settings: FreshSettings,
): GateState | undefined {
	const json = ctx.getInputData()[itemIndex]?.json ?? {};
	const listed: unknown = json.connectors;
	if (typeof json.checks !== 'number' || !Array.isArray(listed) || !listed.every(isRow))
		return undefined;
	const rows = listed as IDataObject[];
	// Every carried ID becomes a path segment later: one that is not an ID voids the carried state.
	if (!rows.every((row) => isFivetranId(String(row.connector_id))) || !fitsScope(rows, settings))
		return undefined;
	const mark = toMillis(typeof json.fresh_after === 'string' ? json.fresh_after : null);
	return {
		targets: new Map(rows.map((row) => [String(row.connector_id), tracked(row)])),
		looks: 0,
		mark,
	};
}
