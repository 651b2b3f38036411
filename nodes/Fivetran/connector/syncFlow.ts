import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { cancelSignalOf } from '../../shared/cancel';
import { clock } from '../../shared/clock';
import { lastSyncEndMillis, readConnectorState } from '../../shared/connector/connectorState';
import { cancelledError, pausedError, syncFailedError } from './syncErrors';
import { waitForSync } from './waitForSync';
import { sendFivetranRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import { getConnection, patchConnection } from './connection';
import { previousSyncEndAt, syncDurationSeconds } from './syncTimes';
import { readWaitSettings } from '../common/wait/waitOptions';
import { summaryFirst } from '../common/wait/summaryFirst';

/** Sync and Historical Resync: whether a paused connector is resumed first (read in runSync). */
export const resumeIfPausedField: INodeProperties = {
	displayName: 'Resume If Paused',
	name: 'resumeIfPaused',
	type: 'boolean',
	default: false,
	description:
		'Whether to resume (unpause) a paused connector before requesting the sync. When off, a paused connector stops the node with an error and nothing is requested.',
};

/** A POST below /connections/{id} that makes Fivetran sync. */
export interface SyncCall {
	action: 'sync' | 'resync';
	body: IDataObject;
	/** May the transport send it again after it may have reached Fivetran? (set by the operation) */
	repeatable: boolean;
}

export interface SyncRun {
	/** As readId returns it: URL-encoded. */
	encodedId: string;
	/** The request that starts the work. */
	start: SyncCall;
	/** The request that asks again when Fivetran reschedules (On Rescheduled: Trigger Again). */
	retrigger: SyncCall;
}

/**
 * The flow Sync and Historical Resync share: read the connector (baseline + paused), resume it if
 * asked, request the sync, and either output at once or wait for the outcome.
 */
export async function runSync(
	ctx: IExecuteFunctions,
	itemIndex: number,
	run: SyncRun,
): Promise<IDataObject> {
	// All parameters are read before the first request, so bad input costs no API call.
	const wait = readWaitSettings(ctx, itemIndex);
	const resumeIfPaused = ctx.getNodeParameter('resumeIfPaused', itemIndex, false) === true;
	const settings = requestSettings(ctx, itemIndex);
	const connectorId = decodeURIComponent(run.encodedId);
	const send = async (call: SyncCall, deadline?: number) =>
		await sendFivetranRequest.call(ctx, {
			method: 'POST',
			path: `/connections/${run.encodedId}/${call.action}`,
			body: call.body,
			repeatable: call.repeatable,
			...settings,
			deadline,
		});

	// The baseline comes from BEFORE the request: a sync that ends before the first poll still counts.
	const before = readConnectorState(await getConnection(ctx, itemIndex));
	if (before.isPaused && !resumeIfPaused)
		throw pausedError(ctx.getNode(), connectorId, itemIndex, false);
	if (before.isPaused) {
		await patchConnection(ctx, itemIndex, run.encodedId, { paused: false });
	}

	// Stopped while the connector was read or resumed: do not start a sync nobody waits for.
	if (cancelSignalOf(ctx)?.aborted)
		throw cancelledError(ctx.getNode(), connectorId, itemIndex, false);

	const requestedAt = clock.now();
	const answer = await send(run.start);
	const common = {
		connector_id: connectorId,
		sync_requested_at: new Date(requestedAt).toISOString(),
		resumed_from_pause: before.isPaused,
		// The baseline a later Check Sync needs to tell this sync's end from an earlier one.
		previous_sync_end_at: previousSyncEndAt(before),
	};
	if (!wait) return { success: true, message: answer.message ?? '', ...common };

	const result = await waitForSync(ctx, {
		connectorId,
		baselineMillis: lastSyncEndMillis(before),
		pollIntervalMs: wait.pollIntervalMs,
		timeoutMs: wait.timeoutMs,
		onRescheduled: wait.onRescheduled,
		retrigger: async (deadline) => {
			await send(run.retrigger, deadline);
		},
		itemIndex,
		maxTries: settings.maxTries,
	});
	const after = readConnectorState(result.connector);
	if (result.outcome === 'failed' && wait.onFailure === 'error') {
		throw syncFailedError(ctx.getNode(), connectorId, result.connector, after, itemIndex);
	}
	const summary = {
		sync_succeeded: result.outcome === 'succeeded',
		// From our request to the end Fivetran recorded (not rounded up to the poll interval).
		sync_duration_seconds: syncDurationSeconds(requestedAt, after),
		waited_seconds: Math.round(result.durationMs / 1000),
		polls: result.polls,
		...common,
	};
	return summaryFirst(summary, result.connector);
}
