import type { IExecuteFunctions } from 'n8n-workflow';

import { clock } from '../../../shared/clock';
import { pollUntil } from '../../common/wait/pollUntil';
import { failIfBlocked } from './blocked';
import { freshWaitCancelledError, notFreshInTimeError } from './errors';
import type { GateState } from './gateState';
import { newGateState, unsettled } from './gateState';
import { lookOnce } from './look';
import { freshTable } from './rows';
import type { FreshSettings } from './settings';
import { startStaleSyncs } from './startSyncs';

export interface FreshWait {
	fresh: FreshSettings;
	pollIntervalMs: number;
	timeoutMs: number;
	maxTries?: number;
	itemIndex: number;
}

const TOOL_ADVICE =
	'Syncs go on in Fivetran. Do not start them again: ask later with Connector > Check Fresh Data.';

/** Looks until every connector is fresh or skipped; the shared wait loop bounds it. */
export async function waitForFreshData(
	ctx: IExecuteFunctions,
	wait: FreshWait,
): Promise<GateState> {
	const { fresh, itemIndex, maxTries } = wait;
	const node = ctx.getNode();
	const state = newGateState();
	const waited = await pollUntil<GateState, true>(ctx, {
		itemIndex,
		timeoutMs: wait.timeoutMs,
		toolAdvice: TOOL_ADVICE,
		poll: async (deadline) =>
			await lookOnce(ctx, state, fresh, { maxTries, itemIndex, deadline }, clock.now),
		judge: async (seen, { deadline, guarded }) => {
			failIfBlocked(node, itemIndex, seen, fresh);
			if (unsettled(seen).length === 0) return { done: true };
			if (fresh.startSyncs) {
				await guarded(
					async () => await startStaleSyncs(ctx, seen, { maxTries, itemIndex, deadline }),
				);
			}
			return { sleepMs: wait.pollIntervalMs };
		},
		cancelled: () => freshWaitCancelledError(node, itemIndex),
		timedOut: (timeoutMs, waitedMs) =>
			notFreshInTimeError(node, itemIndex, freshTable(state), timeoutMs, waitedMs),
	});
	return waited.last;
}
