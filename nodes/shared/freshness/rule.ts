import type { ConnectorState } from '../connector/connectorState';
import { isSetupIncomplete, toMillis } from '../connector/connectorState';

// "Is this connector's data fresh?": one rule for the Wait for Fresh Data gate, Check Fresh Data and
// the trigger's freshness events. Pure: no I/O, no clock.

/** Why a connector is not fresh, most urgent first (the order the verdict checks them in). */
export type NotFreshReason =
	| 'broken'
	| 'setup_incomplete'
	| 'paused'
	| 'syncing'
	| 'rescheduled'
	| 'never_synced'
	| 'sync_failed'
	| 'stale';

/** Reasons no sync can fix by itself: someone has to act (the gate's "Paused / Broken" choice). */
export const BLOCKED_REASONS: readonly NotFreshReason[] = ['broken', 'setup_incomplete', 'paused'];

export interface FreshnessVerdict {
	fresh: boolean;
	/** null when fresh. */
	reason: NotFreshReason | null;
	/** ms since succeeded_at; null when it never succeeded. */
	ageMs: number | null;
	/** Fivetran's own signal (update_state "delayed"): data older than the connector's schedule expects. */
	delayed: boolean;
}

/** ms since the last successful sync, or null when there never was one. */
export function successAgeMs(
	state: Pick<ConnectorState, 'succeededAt'>,
	now: number,
): number | null {
	const succeeded = toMillis(state.succeededAt);
	return Number.isFinite(succeeded) ? Math.max(0, now - succeeded) : null;
}

function notFreshReason(state: ConnectorState, succeededMs: number): NotFreshReason {
	if (state.isBroken) return 'broken';
	if (isSetupIncomplete(state)) return 'setup_incomplete';
	if (state.isPaused) return 'paused';
	if (state.isSyncing) return 'syncing';
	if (state.syncState === 'rescheduled') return 'rescheduled';
	if (!Number.isFinite(succeededMs)) return 'never_synced';
	if (state.lastSyncFailed) return 'sync_failed';
	return 'stale';
}

/**
 * Fresh: the last successful sync ended at or after `freshAfterMs` and the connector is not
 * syncing now. While it syncs, Fivetran moves succeeded_at at each phase end (see syncEnded.ts), so
 * a success seen then may be part of a sync that has not finished loading: it counts once idle.
 */
export function judgeFreshness(
	state: ConnectorState,
	freshAfterMs: number,
	now: number,
): FreshnessVerdict {
	const succeededMs = toMillis(state.succeededAt);
	const fresh = !state.isSyncing && succeededMs >= freshAfterMs;
	return {
		fresh,
		reason: fresh ? null : notFreshReason(state, succeededMs),
		ageMs: successAgeMs(state, now),
		delayed: state.updateState === 'delayed',
	};
}
