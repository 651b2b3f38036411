import type { IExecuteFunctions } from 'n8n-workflow';

import type { GuardedUse } from '../../../shared/access/guard';
import { assertAllowed } from '../../../shared/access/guard';
import { asNodeError, isOutcomeUnknown } from '../../../shared/transport/nodeErrors';
import { sendFivetranRequest } from '../../../shared/transport/request';
import type { GateState } from './gateState';
import { unsettled } from './gateState';
import type { RequestSettings } from './readConnectorsOfGroups';

// "Start Syncs for Stale Connectors": the freshness operations only read, unless this is on. Then
// they need what Connector > Sync needs, checked as that very use, so the credential's deny list
// entry for Sync stops the gate's syncs too.

export const SYNC_USE: GuardedUse = {
	key: 'connector.sync',
	name: 'Connector: Sync',
	access: 'write',
};

/** Before any request: with Start Syncs on, the credential must allow Connector: Sync. */
export async function allowSyncs(ctx: IExecuteFunctions, startSyncs: boolean): Promise<void> {
	if (startSyncs) await assertAllowed(ctx, SYNC_USE);
}

/** Idle connectors a sync can make fresh (not blocked, not running, not waiting for quota). */
const SYNCABLE = ['stale', 'never_synced', 'sync_failed'];

/**
 * One sync request per stale idle connector, never two in the same wait: it is marked as requested
 * before the request goes out, and sent at most once (not repeatable). An answer lost on the way
 * leaves it unknown whether Fivetran got it: the wait goes on and the next looks show whether a
 * sync ran; it is not asked again.
 */
export async function startStaleSyncs(
	ctx: IExecuteFunctions,
	state: GateState,
	settings: RequestSettings,
): Promise<void> {
	for (const tracked of unsettled(state)) {
		if (tracked.syncRequested || !SYNCABLE.includes(tracked.verdict?.reason ?? '')) continue;
		tracked.syncRequested = true;
		try {
			await sendFivetranRequest.call(ctx, {
				method: 'POST',
				path: `/connections/${encodeURIComponent(tracked.id)}/sync`,
				body: { force: false },
				repeatable: false,
				...settings,
			});
		} catch (error) {
			if (!isOutcomeUnknown(error)) throw asNodeError(ctx.getNode(), error, settings.itemIndex);
		}
	}
}
