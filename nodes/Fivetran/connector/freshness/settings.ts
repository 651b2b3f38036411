import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { clock } from '../../../shared/clock';
import { idProblem, shownValue } from '../../../shared/ids';
import { locatorValue } from '../../../shared/locatorValue';
import { localFilter } from '../listFilters';
import { inputError, readChoice } from '../../common/validate';
import { readInstant } from '../syncTimes';

// Every parameter of the freshness operations, read and checked before the first request.

export type FreshScope =
	| { kind: 'connectors'; connectorIds: string[] }
	| { kind: 'groups'; groupIds: string[] }
	| { kind: 'account' };

export type PausedPolicy = 'fail' | 'skip' | 'wait';

export interface FreshSettings {
	scope: FreshScope;
	/** Client-side filters of the group and account scopes (Get Many's), or undefined. */
	keep?: (connector: IDataObject) => boolean;
	/** Fixed instant (ms), or undefined with a window. */
	freshAfterMs?: number;
	/** Fresh After was empty: the mark is when the node (or a loop's first check) started. */
	markFromStart?: boolean;
	/** Max age (ms) with the window rule. */
	maxAgeMs?: number;
	startSyncs: boolean;
	onPausedOrBroken: PausedPolicy;
}

const MAX_CHOSEN = 10_000;

function checkedIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: string[],
	label: string,
): string[] {
	const ids: string[] = [];
	raw.forEach((id, index) => {
		const problem = idProblem(id);
		if (problem !== undefined) {
			inputError(
				ctx,
				itemIndex,
				`Entry ${index + 1} of "${label}" is not a valid Fivetran ID: ${shownValue(id)}`,
				`${problem.charAt(0).toUpperCase()}${problem.slice(1)}. Fivetran IDs contain only letters, digits, _ and -. Nothing was sent to Fivetran.`,
			);
		}
		if (!ids.includes(id)) ids.push(id);
	});
	if (ids.length === 0) {
		inputError(
			ctx,
			itemIndex,
			`"${label}" is empty`,
			`Add at least one. Nothing was sent to Fivetran.`,
		);
	}
	if (ids.length > MAX_CHOSEN) {
		inputError(
			ctx,
			itemIndex,
			`"${label}" holds ${ids.length} IDs; at most ${MAX_CHOSEN}`,
			'Choose groups or the whole account instead.',
		);
	}
	return ids;
}

/** The rows of a fixedCollection of locators, as plain IDs. */
function rowsOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	row: string,
	field: string,
): string[] {
	const raw = ctx.getNodeParameter(name, itemIndex, {}) as IDataObject;
	const rows = (raw?.[row] as IDataObject[] | undefined) ?? [];
	return (Array.isArray(rows) ? rows : []).map((entry) => locatorValue(entry?.[field]));
}

/** An expression's IDs: a list, or text separated by commas (or whitespace). */
function idsFromExpression(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const raw = ctx.getNodeParameter('connectorIdList', itemIndex, '') as unknown;
	if (Array.isArray(raw)) return raw.map((id) => locatorValue(id));
	if (typeof raw !== 'string') {
		inputError(
			ctx,
			itemIndex,
			`"Connector IDs" must be a list or text (got ${typeof raw})`,
			'Nothing was sent to Fivetran.',
		);
	}
	return raw.split(/[\s,]+/).filter((id) => id !== '');
}

function readScope(ctx: IExecuteFunctions, itemIndex: number): FreshScope {
	const kind = readChoice(ctx, 'freshScope', itemIndex, 'Connectors to Check', [
		'connectors',
		'connectorIds',
		'groups',
		'account',
	]);
	if (kind === 'account') return { kind };
	if (kind === 'groups') {
		const ids = rowsOf(ctx, itemIndex, 'freshGroups', 'group', 'groupId');
		return { kind, groupIds: checkedIds(ctx, itemIndex, ids, 'Groups') };
	}
	const ids =
		kind === 'connectors'
			? rowsOf(ctx, itemIndex, 'freshConnectors', 'connector', 'connectorId')
			: idsFromExpression(ctx, itemIndex);
	const label = kind === 'connectors' ? 'Connectors' : 'Connector IDs';
	return { kind: 'connectors', connectorIds: checkedIds(ctx, itemIndex, ids, label) };
}

function readRule(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Pick<FreshSettings, 'freshAfterMs' | 'maxAgeMs' | 'markFromStart'> {
	const rule = readChoice(ctx, 'freshRule', itemIndex, 'Fresh Means', ['after', 'window']);
	if (rule === 'after') {
		const instant = readInstant(ctx, 'freshAfter', itemIndex, 'Fresh After');
		return { freshAfterMs: instant?.millis ?? clock.now(), markFromStart: instant === undefined };
	}
	const minutes = ctx.getNodeParameter('maxAgeMinutes', itemIndex, 60) as unknown;
	if (
		typeof minutes !== 'number' ||
		!Number.isFinite(minutes) ||
		minutes <= 0 ||
		minutes > 525_600
	) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Max Age" must be more than 0 and at most 525,600 minutes (a year) (got ${String(minutes)})`,
			'Nothing was sent to Fivetran.',
		);
	}
	return { maxAgeMs: minutes * 60_000 };
}

export function readFreshSettings(ctx: IExecuteFunctions, itemIndex: number): FreshSettings {
	const scope = readScope(ctx, itemIndex);
	const filters =
		scope.kind === 'connectors'
			? {}
			: (ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject);
	const schema = String(filters.schema ?? '').trim();
	const listed = localFilter(filters);
	const keep =
		schema === '' && !listed
			? undefined
			: (connector: IDataObject) =>
					(schema === '' || connector.schema === schema) && (!listed || listed(connector));
	return {
		scope,
		keep,
		...readRule(ctx, itemIndex),
		startSyncs: ctx.getNodeParameter('startSyncs', itemIndex, false) === true,
		onPausedOrBroken: readChoice(ctx, 'onPausedOrBroken', itemIndex, 'Paused / Broken Connectors', [
			'fail',
			'skip',
			'wait',
		]),
	};
}

/** The instant a success must reach at `now`: fixed, or `now` minus the window. */
export function freshMark(
	settings: Pick<FreshSettings, 'freshAfterMs' | 'maxAgeMs'>,
	now: number,
): number {
	return settings.freshAfterMs ?? now - (settings.maxAgeMs ?? 0);
}
