import type { ConnectorState } from './connectorState';
import { toMillis } from './connectorState';
import { lastSyncEndAfter } from './syncEnded';

/** What to do when Fivetran says a sync is rescheduled (waiting for the source's API quota). */
export type RescheduledPolicy = 'wait' | 'retrigger' | 'fail';

export interface PollContext {
	/** lastSyncEndMillis of the connector read BEFORE the sync was requested. */
	baselineMillis: number;
	now: number;
	deadline: number;
	pollIntervalMs: number;
	onRescheduled: RescheduledPolicy;
	/** True when retrigger() already ran for the rescheduled episode this poll belongs to. */
	retriggeredThisEpisode: boolean;
}

export type PollDecision =
	| { kind: 'finished'; outcome: 'succeeded' | 'failed' }
	| { kind: 'paused' }
	| { kind: 'rescheduledFail'; rescheduledFor: string | null }
	| { kind: 'rescheduledBeyondDeadline'; rescheduledFor: string }
	| { kind: 'retrigger' }
	| { kind: 'sleep'; ms: number };

function rescheduledDecision(state: ConnectorState, poll: PollContext): PollDecision {
	const { rescheduledFor } = state;
	if (poll.onRescheduled === 'fail') return { kind: 'rescheduledFail', rescheduledFor };
	if (poll.onRescheduled === 'retrigger') {
		return poll.retriggeredThisEpisode
			? { kind: 'sleep', ms: poll.pollIntervalMs }
			: { kind: 'retrigger' };
	}
	const resumesAt = toMillis(rescheduledFor);
	if (resumesAt === -Infinity) return { kind: 'sleep', ms: poll.pollIntervalMs };
	// Waiting past the deadline would only end in a timeout later: say so now.
	if (resumesAt > poll.deadline)
		return { kind: 'rescheduledBeyondDeadline', rescheduledFor: rescheduledFor as string };
	// Nothing changes before Fivetran resumes, so polling in between would only spend API calls.
	return { kind: 'sleep', ms: Math.max(poll.pollIntervalMs, resumesAt - poll.now) };
}

/**
 * One poll's verdict, from the connector's state alone (no I/O, no clock): the loop in waitForSync
 * acts on it. Order matters: a sync that ended after the baseline is the answer the caller waits for,
 * even if the connector was paused or rescheduled afterwards.
 */
export function decidePoll(state: ConnectorState, poll: PollContext): PollDecision {
	// The shared rule: nothing has ended while the connector is still syncing.
	const ended = lastSyncEndAfter(state, poll.baselineMillis);
	if (ended) return { kind: 'finished', outcome: ended.outcome };
	if (state.isSyncing) return { kind: 'sleep', ms: poll.pollIntervalMs };
	if (state.isPaused) return { kind: 'paused' };
	if (state.syncState === 'rescheduled') return rescheduledDecision(state, poll);
	// 'scheduled' (not started yet) or anything unknown: keep polling; the timeout bounds the wait.
	return { kind: 'sleep', ms: poll.pollIntervalMs };
}
