import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { clock } from '../../../../../nodes/shared/clock';
import { fakeTime, rl, runFivetran } from '../../../fixtures';
import type { Recorded } from './freshHelpers';
import { cleanNock, fakeFivetran, iso, SECOND, T0, threeConnectors } from './freshHelpers';

// Check Fresh Data in a loop: each check gets the previous check's one item back as input.

function checkParameters(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'connector',
		operation: 'checkFreshData',
		freshScope: 'groups',
		freshGroups: { group: [{ groupId: rl('g_one') }, { groupId: rl('g_two') }] },
		freshRule: 'after',
		freshAfter: '',
		startSyncs: true,
		onPausedOrBroken: 'skip',
		...extra,
	};
}

afterEach(() => cleanNock());

describe('Connector > Check Fresh Data', () => {
	it('a loop of checks reads only what is not fresh yet, requests one sync, keeps the first mark', async () => {
		const time = fakeTime(T0);
		let seen: Recorded[] = [];
		seen = fakeFivetran(
			threeConnectors(() => seen.find((r) => r.method === 'POST')?.atMs),
			time.now,
		);
		const outputs: IDataObject[] = [];
		let input: IDataObject = {};
		for (let check = 1; check <= 3; check += 1) {
			const before = seen.length;
			const { items, error } = await runFivetran(checkParameters(), { input: [input] });
			expect(error).toBeUndefined();
			expect(items).toHaveLength(1);
			input = items[0].json;
			outputs.push({ ...input, sent: seen.slice(before).map((r) => `${r.method} ${r.path}`) });
			await clock.sleep(30 * SECOND); // the Wait node between checks (faked time)
		}

		expect(outputs.map((o) => [o.checks, o.all_fresh, o.fresh, o.skipped, o.sent])).toEqual([
			[
				1,
				false,
				0,
				1,
				[
					'GET /groups/g_one/connections',
					'GET /groups/g_two/connections',
					'POST /connections/c_stale/sync',
				],
			],
			[2, false, 1, 1, ['GET /groups/g_one/connections', 'GET /groups/g_two/connections']],
			[3, true, 2, 1, ['GET /groups/g_two/connections']],
		]);
		// Fresh After empty: the first check's time, kept by the loop.
		expect(outputs.every((o) => o.fresh_after === iso(0))).toBe(true);
		expect(outputs[2].syncs_requested).toEqual(['c_stale']);
		expect((outputs[2].connectors as IDataObject[]).map((row) => row.connector_id)).toEqual([
			'c_fresh',
			'c_paused',
			'c_stale',
		]);
	});

	it('an input that is not a previous check (a bad carried ID) starts afresh instead of using it', async () => {
		const time = fakeTime(T0);
		const seen = fakeFivetran(
			threeConnectors(() => undefined),
			time.now,
		);
		const input = {
			checks: 1,
			fresh_after: iso(0),
			connectors: [{ connector_id: '../x', group_id: 'g_one', fresh: false }],
		};
		const { items, error } = await runFivetran(checkParameters({ startSyncs: false }), {
			input: [input],
		});
		expect(error).toBeUndefined();
		expect(items[0].json.checks).toBe(2);
		expect(seen.map((r) => r.path)).toEqual([
			'/groups/g_one/connections',
			'/groups/g_two/connections',
		]);
	});

	it('Fail at Once: an error naming the paused connector', async () => {
		const time = fakeTime(T0);
		fakeFivetran(
			threeConnectors(() => undefined),
			time.now,
		);
		const { error } = await runFivetran(checkParameters({ onPausedOrBroken: 'fail' }));
		expect(error?.message).toMatch(/c_paused_schema \(c_paused\): paused/);
	});
});
