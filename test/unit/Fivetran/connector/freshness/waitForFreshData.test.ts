import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { countAnyRequests, errorText, fakeTime, rl, runFivetran } from '../../../fixtures';
import { runTool } from '../../toolVariant';
import type { Recorded } from './freshHelpers';
import { byLook, cleanNock, fakeFivetran, iso, SECOND, T0, threeConnectors } from './freshHelpers';

const INTERVAL = 30 * SECOND;

function waitParameters(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'connector',
		operation: 'waitForFreshData',
		freshScope: 'groups',
		freshGroups: { group: [{ groupId: rl('g_one') }, { groupId: rl('g_two') }] },
		freshRule: 'after',
		freshAfter: iso(0),
		startSyncs: true,
		onPausedOrBroken: 'skip',
		pollInterval: INTERVAL / SECOND,
		timeout: 10,
		...extra,
	};
}

/** Runs the wait against the three-connector timeline; returns the run and what was sent. */
async function runWait(extra: INodeParameters = {}, options: { continueOnFail?: boolean } = {}) {
	const time = fakeTime(T0);
	let seen: Recorded[] = [];
	const syncStartedAt = () => seen.find((r) => r.method === 'POST')?.atMs;
	seen = fakeFivetran(threeConnectors(syncStartedAt), time.now);
	const run = await runFivetran(waitParameters(extra), options);
	return { ...run, seen, sleeps: time.sleeps };
}

const json = (items: Array<{ json: IDataObject }>) => items.map((item) => item.json);

afterEach(() => cleanNock());

describe('Connector > Wait for Fresh Data: 3 connectors in 2 groups', () => {
	it('Skip Them: one list per group per look, one sync for the stale one, fresh ones never read again', async () => {
		const { items, error, seen } = await runWait({ onPausedOrBroken: 'skip' });

		expect(error).toBeUndefined();
		expect(byLook(seen, INTERVAL)).toEqual([
			// Look 1: both groups; c_stale is idle and stale, so it gets its one sync request.
			[
				'GET /groups/g_one/connections',
				'GET /groups/g_two/connections',
				'POST /connections/c_stale/sync',
			],
			// Look 2: c_fresh has become fresh (g_one is not read again); c_stale is syncing.
			['GET /groups/g_one/connections', 'GET /groups/g_two/connections'],
			['GET /groups/g_two/connections'],
		]);
		expect(seen.find((r) => r.method === 'POST')?.body).toEqual({ force: false });
		const [summary, ...rows] = json(items);
		expect(summary).toMatchObject({
			all_fresh: true,
			total: 3,
			fresh: 2,
			stale: 0,
			skipped: 1,
			skipped_ids: ['c_paused'],
			syncs_requested: ['c_stale'],
			fresh_after: iso(0),
			looks: 3,
			waited_seconds: 60,
		});
		expect(rows.map((row) => [row.connector_id, row.fresh, row.skipped, row.why_not])).toEqual([
			['c_fresh', true, false, null],
			['c_paused', false, true, 'paused'],
			['c_stale', true, false, null],
		]);
		expect(rows[1]).toMatchObject({
			group_id: 'g_one',
			schema: 'c_paused_schema',
			service: 'postgres',
			why_not_detail: 'The connector is paused; resume it to sync.',
			age_minutes: 120,
			sync_requested: false,
		});
	});

	it('Fail at Once (default): the first look stops on the paused one, before any sync request', async () => {
		const { error, seen } = await runWait({ onPausedOrBroken: 'fail' });

		expect(error?.message).toMatch(
			/cannot become fresh by themselves: c_paused_schema \(c_paused\): paused/,
		);
		expect(seen.map((r) => `${r.method} ${r.path}`)).toEqual([
			'GET /groups/g_one/connections',
			'GET /groups/g_two/connections',
		]);
	});

	it('Keep Waiting: the Timeout ends it with an error naming the connector that held it up', async () => {
		const { error, seen, sleeps } = await runWait({ onPausedOrBroken: 'wait', timeout: 2 });

		expect(error?.message).toBe(
			'Data not fresh after 2 min (Timeout): c_paused_schema (c_paused): paused',
		);
		expect(errorText(error)).toContain('1 of 3 connector(s) are not fresh');
		// One sync request only, however many looks; g_one is still read for c_paused.
		expect(seen.filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(byLook(seen, INTERVAL).at(-1)).toEqual(['GET /groups/g_one/connections']);
		// Never past the Timeout: every sleep fits in 2 minutes.
		expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(2 * 60 * SECOND);
	});

	it('continue-on-fail: a timed-out wait still outputs its table, the error in the summary', async () => {
		const { items, error } = await runWait(
			{ onPausedOrBroken: 'wait', timeout: 2 },
			{ continueOnFail: true },
		);

		expect(error).toBeUndefined();
		const [summary, ...rows] = json(items);
		expect(summary).toMatchObject({ all_fresh: false, stale: 1, not_fresh_ids: ['c_paused'] });
		expect(String(summary.error)).toMatch(/^Data not fresh after 2 min/);
		expect(rows).toHaveLength(3);
	});

	it('without Start Syncs the stale connector is never synced by the node and holds the wait up', async () => {
		const { error, seen } = await runWait({ startSyncs: false, timeout: 2 });

		expect(seen.some((r) => r.method === 'POST')).toBe(false);
		expect(error?.message).toMatch(/c_stale_schema \(c_stale\): stale$/);
	});

	it('chosen connectors: the first look reads each once, later looks one list per group', async () => {
		const { error, seen } = await runWait({
			freshScope: 'connectors',
			freshConnectors: {
				connector: [{ connectorId: rl('c_fresh') }, { connectorId: rl('c_stale') }],
			},
		});

		expect(error).toBeUndefined();
		expect(byLook(seen, INTERVAL)).toEqual([
			['GET /connections/c_fresh', 'GET /connections/c_stale', 'POST /connections/c_stale/sync'],
			['GET /groups/g_one/connections', 'GET /groups/g_two/connections'],
			['GET /groups/g_two/connections'],
		]);
	});

	it('IDs from an expression (text with commas) work like chosen connectors', async () => {
		const { error, seen } = await runWait({
			freshScope: 'connectorIds',
			connectorIdList: 'c_fresh, c_stale',
		});

		expect(error).toBeUndefined();
		expect(seen[0]).toMatchObject({ path: '/connections/c_fresh' });
	});

	it('Max Age: fresh means synced within the last minutes', async () => {
		const { items, error } = await runWait({
			freshRule: 'window',
			maxAgeMinutes: 240,
			onPausedOrBroken: 'fail',
		});

		// Everything synced within 4 hours (c_paused 2 h ago is fresh, so nothing fails); c_fresh
		// counts once its running sync has ended (look 2).
		expect(error).toBeUndefined();
		expect(json(items)[0]).toMatchObject({
			all_fresh: true,
			fresh: 3,
			syncs_requested: [],
			looks: 2,
		});
	});
});

describe('Connector > Wait for Fresh Data: bad input and safety cost no request', () => {
	const cases: Array<[string, INodeParameters, RegExp]> = [
		[
			'an expression ID that is not an ID',
			{ freshScope: 'connectorIds', connectorIdList: 'c_fresh,../x' },
			/Entry 2 of "Connector IDs" is not a valid Fivetran ID: "..\/x"/,
		],
		['no group', { freshGroups: {} }, /"Groups" is empty/],
		[
			'Fresh After without a time zone',
			{ freshAfter: '2026-01-01 00:00' },
			/"Fresh After" is not a date and time/,
		],
		['Poll Interval under 5 s', { pollInterval: 2 }, /"Poll Interval" must be at least 5 seconds/],
		['Timeout over 24 h', { timeout: 2000 }, /"Timeout" must be from 1 to 1440 minutes/],
		['Max Age 0', { freshRule: 'window', maxAgeMinutes: 0 }, /"Max Age" must be more than 0/],
	];
	for (const [name, extra, message] of cases) {
		it(name, async () => {
			const requests = countAnyRequests();
			const { error } = await runFivetran(waitParameters(extra));
			expect(error?.message).toMatch(message);
			expect(requests()).toBe(0);
		});
	}

	it('Start Syncs needs Read and Write: a Read Only credential is refused before any request', async () => {
		const requests = countAnyRequests();
		const { error } = await runFivetran(waitParameters(), { safetyLevel: 'readOnly' });
		expect(error?.message).toMatch(/does not allow this operation \(it needs "Read and Write"\)/);
		expect(errorText(error)).toContain('Connector: Sync');
		expect(requests()).toBe(0);
	});

	it('without Start Syncs a Read Only credential may wait', async () => {
		const { error } = await runWait({ startSyncs: false, onPausedOrBroken: 'skip', timeout: 1 });
		// It times out on c_stale, but it ran: the guard let the reads through.
		expect(error?.message).toMatch(/^Data not fresh/);
	});
});

describe('Connector > Wait for Fresh Data as an AI tool', () => {
	it('the wait is capped at 5 minutes whatever the Timeout, and says to check later', async () => {
		const time = fakeTime(T0);
		fakeFivetran(
			threeConnectors(() => undefined),
			time.now,
		);
		const { error } = await runTool(waitParameters({ startSyncs: false, timeout: 60 }));
		expect(error?.message).toMatch(/\(as an AI tool a wait is capped at 5 minutes\)$/);
		expect(errorText(error)).toContain('Check Fresh Data');
		expect(time.now() - T0).toBeLessThanOrEqual(5 * 60 * SECOND);
	});
});
