'use strict';
// The sandbox's sync history (GET /v1/connections/{id}/sync-history): seeded records with failed
// syncs and their reasons, each new sync recorded, Fivetran's 7-day window rule.
const { start, sleep } = require('./helpers');

const DAY = 24 * 60 * 60 * 1000;
const range = (fromMs, toMs) =>
	`start_time=${new Date(fromMs).toISOString()}&end_time=${new Date(toMs).toISOString()}`;

describe('sandbox sync history', () => {
	let sandbox;
	let api;

	beforeAll(async () => {
		({ sandbox, api } = await start({ syncDurationMs: 100 }));
	});
	afterAll(() => sandbox.close());
	beforeEach(() => sandbox.control.reset());

	test('a broken connector has a failed sync with the reason its task gives', async () => {
		const now = Date.now();
		const r = await api.get(`/connections/fuzzy_badger/sync-history?${range(now - 7 * DAY, now)}`);
		expect(r.status).toBe(200);
		const failed = r.body.data.items.filter((record) => record.status === 'FAILURE_WITH_TASK');
		expect(failed[0].reason).toMatch(/Google Ads access was revoked/);
		expect(r.body.data.items.every((record) => typeof record.start_time === 'string')).toBe(true);
	});

	test('a sync run through the API appears, running and then ended', async () => {
		const now = Date.now();
		await api.post('/connections/mellow_crane/sync', {});
		const running = await api.get(`/connections/mellow_crane/sync-history?${range(now - 1000, now + DAY)}`);
		expect(running.body.data.items.map((record) => record.status)).toEqual(['RUNNING']);
		await sleep(200);
		const ended = await api.get(`/connections/mellow_crane/sync-history?${range(now - 1000, now + DAY)}`);
		expect(ended.body.data.items[0]).toMatchObject({ status: 'SUCCESSFUL', sync_type: 'incremental' });
		expect(typeof ended.body.data.items[0].end_time).toBe('string');
	});

	test('more than 7 days, an end before the start, an unknown connection: errors', async () => {
		const now = Date.now();
		expect((await api.get(`/connections/mellow_crane/sync-history?${range(now - 8 * DAY, now)}`)).status).toBe(400);
		expect((await api.get(`/connections/mellow_crane/sync-history?${range(now, now - DAY)}`)).status).toBe(400);
		expect((await api.get('/connections/nope/sync-history')).status).toBe(404);
	});
});
