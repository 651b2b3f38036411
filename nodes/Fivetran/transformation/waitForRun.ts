import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import type {
	FinalRunStatus,
	TransformationRun,
} from '../../shared/transformation/transformationRun';
import {
	readTransformationRun,
	runEndWatcher,
} from '../../shared/transformation/transformationRun';
import { boundedInterval, pollUntil } from '../common/wait/pollUntil';
import { runCancelledError, runTimeoutError } from './runErrors';

export interface WaitForRunOptions {
	/** Plain (not URL-encoded) transformation ID. */
	transformationId: string;
	/** Read BEFORE the run was requested, so a run that ends before the first poll is not missed. */
	baseline: TransformationRun;
	pollIntervalMs?: number;
	timeoutMs?: number;
	itemIndex: number;
	maxTries?: number;
}

/** How the wait ended: the run's final status, or 'PAUSED' when the transformation got paused. */
export type RunOutcome = FinalRunStatus | 'PAUSED';

export interface WaitForRunResult {
	transformation: IDataObject;
	outcome: RunOutcome;
	durationMs: number;
	polls: number;
}

/**
 * Polls GET /transformations/{id} until the run requested after the baseline has ended. Never waits
 * on a paused transformation (it says so at once), never past the Timeout, never after Stop.
 */
export async function waitForRun(
	ctx: IExecuteFunctions,
	options: WaitForRunOptions,
): Promise<WaitForRunResult> {
	const { transformationId, itemIndex } = options;
	const node = ctx.getNode();
	const pollIntervalMs = boundedInterval(options.pollIntervalMs);
	const runEnded = runEndWatcher(options.baseline);
	const waited = await pollUntil<IDataObject, RunOutcome>(ctx, {
		itemIndex,
		timeoutMs: options.timeoutMs,
		poll: async (deadline) =>
			await fivetranApiRequest.call(ctx, {
				method: 'GET',
				path: `/transformations/${encodeURIComponent(transformationId)}`,
				maxTries: options.maxTries,
				itemIndex,
				deadline,
			}),
		judge: (transformation) => {
			const run = readTransformationRun(transformation);
			// A run that ended is the answer even if the transformation was paused afterwards.
			const ended = runEnded(run);
			if (ended) return { done: ended };
			if (run.paused) return { done: 'PAUSED' };
			return { sleepMs: pollIntervalMs };
		},
		cancelled: () => runCancelledError(node, transformationId, itemIndex, true),
		timedOut: (timeoutMs, waitedMs, last) =>
			runTimeoutError(
				node,
				transformationId,
				itemIndex,
				timeoutMs,
				waitedMs,
				last && readTransformationRun(last),
			),
	});
	return {
		transformation: waited.last,
		outcome: waited.result,
		durationMs: waited.durationMs,
		polls: waited.polls,
	};
}
