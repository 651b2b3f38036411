import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import type { ConnectorState } from '../../shared/connector/connectorState';
import { readConnectorState } from '../../shared/connector/connectorState';
import type { RescheduledPolicy } from '../../shared/connector/syncDecision';
import { decidePoll } from '../../shared/connector/syncDecision';
import { boundedInterval, pollUntil } from '../common/wait/pollUntil';
import { cancelledError, pausedError, rescheduledError, timeoutError } from './syncErrors';

export interface WaitForSyncOptions {
	/** Plain (not URL-encoded) connector ID. */
	connectorId: string;
	/** lastSyncEndMillis read BEFORE the sync was requested, so a sync that ends quickly is not missed. */
	baselineMillis: number;
	pollIntervalMs?: number;
	timeoutMs?: number;
	onRescheduled?: RescheduledPolicy;
	/**
	 * Asks Fivetran for the sync again; needed with onRescheduled 'retrigger'. Must pass `deadline`
	 * (clock.now() ms) on to its request, so the retrigger cannot carry the wait past its Timeout.
	 */
	retrigger?: (deadline: number) => Promise<void>;
	itemIndex: number;
	maxTries?: number;
}

export interface WaitForSyncResult {
	/** The connector as the last poll saw it. */
	connector: IDataObject;
	outcome: 'succeeded' | 'failed';
	/** How long the wait took (local clock). */
	durationMs: number;
	polls: number;
}

/**
 * Polls GET /connections/{id} until the sync requested after `baselineMillis` has ended, and says
 * how it ended. Never waits on a paused connector, never past the timeout (its requests carry the
 * deadline), and never after the user stopped the execution: the waits that never end are what
 * people hate most about other Fivetran integrations.
 */
export async function waitForSync(
	ctx: IExecuteFunctions,
	options: WaitForSyncOptions,
): Promise<WaitForSyncResult> {
	const { connectorId, itemIndex } = options;
	const node = ctx.getNode();
	const pollIntervalMs = boundedInterval(options.pollIntervalMs);
	const onRescheduled = options.onRescheduled ?? 'wait';
	const retrigger = options.retrigger;
	if (onRescheduled === 'retrigger' && !retrigger) {
		throw new NodeOperationError(
			node,
			'waitForSync: onRescheduled "retrigger" needs a retrigger function',
			{ itemIndex },
		);
	}
	// A rescheduled "episode" lasts while consecutive polls see sync_state 'rescheduled'; retriggering
	// once per episode asks again without hammering POST /sync while the source quota is still out.
	let retriggeredThisEpisode = false;

	const waited = await pollUntil<IDataObject, 'succeeded' | 'failed'>(ctx, {
		itemIndex,
		timeoutMs: options.timeoutMs,
		poll: async (deadline) =>
			await fivetranApiRequest.call(ctx, {
				method: 'GET',
				path: `/connections/${encodeURIComponent(connectorId)}`,
				maxTries: options.maxTries,
				itemIndex,
				deadline,
			}),
		judge: async (connector, { now, deadline, guarded }) => {
			const state: ConnectorState = readConnectorState(connector);
			if (state.syncState !== 'rescheduled') retriggeredThisEpisode = false;
			const decision = decidePoll(state, {
				baselineMillis: options.baselineMillis,
				now,
				deadline,
				pollIntervalMs,
				onRescheduled,
				retriggeredThisEpisode,
			});
			switch (decision.kind) {
				case 'finished':
					return { done: decision.outcome };
				case 'paused':
					throw pausedError(node, connectorId, itemIndex, true);
				case 'rescheduledFail':
					throw rescheduledError(node, connectorId, itemIndex, decision.rescheduledFor, false);
				case 'rescheduledBeyondDeadline':
					throw rescheduledError(node, connectorId, itemIndex, decision.rescheduledFor, true);
				case 'retrigger':
					await guarded(async () => await retrigger?.(deadline));
					retriggeredThisEpisode = true;
					return { sleepMs: pollIntervalMs };
				case 'sleep':
					// This includes the sleep until rescheduled_for: it too is cut by the Timeout and by Stop.
					return { sleepMs: decision.ms };
			}
		},
		cancelled: () => cancelledError(node, connectorId, itemIndex, true),
		timedOut: (timeoutMs, waitedMs, last) =>
			timeoutError(
				node,
				connectorId,
				itemIndex,
				timeoutMs,
				waitedMs,
				last && readConnectorState(last),
			),
	});
	return {
		connector: waited.last,
		outcome: waited.result,
		durationMs: waited.durationMs,
		polls: waited.polls,
	};
}
