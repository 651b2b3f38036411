import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readConnectorState } from '../../../shared/connector/connectorState';
import { BLOCKED_REASONS, judgeFreshness } from '../../../shared/freshness/rule';
import { asNodeError, isNotFound } from '../../../shared/transport/nodeErrors';
import { fivetranApiRequest } from '../../../shared/transport/request';
import type { RequestSettings } from './readConnectorsOfGroups';
import { readConnectorsOfGroups, readGroupIds } from './readConnectorsOfGroups';
import type { GateState, Tracked } from './gateState';
import { unsettled } from './gateState';
import type { FreshSettings } from './settings';
import { freshMark } from './settings';

// One look: read what is still unsettled with as few requests as possible, then judge each
// connector by the rule. Fresh (and skipped) connectors are never read again in the same wait.

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : undefined;

/** Chosen connectors on the first look: their group is not known yet, so each is read once. */
async function readChosen(
	ctx: IExecuteFunctions,
	ids: readonly string[],
	settings: RequestSettings,
): Promise<Map<string, Tracked>> {
	const targets = new Map<string, Tracked>();
	const missing: string[] = [];
	for (const id of ids) {
		const path = `/connections/${encodeURIComponent(id)}`;
		try {
			const connector = await fivetranApiRequest.call(ctx, { method: 'GET', path, ...settings });
			targets.set(id, { id, groupId: text(connector.group_id), connector, syncRequested: false });
		} catch (error) {
			if (!isNotFound(error)) throw asNodeError(ctx.getNode(), error, settings.itemIndex);
			missing.push(id);
		}
	}
	if (missing.length > 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Connector not found in Fivetran: ${missing.join(', ')}`,
			{
				itemIndex: settings.itemIndex,
				description:
					'Check the chosen connector IDs: they may be mistyped, deleted or in another account. No sync was requested.',
			},
		);
	}
	return targets;
}

async function readScope(
	ctx: IExecuteFunctions,
	fresh: FreshSettings,
	settings: RequestSettings,
): Promise<Map<string, Tracked>> {
	const { scope } = fresh;
	if (scope.kind === 'connectors') return await readChosen(ctx, scope.connectorIds, settings);
	const groupIds = scope.kind === 'groups' ? scope.groupIds : await readGroupIds(ctx, settings);
	const targets = new Map<string, Tracked>();
	await readConnectorsOfGroups(
		ctx,
		groupIds,
		(connector, groupId) => {
			const id = text(connector.id);
			if (id === undefined || (fresh.keep && !fresh.keep(connector))) return;
			targets.set(id, { id, groupId, connector, syncRequested: false });
		},
		settings,
	);
	return targets;
}

/** Later looks: one list chain per group that still holds an unsettled connector. */
async function readPending(
	ctx: IExecuteFunctions,
	state: GateState,
	settings: RequestSettings,
): Promise<void> {
	const pending = unsettled(state);
	const targets = state.targets as Map<string, Tracked>;
	const groupIds = [...new Set(pending.map((t) => t.groupId).filter((g): g is string => !!g))];
	await readConnectorsOfGroups(
		ctx,
		groupIds,
		(connector) => {
			const tracked = targets.get(String(connector.id));
			if (tracked && tracked.settled === undefined) tracked.connector = connector;
		},
		settings,
	);
	// A connector Fivetran listed without a group is read on its own.
	for (const tracked of pending.filter((t) => !t.groupId)) {
		tracked.connector = await fivetranApiRequest.call(ctx, {
			method: 'GET',
			path: `/connections/${encodeURIComponent(tracked.id)}`,
			...settings,
		});
	}
}

function judge(state: GateState, fresh: FreshSettings, now: number): void {
	state.mark = freshMark(fresh, now);
	for (const tracked of unsettled(state)) {
		if (!tracked.connector) continue;
		const verdict = judgeFreshness(readConnectorState(tracked.connector), state.mark, now);
		tracked.verdict = verdict;
		if (verdict.fresh) tracked.settled = 'fresh';
		else if (fresh.onPausedOrBroken === 'skip' && BLOCKED_REASONS.includes(verdict.reason!))
			tracked.settled = 'skipped';
	}
}

/** Reads and judges; the caller decides what a verdict means (fail fast, start syncs, wait). */
export async function lookOnce(
	ctx: IExecuteFunctions,
	state: GateState,
	fresh: FreshSettings,
	settings: RequestSettings,
	now: () => number,
): Promise<GateState> {
	if (state.targets === undefined) state.targets = await readScope(ctx, fresh, settings);
	else await readPending(ctx, state, settings);
	state.looks += 1;
	judge(state, fresh, now());
	return state;
}

/** Connectors the "Fail at Once" choice stops on: not fresh, and no sync can make them fresh. */
export function blockedConnectors(state: GateState, fresh: FreshSettings): Tracked[] {
	if (fresh.onPausedOrBroken !== 'fail') return [];
	return unsettled(state).filter((t) => t.verdict && BLOCKED_REASONS.includes(t.verdict.reason!));
}
