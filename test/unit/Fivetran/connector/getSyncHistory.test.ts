import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { countAnyRequests, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';

const T0 = Date.parse('2026-01-20T00:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();
const PATH = '/v1/connections/c_one/sync-history';

function history(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'connector',
		operation: 'getSyncHistory',
		connectorId: rl('c_one'),
		historyRange: 'lastDays',
		historyDays: 10,
		historyStatus: 'all',
		returnAll: true,
		...extra,
	};
}

const record = (n: number, status: string) => ({
	sync_id: `s${n}`,
	start_time: iso(T0 - n * DAY),
	status,
	// Fields the node does not know are passed through untouched.
	extra_field: { rows: n },
});

afterEach(() => nock.cleanAll());

describe('Connector > Get Sync History', () => {
	it('10 days are read as two windows, newest first, each record as Fivetran sent it', async () => {
		fakeTime(T0);
		// Fivetran declares the versioned Accept for this path (a wrong one gets 406).
		const newest = fivetran()
			.matchHeader('accept', 'application/json;version=2')
			.get(PATH)
			.query({ start_time: iso(T0 - 7 * DAY), end_time: iso(T0), limit: '1000' })
			.reply(200, success({ items: [record(1, 'SUCCESSFUL'), record(2, 'FAILURE_WITH_TASK')] }));
		const older = fivetran()
			.get(PATH)
			.query({ start_time: iso(T0 - 10 * DAY), end_time: iso(T0 - 7 * DAY), limit: '1000' })
			.reply(200, success({ items: [record(8, 'SUCCESSFUL')] }));

		const { items, error } = await runFivetran(history());

		expect(error).toBeUndefined();
		expect(newest.isDone() && older.isDone()).toBe(true);
		expect(items.map((item) => item.json)).toEqual([
			record(1, 'SUCCESSFUL'),
			record(2, 'FAILURE_WITH_TASK'),
			record(8, 'SUCCESSFUL'),
		]);
	});

	it('Sync Status Failed keeps the failed records; Limit stops reading once enough are found', async () => {
		fakeTime(T0);
		const newest = fivetran()
			.get(PATH)
			.query({ start_time: iso(T0 - 7 * DAY), end_time: iso(T0), limit: '1000' })
			.reply(
				200,
				success({
					items: [
						record(1, 'SUCCESSFUL'),
						record(2, 'FAILURE_WITH_TASK'),
						{ sync_id: 'no-status' },
					],
				}),
			);

		const { items } = await runFivetran(
			history({ historyStatus: 'failed', returnAll: false, limit: 1 }),
		);

		expect(newest.isDone()).toBe(true); // the older window is never asked for
		expect(items.map((item) => item.json.sync_id)).toEqual(['s2']);
	});

	it('Between Two Times sends exactly that range; Limit becomes the page size', async () => {
		const scope = fivetran()
			.get(PATH)
			.query({
				start_time: '2026-01-01T00:00:00.000Z',
				end_time: '2026-01-02T00:00:00.000Z',
				limit: '5',
			})
			.reply(200, success({ items: [record(1, 'SUCCESSFUL')] }));

		const { error } = await runFivetran(
			history({
				historyRange: 'between',
				historyFrom: '2026-01-01T00:00:00Z',
				historyTo: '2026-01-02T00:00:00Z',
				returnAll: false,
				limit: 5,
			}),
		);

		expect(error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
	});

	const bad: Array<[string, INodeParameters, RegExp]> = [
		[
			'To before From',
			{
				historyRange: 'between',
				historyFrom: '2026-01-02T00:00:00Z',
				historyTo: '2026-01-01T00:00:00Z',
			},
			/"To" must be later than "From"/,
		],
		['more than a year', { historyDays: 400 }, /"Days" must be more than 0 and at most 366/],
		['0 hours', { historyRange: 'lastHours', historyHours: 0 }, /"Hours" must be more than 0/],
	];
	for (const [name, extra, message] of bad) {
		it(`bad input costs no request: ${name}`, async () => {
			const requests = countAnyRequests();
			const { error } = await runFivetran(history(extra));
			expect(error?.message).toMatch(message);
			expect(requests()).toBe(0);
		});
	}
});
