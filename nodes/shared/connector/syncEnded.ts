import type { ConnectorState } from './connectorState';
import { toMillis } from './connectorState';

// The one rule for "a sync ended", shared by the trigger's sync events and Sync-and-wait:
// Fivetran moves succeeded_at / failed_at while a sync is still running (a phase ended), so a sync
// end counts only once the connector is no longer syncing. Until then nothing has ended.

export interface SyncEnd {
	outcome: 'succeeded' | 'failed';
	/** Fivetran's timestamp of the end, as it sent it. */
	at: string;
	ms: number;
}

function endOf(outcome: SyncEnd['outcome'], at: string | null): SyncEnd[] {
	return at === null ? [] : [{ outcome, at, ms: toMillis(at) }];
}

/**
 * Sync ends later than `mark` (ms), oldest first (on equal times the success is last, as in
 * readConnectorState's lastSyncFailed); none while the connector is syncing.
 */
export function syncEndsAfter(
	state: Pick<ConnectorState, 'isSyncing' | 'succeededAt' | 'failedAt'>,
	mark: number,
): SyncEnd[] {
	if (state.isSyncing) return [];
	return [...endOf('failed', state.failedAt), ...endOf('succeeded', state.succeededAt)]
		.filter((end) => end.ms > mark)
		.sort((a, b) => a.ms - b.ms);
}

/** The most recent sync end later than `mark`, if a sync has ended since then. */
export function lastSyncEndAfter(
	state: Pick<ConnectorState, 'isSyncing' | 'succeededAt' | 'failedAt'>,
	mark: number,
): SyncEnd | undefined {
	const ends = syncEndsAfter(state, mark);
	return ends[ends.length - 1];
}
