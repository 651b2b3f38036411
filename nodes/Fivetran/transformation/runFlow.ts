import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { cancelSignalOf } from '../../shared/cancel';
import { clock } from '../../shared/clock';
import { fivetranApiRequest, sendFivetranRequest } from '../../shared/transport/request';
import type { TransformationRun } from '../../shared/transformation/transformationRun';
import { readTransformationRun } from '../../shared/transformation/transformationRun';
import { requestSettings } from '../common/request';
import { readWaitSettings } from '../common/wait/waitOptions';
import { summaryFirst } from '../common/wait/summaryFirst';
import { runCancelledError, runFailedError, runPausedError } from './runErrors';
import { idOfPath, transformationPath } from './transformationId';
import type { RunOutcome } from './waitForRun';
import { waitForRun } from './waitForRun';

const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

/** How long the run took by Fivetran's clock, from its start (or our request) to its end. */
function runDurationSeconds(run: TransformationRun, baselineStartMs: number, requestedAt: number) {
	const startedMs = run.startedMs > baselineStartMs ? run.startedMs : requestedAt;
	return run.endedMs === -Infinity ? null : seconds(run.endedMs - startedMs);
}

/**
 * Run: POST /transformations/{id}/run, and with Wait for Completion the baseline GET before it and
 * the polls after it. Every outcome but SUCCEEDED (and a paused transformation) is a failure, which
 * On Failure turns into an error or an item with run_succeeded false.
 */
export async function runTransformation(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject> {
	// All parameters are read before the first request, so bad input costs no API call.
	const path = transformationPath(ctx, itemIndex);
	const wait = readWaitSettings(ctx, itemIndex);
	const settings = requestSettings(ctx, itemIndex);
	const transformationId = idOfPath(path);
	const node = ctx.getNode();
	const requestRun = async () =>
		await sendFivetranRequest.call(ctx, {
			method: 'POST',
			path: `${path}/run`,
			body: {},
			// Not repeatable: a repeat after a lost answer would start another run.
			repeatable: false,
			...settings,
		});

	if (!wait) {
		const answer = await requestRun();
		return { success: true, message: answer.message ?? '', transformation_id: transformationId };
	}

	// The baseline comes from BEFORE the request: a run that ends before the first poll still counts.
	const before = await fivetranApiRequest.call(ctx, { method: 'GET', path, ...settings });
	const baseline = readTransformationRun(before);
	const failure = (transformation: IDataObject, outcome: RunOutcome, extra: IDataObject) => {
		const run = readTransformationRun(transformation);
		if (wait.onFailure === 'error') {
			throw outcome === 'PAUSED'
				? runPausedError(node, transformationId, itemIndex, extra.run_requested === true)
				: runFailedError(node, transformationId, run, itemIndex);
		}
		const summary = {
			run_succeeded: false,
			run_status: run.status,
			run_outcome: outcome.toLowerCase(),
			run_messages: run.messages,
			transformation_id: transformationId,
			...extra,
		};
		return summaryFirst(summary, transformation);
	};
	if (baseline.paused) return failure(before, 'PAUSED', { run_requested: false });
	// Stopped while the transformation was read: do not start a run nobody waits for.
	if (cancelSignalOf(ctx)?.aborted)
		throw runCancelledError(node, transformationId, itemIndex, false);

	const requestedAt = clock.now();
	await requestRun();
	const result = await waitForRun(ctx, {
		transformationId,
		baseline,
		pollIntervalMs: wait.pollIntervalMs,
		timeoutMs: wait.timeoutMs,
		itemIndex,
		maxTries: settings.maxTries,
	});
	const after = readTransformationRun(result.transformation);
	const common = {
		run_requested: true,
		run_requested_at: new Date(requestedAt).toISOString(),
		run_duration_seconds: runDurationSeconds(after, baseline.startedMs, requestedAt),
		waited_seconds: seconds(result.durationMs),
		polls: result.polls,
	};
	if (result.outcome !== 'SUCCEEDED') return failure(result.transformation, result.outcome, common);
	const summary = {
		run_succeeded: true,
		run_status: after.status,
		transformation_id: transformationId,
		...common,
	};
	return summaryFirst(summary, result.transformation);
}
