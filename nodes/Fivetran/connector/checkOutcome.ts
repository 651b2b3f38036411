import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { ConnectorState } from '../../shared/connector/connectorState';
import type { PollDecision } from '../../shared/connector/syncDecision';
import { pausedError, rescheduledError, syncFailedError, timeoutError } from './syncErrors';
import { syncDurationSeconds } from './syncTimes';

export type CheckOutcome =
	| 'running'
	| 'succeeded'
	| 'failed'
	| 'paused'
	| 'rescheduled'
	| 'timed_out';

export interface CheckFacts {
	connectorId: string;
	connector: IDataObject;
	state: ConnectorState;
	/** decidePoll's verdict on this one look at the connector. */
	decision: PollDecision;
	onFailure: 'error' | 'output';
	requestedAt: number;
	now: number;
	timeoutMs: number;
	itemIndex: number;
}

/** The verdict as an outcome, with the error Wait for Completion would stop with in that case. */
function outcomeOf(
	ctx: IExecuteFunctions,
	facts: CheckFacts,
): { outcome: CheckOutcome; error?: Error } {
	const { connectorId: id, decision, itemIndex } = facts;
	const node = ctx.getNode();
	switch (decision.kind) {
		case 'finished':
			return decision.outcome === 'succeeded'
				? { outcome: 'succeeded' }
				: {
						outcome: 'failed',
						error: syncFailedError(node, id, facts.connector, facts.state, itemIndex),
					};
		case 'paused':
			return { outcome: 'paused', error: pausedError(node, id, itemIndex, true) };
		case 'rescheduledFail':
		case 'rescheduledBeyondDeadline':
			return {
				outcome: 'rescheduled',
				error: rescheduledError(
					node,
					id,
					itemIndex,
					decision.rescheduledFor,
					decision.kind === 'rescheduledBeyondDeadline',
				),
			};
		default: {
			// 'sleep' (or 'retrigger', which a check never asks for): the wait would go on, unless its
			// time is up. The deadline itself counts as up: no later check could still be in time.
			if (facts.now < facts.requestedAt + facts.timeoutMs) return { outcome: 'running' };
			const waitedMs = facts.now - facts.requestedAt;
			return {
				outcome: 'timed_out',
				error: timeoutError(node, id, itemIndex, facts.timeoutMs, waitedMs, facts.state),
			};
		}
	}
}

/**
 * The summary fields a Check Sync outputs before the connector, or the error it stops with (On Failure:
 * Stop With Error). Every answer but 'running' is final, so a loop ends on sync_finished alone.
 */
export function judgeCheck(ctx: IExecuteFunctions, facts: CheckFacts): IDataObject {
	const { outcome, error } = outcomeOf(ctx, facts);
	if (error && facts.onFailure === 'error') throw error;
	const ended = outcome === 'succeeded' || outcome === 'failed';
	return {
		sync_finished: outcome !== 'running',
		sync_outcome: outcome,
		sync_succeeded: outcome === 'succeeded',
		sync_duration_seconds: ended ? syncDurationSeconds(facts.requestedAt, facts.state) : null,
		waited_seconds: Math.max(0, Math.round((facts.now - facts.requestedAt) / 1000)),
		rescheduled_for: facts.state.rescheduledFor,
	};
}
