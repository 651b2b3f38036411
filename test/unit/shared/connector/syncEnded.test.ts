import type { ConnectorState } from '../../../../nodes/shared/connector/connectorState';
import { readConnectorState } from '../../../../nodes/shared/connector/connectorState';
import type { PollContext } from '../../../../nodes/shared/connector/syncDecision';
import { decidePoll } from '../../../../nodes/shared/connector/syncDecision';
import { lastSyncEndAfter, syncEndsAfter } from '../../../../nodes/shared/connector/syncEnded';

const MARK = Date.parse('2026-01-01T00:00:00.000Z');
const LATER = '2026-01-01T00:05:00.000Z';
const LATEST = '2026-01-01T00:07:00.000Z';
const EARLIER = '2025-12-31T23:00:00.000Z';

function state(
	syncState: string,
	succeededAt: string | null,
	failedAt: string | null,
): ConnectorState {
	return readConnectorState({
		id: 'c',
		succeeded_at: succeededAt,
		failed_at: failedAt,
		status: { sync_state: syncState, setup_state: 'connected' },
	});
}

describe('syncEnded: the one rule for "a sync ended"', () => {
	it('nothing has ended while the connector is syncing, even with newer timestamps', () => {
		expect(syncEndsAfter(state('syncing', LATER, LATEST), MARK)).toEqual([]);
		expect(lastSyncEndAfter(state('syncing', LATER, null), MARK)).toBeUndefined();
	});

	it('once idle: the ends after the mark, oldest first, with their own timestamps', () => {
		expect(syncEndsAfter(state('scheduled', LATEST, LATER), MARK)).toEqual([
			{ outcome: 'failed', at: LATER, ms: Date.parse(LATER) },
			{ outcome: 'succeeded', at: LATEST, ms: Date.parse(LATEST) },
		]);
		expect(syncEndsAfter(state('scheduled', EARLIER, LATER), MARK).map((e) => e.outcome)).toEqual([
			'failed',
		]);
		expect(lastSyncEndAfter(state('rescheduled', LATEST, LATER), MARK)?.outcome).toBe('succeeded');
		expect(lastSyncEndAfter(state('paused', EARLIER, null), MARK)).toBeUndefined();
	});

	it('equal timestamps: the success counts as the latest, as lastSyncFailed says', () => {
		expect(lastSyncEndAfter(state('scheduled', LATER, LATER), MARK)?.outcome).toBe('succeeded');
	});
});

describe('decidePoll (Sync and Wait) follows the rule', () => {
	const poll: PollContext = {
		baselineMillis: MARK,
		now: MARK,
		deadline: MARK + 3_600_000,
		pollIntervalMs: 30_000,
		onRescheduled: 'wait',
		retriggeredThisEpisode: false,
	};

	it('keeps waiting while syncing although succeeded_at moved; finishes once idle', () => {
		expect(decidePoll(state('syncing', LATER, null), poll)).toEqual({ kind: 'sleep', ms: 30_000 });
		expect(decidePoll(state('scheduled', LATER, null), poll)).toEqual({
			kind: 'finished',
			outcome: 'succeeded',
		});
		expect(decidePoll(state('scheduled', LATER, LATEST), poll)).toEqual({
			kind: 'finished',
			outcome: 'failed',
		});
	});

	it('a sync that ended and left the connector paused is finished, not paused', () => {
		expect(decidePoll(state('paused', LATER, null), poll)).toEqual({
			kind: 'finished',
			outcome: 'succeeded',
		});
	});
});
