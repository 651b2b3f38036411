import type { IDataObject } from 'n8n-workflow';

import {
	accountPoller,
	connector,
	NODE_KEY,
	persisted,
	pollTrigger,
	controlTime,
	accountList,
} from '../helpers';

// Data Stale / Data Fresh Again with Stale After 6 hours, Data Delayed from update_state.

const staleEvents = {
	scope: 'account',
	events: ['dataStale', 'dataFreshAgain'],
	staleAfter: 6,
	staleAfterUnit: 'hours',
};
const ms = (iso: string) => Date.parse(iso);
const syncedAt = (iso: string) => connector('a', { succeeded_at: iso });
const delayed = (id: string, isDelayed: boolean): IDataObject => {
	const c = connector(id);
	(c.status as IDataObject).update_state = isDelayed ? 'delayed' : 'on_schedule';
	return c;
};

describe('Fivetran Trigger: Data Stale and Data Fresh Again', () => {
	it('fires once when the threshold is crossed, not again on the next poll, and Fresh Again after a sync', async () => {
		const { poll, staticData } = accountPoller(staleEvents);
		const lastSync = '2026-01-01T00:00:00.000Z';

		// Baseline at 05:00 (5 h old): fresh, nothing to say.
		expect(await poll([syncedAt(lastSync)], '2026-01-01T05:00:00.000Z')).toBeNull();
		expect(staticData[NODE_KEY]).toMatchObject({ stale: {} });

		// 07:00: 7 h old, crossed at 06:00.
		const stale = await poll([syncedAt(lastSync)], '2026-01-01T07:00:00.000Z');
		expect(stale).toHaveLength(1);
		expect(stale?.[0]).toMatchObject({
			event: 'dataStale',
			connector_id: 'a',
			occurred_at: '2026-01-01T06:00:00.000Z',
			data_age_minutes: 420,
			stale_after_minutes: 360,
		});
		expect(staticData[NODE_KEY]).toMatchObject({ stale: { a: ms(lastSync) } });

		// 08:00: still stale, already reported.
		expect(await poll([syncedAt(lastSync)], '2026-01-01T08:00:00.000Z')).toBeNull();

		// 08:30: a sync succeeded at 08:20.
		const fresh = await poll([syncedAt('2026-01-01T08:20:00.000Z')], '2026-01-01T08:30:00.000Z');
		expect(fresh?.map((item) => [item.event, item.occurred_at])).toEqual([
			['dataFreshAgain', '2026-01-01T08:20:00.000Z'],
		]);
	});

	it('restart-safe: a success seen only by an unsaved poll still proves it was fresh in between', async () => {
		const { poll, staticData } = accountPoller(staleEvents);
		await poll([syncedAt('2026-01-01T00:00:00.000Z')], '2026-01-01T05:00:00.000Z');
		await poll([syncedAt('2026-01-01T00:00:00.000Z')], '2026-01-01T07:00:00.000Z'); // stale, saved
		const saved = persisted(staticData);

		// The connector synced at 08:00 and went stale again by 15:00; the polls in between were
		// never saved (n8n saves static data only when a poll emits items). The memory of 07:00 holds.
		const time = controlTime();
		time.set('2026-01-01T15:00:00.000Z');
		const api = accountList([syncedAt('2026-01-01T08:00:00.000Z')]);
		const items = await pollTrigger(staleEvents, saved);
		expect(api.isDone()).toBe(true);
		expect(items?.map((item) => [item.event, item.occurred_at])).toEqual([
			['dataFreshAgain', '2026-01-01T08:00:00.000Z'],
			['dataStale', '2026-01-01T14:00:00.000Z'],
		]);
	});

	it('Report Current State reports what is stale at the first poll; a new connector is not stale until it is older than the threshold', async () => {
		const { poll } = accountPoller({ ...staleEvents, options: { reportExisting: true } });
		const neverSyncedNew = connector('new', {
			succeeded_at: null,
			created_at: '2026-01-01T04:00:00.000Z',
		});
		const neverSyncedOld = connector('old', {
			succeeded_at: null,
			created_at: '2025-12-01T00:00:00.000Z',
		});
		const items = await poll(
			[syncedAt('2025-12-31T10:00:00.000Z'), neverSyncedNew, neverSyncedOld],
			'2026-01-01T05:00:00.000Z',
		);
		expect(items?.map((item) => [item.event, item.connector_id])).toEqual([
			['dataStale', 'a'],
			['dataStale', 'old'],
		]);
	});

	it('refuses a Stale After of 0 before any request', async () => {
		await expect(pollTrigger({ ...staleEvents, staleAfter: 0 }, {})).rejects.toThrow(
			/"Stale After" must be more than 0/,
		);
	});
});

describe('Fivetran Trigger: Data Delayed', () => {
	it('fires when update_state turns delayed, once', async () => {
		const { poll } = accountPoller({ scope: 'account', events: ['dataDelayed'] });
		expect(
			await poll([delayed('a', false), delayed('b', true)], '2026-01-01T00:00:00.000Z'),
		).toBeNull();
		const items = await poll([delayed('a', true), delayed('b', true)], '2026-01-01T00:05:00.000Z');
		expect(items?.map((item) => [item.event, item.connector_id, item.update_state])).toEqual([
			['dataDelayed', 'a', 'delayed'],
		]);
		expect(
			await poll([delayed('a', true), delayed('b', true)], '2026-01-01T00:10:00.000Z'),
		).toBeNull();
	});
});
