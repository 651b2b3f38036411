import type { IDataObject } from 'n8n-workflow';

import { forgetRecentPolls } from '../../../nodes/FivetranTrigger/poll/recentPolls';
import { accountPoller, connector, persisted } from './helpers';

// n8n (default settings) saves a poller's static data at activation and after a poll that emits
// items; what a silent poll changed lives only in memory and is gone after a restart. These tests
// play that: `saved` is what the database holds, `restart()` reloads it.

const reconnect = { code: 'reconnect', message: 'Reconnect the source' };
const S0 = '2025-12-31T10:00:00.000Z'; // last success before the first break
const S1 = '2026-01-01T00:12:00.000Z'; // the sync after the fix

function defaultModePoller(events: string[]) {
	const poller = accountPoller({ scope: 'account', events });
	let saved: IDataObject = {};
	const poll = async (items: IDataObject[], at: string) => {
		const result = await poller.poll(items, at);
		const activation = Object.keys(saved).length === 0;
		if (result !== null || activation) saved = persisted(poller.staticData);
		return result?.map((item) => [item.event, item.connector_id, item.occurred_at]) ?? null;
	};
	const restart = () => {
		forgetRecentPolls(); // a new process
		for (const key of Object.keys(poller.staticData)) delete poller.staticData[key];
		Object.assign(poller.staticData, persisted(saved));
	};
	return { poll, restart };
}

const healthy = (succeededAt: string) => connector('a', { succeeded_at: succeededAt });
const broken = (succeededAt: string) =>
	connector('a', { setup_state: 'broken', succeeded_at: succeededAt, tasks: [reconnect] });
const paused = (succeededAt: string) => connector('a', { paused: true, succeeded_at: succeededAt });

describe('Fivetran Trigger across n8n restarts (static data saved only when a poll emits)', () => {
	it('broken, recovered (seen only by a silent poll), restart, broken again: exactly one new alert', async () => {
		const { poll, restart } = defaultModePoller(['connectorBroken']);
		expect(await poll([healthy(S0)], '2026-01-01T00:00:00.000Z')).toBeNull();
		expect(await poll([broken(S0)], '2026-01-01T00:05:00.000Z')).toEqual([
			['connectorBroken', 'a', '2026-01-01T00:05:00.000Z'],
		]);
		expect(await poll([healthy(S1)], '2026-01-01T00:15:00.000Z')).toBeNull(); // not saved
		restart();
		expect(await poll([broken(S1)], '2026-01-01T00:20:00.000Z')).toEqual([
			['connectorBroken', 'a', '2026-01-01T00:20:00.000Z'],
		]);
		expect(await poll([broken(S1)], '2026-01-01T00:25:00.000Z')).toBeNull();
		restart();
		expect(await poll([broken(S1)], '2026-01-01T00:30:00.000Z')).toBeNull();
	});

	it('recovered and broken again while n8n was down: one recovery (dated by the sync that proves it) and one alert', async () => {
		const { poll, restart } = defaultModePoller(['connectorBroken', 'connectorRecovered']);
		await poll([healthy(S0)], '2026-01-01T00:00:00.000Z');
		await poll([broken(S0)], '2026-01-01T00:05:00.000Z');
		restart();
		expect(await poll([broken(S1)], '2026-01-01T00:20:00.000Z')).toEqual([
			['connectorRecovered', 'a', S1],
			['connectorBroken', 'a', '2026-01-01T00:20:00.000Z'],
		]);
		expect(await poll([broken(S1)], '2026-01-01T00:25:00.000Z')).toBeNull();
	});

	it('still broken after a restart, with no sync success since the alert: no new alert', async () => {
		const { poll, restart } = defaultModePoller(['connectorBroken']);
		await poll([healthy(S0)], '2026-01-01T00:00:00.000Z');
		await poll([broken(S0)], '2026-01-01T00:05:00.000Z');
		restart();
		const failedAgain = connector('a', {
			setup_state: 'broken',
			succeeded_at: S0,
			failed_at: '2026-01-01T00:10:00.000Z',
		});
		expect(await poll([failedAgain], '2026-01-01T00:20:00.000Z')).toBeNull();
	});

	it('paused, resumed and synced (silent poll), restart, paused again: one new alert', async () => {
		const { poll, restart } = defaultModePoller(['connectorPaused']);
		await poll([healthy(S0)], '2026-01-01T00:00:00.000Z');
		expect(await poll([paused(S0)], '2026-01-01T00:05:00.000Z')).toHaveLength(1);
		expect(await poll([healthy(S1)], '2026-01-01T00:15:00.000Z')).toBeNull();
		restart();
		expect(await poll([paused(S1)], '2026-01-01T00:20:00.000Z')).toEqual([
			['connectorPaused', 'a', '2026-01-01T00:20:00.000Z'],
		]);
	});
});
