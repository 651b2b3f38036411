import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { asNodeError, isDeadlineReached } from '../../../shared/transport/errors';
import { fivetranApiRequest } from '../../../shared/transport/request';
import { cancelSignalOf } from '../../../shared/cancel';
import { clock } from '../../../shared/clock';
import type { ConnectorState } from '../../../shared/connector/connectorState';
import { readConnectorState } from '../../../shared/connector/connectorState';
import type { RescheduledPolicy } from '../../../shared/connector/syncDecision';
import { decidePoll } from '../../../shared/connector/syncDecision';
import { cancelledError, pausedError, rescheduledError, timeoutError } from './syncErrors';

export const DEFAULT_POLL_INTERVAL_MS = 30_000;
export const MIN_POLL_INTERVAL_MS = 5_000;
export const DEFAULT_TIMEOUT_MS = 60 * 60_000;
export const MAX_TIMEOUT_MS = 24 * 60 * 60_000;
/**
 * The last poll is sent this long before the Timeout ends, so it can be answered in time: every
 * request of the wait (retries included) carries the Timeout as its deadline, and the wait ends at
 * most Timeout after it started (plus timer precision), never later.
 */
export const FINAL_POLL_GRACE_MS = 10_000;

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

/** A wait always ends: an absent or silly timeout becomes the default, a huge one the 24 h cap. */
function boundedTimeout(timeoutMs: number | undefined): number {
	if (timeoutMs === undefined || !Number.isFinite(timeoutMs) || timeoutMs <= 0)
		return DEFAULT_TIMEOUT_MS;
	return Math.min(timeoutMs, MAX_TIMEOUT_MS);
}

/**
 * Runs each step of a wait (a poll, a retrigger, a sleep) so that it ends on the user's Stop and on
 * the Timeout, whatever the step threw: the transport's own cancel or deadline error, or a sleep's
 * WaitCancelledError, become the wait's cancel or timeout error.
 */
function stepGuard(
	ctx: IExecuteFunctions,
	connectorId: string,
	itemIndex: number,
	start: number,
	deadline: number,
) {
	const timeoutMs = deadline - start;
	const node = ctx.getNode();
	const signal = cancelSignalOf(ctx);
	let lastState: ConnectorState | undefined;
	const cancelled = () => cancelledError(node, connectorId, itemIndex, true);
	const timedOut = () =>
		timeoutError(node, connectorId, itemIndex, timeoutMs, clock.now() - start, lastState);
	return {
		signal,
		timedOut,
		seen: (state: ConnectorState) => {
			lastState = state;
		},
		run: async <T>(step: () => Promise<T>): Promise<T> => {
			if (signal?.aborted) throw cancelled();
			try {
				return await step();
			} catch (error) {
				if (signal?.aborted) throw cancelled();
				if (clock.now() >= deadline || isDeadlineReached(error)) throw timedOut();
				throw asNodeError(node, error, itemIndex);
			}
		},
	};
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
	const pollIntervalMs = Math.max(
		MIN_POLL_INTERVAL_MS,
		options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
	);
	const onRescheduled = options.onRescheduled ?? 'wait';
	const retrigger = options.retrigger;
	if (onRescheduled === 'retrigger' && !retrigger) {
		throw new NodeOperationError(
			node,
			'waitForSync: onRescheduled "retrigger" needs a retrigger function',
			{ itemIndex },
		);
	}
	const start = clock.now();
	const deadline = start + boundedTimeout(options.timeoutMs);
	// A short Timeout still gets its first poll; after that, no poll starts within the grace.
	const lastPollAt = Math.max(start, deadline - FINAL_POLL_GRACE_MS);
	const guard = stepGuard(ctx, connectorId, itemIndex, start, deadline);
	// A rescheduled "episode" lasts while consecutive polls see sync_state 'rescheduled'; retriggering
	// once per episode asks again without hammering POST /sync while the source quota is still out.
	let retriggeredThisEpisode = false;
	let polls = 0;

	for (;;) {
		const connector = await guard.run(
			async () =>
				await fivetranApiRequest.call(ctx, {
					method: 'GET',
					path: `/connections/${encodeURIComponent(connectorId)}`,
					maxTries: options.maxTries,
					itemIndex,
					deadline,
				}),
		);
		polls += 1;
		const state: ConnectorState = readConnectorState(connector);
		guard.seen(state);
		const now = clock.now();
		if (state.syncState !== 'rescheduled') retriggeredThisEpisode = false;
		const decision = decidePoll(state, {
			baselineMillis: options.baselineMillis,
			now,
			deadline,
			pollIntervalMs,
			onRescheduled,
			retriggeredThisEpisode,
		});

		let sleepMs = pollIntervalMs;
		switch (decision.kind) {
			case 'finished':
				return { connector, outcome: decision.outcome, durationMs: now - start, polls };
			case 'paused':
				throw pausedError(node, connectorId, itemIndex, true);
			case 'rescheduledFail':
				throw rescheduledError(node, connectorId, itemIndex, decision.rescheduledFor, false);
			case 'rescheduledBeyondDeadline':
				throw rescheduledError(node, connectorId, itemIndex, decision.rescheduledFor, true);
			case 'retrigger':
				await guard.run(async () => await retrigger?.(deadline));
				retriggeredThisEpisode = true;
				break;
			case 'sleep':
				sleepMs = decision.ms;
				break;
		}

		const remaining = lastPollAt - clock.now();
		if (remaining <= 0) throw guard.timedOut();
		// The last sleep ends at lastPollAt, so one final poll sees the state just before the Timeout.
		// This includes the sleep until rescheduled_for: it too is cut by the Timeout and by Stop.
		await guard.run(async () => await clock.sleep(Math.min(sleepMs, remaining), guard.signal));
	}
}
