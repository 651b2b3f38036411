import type { IDataObject } from 'n8n-workflow';

import {
	accountList,
	accountPoller,
	connector,
	controlTime,
	NODE_KEY,
	pollTrigger,
} from '../helpers';

const syncEvents = { scope: 'account', events: ['syncFailed', 'syncSucceeded'] };
const ms = (iso: string) => Date.parse(iso);

describe('Fivetran Trigger: sync failed / succeeded high-water marks', () => {
	it('reports each new sync end once, in time order, with the sync time as occurred_at', async () => {
		const { poll, staticData } = accountPoller(syncEvents);
		const b = connector('b', { succeeded_at: null, failed_at: '2025-12-31T09:00:00.000Z' });
		const never = connector('never', { succeeded_at: null });

		// Baseline: old syncs are not news.
		expect(await poll([connector('a'), b, never], '2026-01-01T00:00:00.000Z')).toBeNull();
		expect(staticData[NODE_KEY]).toEqual({
			v: 1,
			polledAt: ms('2026-01-01T00:00:00.000Z'),
			lastSyncEnd: { a: ms('2025-12-31T10:00:00.000Z'), b: ms('2025-12-31T09:00:00.000Z') },
		});

		// a fails.
		const aFailed = connector('a', {
			failed_at: '2026-01-01T00:03:00.000Z',
			tasks: [{ code: 'x', message: 'y' }],
		});
		const failed = await poll([aFailed, b, never], '2026-01-01T00:05:00.000Z');
		expect(failed).toHaveLength(1);
		expect(failed?.[0]).toMatchObject({
			event: 'syncFailed',
			connector_id: 'a',
			occurred_at: '2026-01-01T00:03:00.000Z',
			previous_state: { setup_state: null, paused: null, last_sync_at: '2025-12-31T10:00:00.000Z' },
			current_state: {
				failed_at: '2026-01-01T00:03:00.000Z',
				succeeded_at: '2025-12-31T10:00:00.000Z',
			},
			failure: { tasks: [{ code: 'x', message: 'y' }], warnings: [] },
		});

		// Nothing new.
		expect(await poll([aFailed, b, never], '2026-01-01T00:10:00.000Z')).toBeNull();

		// Two syncs of a between polls (one succeeded, a later one failed) and b's first success.
		const aTwice = connector('a', {
			succeeded_at: '2026-01-01T00:11:00.000Z',
			failed_at: '2026-01-01T00:13:00.000Z',
		});
		const bOk = connector('b', {
			succeeded_at: '2026-01-01T00:12:00.000Z',
			failed_at: '2025-12-31T09:00:00.000Z',
		});
		expect(
			(await poll([aTwice, bOk, never], '2026-01-01T00:15:00.000Z'))?.map((i) => [
				i.event,
				i.connector_id,
				i.occurred_at,
			]),
		).toEqual([
			['syncSucceeded', 'a', '2026-01-01T00:11:00.000Z'],
			['syncFailed', 'a', '2026-01-01T00:13:00.000Z'],
			['syncSucceeded', 'b', '2026-01-01T00:12:00.000Z'],
		]);

		// A connector that never synced before, and a brand-new one, report their first syncs.
		const neverNow = connector('never', { succeeded_at: '2026-01-01T00:16:00.000Z' });
		const fresh = connector('fresh', {
			created_at: '2026-01-01T00:16:00.000Z',
			succeeded_at: '2026-01-01T00:18:00.000Z',
		});
		const firsts = await poll([aTwice, bOk, neverNow, fresh], '2026-01-01T00:20:00.000Z');
		expect(firsts?.map((i) => [i.event, i.connector_id, i.previous_state])).toEqual([
			['syncSucceeded', 'never', { setup_state: null, paused: null, last_sync_at: null }],
			['syncSucceeded', 'fresh', null],
		]);

		// A timestamp moved back by Fivetran is not a new sync (marks never go back).
		const aBack = connector('a', {
			succeeded_at: '2026-01-01T00:11:00.000Z',
			failed_at: '2026-01-01T00:12:30.000Z',
		});
		expect(await poll([aBack, bOk, neverNow, fresh], '2026-01-01T00:25:00.000Z')).toBeNull();
		expect(await poll([aTwice, bOk, neverNow, fresh], '2026-01-01T00:30:00.000Z')).toBeNull();
		expect((staticData[NODE_KEY] as IDataObject).lastSyncEnd).toMatchObject({
			a: ms('2026-01-01T00:13:00.000Z'),
		});
	});

	it('the shared sync rule: a succeeded_at that moves while syncing fires nothing and keeps the mark; the first idle poll reports it once', async () => {
		const { poll, staticData } = accountPoller(syncEvents);
		const S0 = '2025-12-31T10:00:00.000Z';
		const S1 = '2026-01-01T00:03:00.000Z';
		expect(
			await poll([connector('a', { succeeded_at: S0 })], '2026-01-01T00:00:00.000Z'),
		).toBeNull();

		// A phase ended mid-sync: Fivetran already moved succeeded_at, but the sync is still running.
		const midSync = connector('a', { succeeded_at: S1, sync_state: 'syncing' });
		expect(await poll([midSync], '2026-01-01T00:05:00.000Z')).toBeNull();
		expect((staticData[NODE_KEY] as IDataObject).lastSyncEnd).toEqual({ a: ms(S0) });
		expect(await poll([midSync], '2026-01-01T00:10:00.000Z')).toBeNull();

		// Idle again: the sync ended; reported once, with Fivetran's time.
		const ended = await poll([connector('a', { succeeded_at: S1 })], '2026-01-01T00:15:00.000Z');
		expect(ended?.map((i) => [i.event, i.connector_id, i.occurred_at])).toEqual([
			['syncSucceeded', 'a', S1],
		]);
		expect(
			await poll([connector('a', { succeeded_at: S1 })], '2026-01-01T00:20:00.000Z'),
		).toBeNull();
	});

	it('with only Sync Failed selected, successes advance the mark silently', async () => {
		controlTime();
		const staticData: IDataObject = {};
		const onlyFailed = { scope: 'account', events: ['syncFailed'] };
		accountList([connector('a')]);
		await pollTrigger(onlyFailed, staticData);
		accountList([connector('a', { succeeded_at: '2026-01-01T01:00:00.000Z' })]);
		expect(await pollTrigger(onlyFailed, staticData)).toBeNull();
		accountList([
			connector('a', {
				succeeded_at: '2026-01-01T01:00:00.000Z',
				failed_at: '2026-01-01T02:00:00.000Z',
			}),
		]);
		expect((await pollTrigger(onlyFailed, staticData))?.map((i) => i.event)).toEqual([
			'syncFailed',
		]);
	});

	it('sync marks are kept only while a sync event is selected; selecting one later reports syncs since the last poll', async () => {
		const time = controlTime();
		const staticData: IDataObject = {};
		const brokenOnly = { scope: 'account', events: ['connectorBroken'] };
		time.set('2026-01-01T00:00:00.000Z');
		accountList([connector('a')]);
		await pollTrigger(brokenOnly, staticData);
		expect(staticData[NODE_KEY]).not.toHaveProperty('lastSyncEnd');

		// Sync events added: a sync before the last poll is old news, one after it is new.
		time.set('2026-01-01T00:10:00.000Z');
		accountList([
			connector('a', { succeeded_at: '2026-01-01T00:05:00.000Z' }),
			connector('b', { succeeded_at: '2025-12-31T23:00:00.000Z' }),
		]);
		const items = await pollTrigger(
			{ scope: 'account', events: ['connectorBroken', 'syncSucceeded'] },
			staticData,
		);
		expect(items?.map((i) => [i.event, i.connector_id])).toEqual([['syncSucceeded', 'a']]);
		expect((staticData[NODE_KEY] as IDataObject).lastSyncEnd).toEqual({
			a: ms('2026-01-01T00:05:00.000Z'),
			b: ms('2025-12-31T23:00:00.000Z'),
		});

		// Sync events removed again: the marks are dropped.
		accountList([connector('a', { succeeded_at: '2026-01-01T00:05:00.000Z' })]);
		await pollTrigger(brokenOnly, staticData);
		expect(staticData[NODE_KEY]).not.toHaveProperty('lastSyncEnd');
	});

	it("Report Current State on First Poll reports each connector's latest sync outcome", async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([
			connector('ok', {
				succeeded_at: '2025-12-31T10:00:00.000Z',
				failed_at: '2025-12-30T10:00:00.000Z',
			}),
			connector('bad', {
				succeeded_at: '2025-12-30T10:00:00.000Z',
				failed_at: '2025-12-31T10:00:00.000Z',
			}),
			connector('new', { succeeded_at: null }),
		]);
		const items = await pollTrigger(
			{ ...syncEvents, options: { reportExisting: true } },
			staticData,
		);
		expect(items?.map((i) => [i.event, i.connector_id, i.occurred_at])).toEqual([
			['syncSucceeded', 'ok', '2025-12-31T10:00:00.000Z'],
			['syncFailed', 'bad', '2025-12-31T10:00:00.000Z'],
		]);
	});
});
