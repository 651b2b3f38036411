'use strict';
// End-to-end checks of the sandbox over real HTTP (Node fetch, random port).
const { start, sleep, AUTH } = require('./helpers');

describe('sandbox API (demo seed)', () => {
	let sandbox;
	let api;

	beforeAll(async () => {
		({ sandbox, api } = await start({ syncDurationMs: 150 }));
	});
	afterAll(() => sandbox.close());
	beforeEach(() => sandbox.control.reset());

	test('listens on 127.0.0.1 and exposes base URLs', () => {
		expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		expect(sandbox.baseUrl).toBe(`${sandbox.url}/v1`);
		expect(sandbox.port).toBeGreaterThan(0);
	});

	describe('auth', () => {
		test('missing credentials -> 401 AuthFailed', async () => {
			const r = await api.get('/account/info', { auth: null });
			expect(r.status).toBe(401);
			expect(r.body.code).toBe('AuthFailed');
			expect(typeof r.body.message).toBe('string');
		});

		test('wrong secret -> 401 and the message never echoes secrets', async () => {
			const wrong = `Basic ${Buffer.from('sandbox-key:wrong-secret-123').toString('base64')}`;
			const r = await api.get('/groups', { auth: wrong });
			expect(r.status).toBe(401);
			expect(r.body.code).toBe('AuthFailed');
			expect(r.text).not.toContain('wrong-secret-123');
			expect(r.text).not.toContain('sandbox-secret');
		});

		test('wrong key -> 401', async () => {
			const r = await api.get('/groups', { auth: `Basic ${Buffer.from('nope:sandbox-secret').toString('base64')}` });
			expect(r.status).toBe(401);
		});

		test('valid credentials -> account info', async () => {
			const r = await api.get('/account/info');
			expect(r.status).toBe(200);
			expect(r.body).toMatchObject({ code: 'Success', data: { account_id: 'sandbox_account', user_id: 'admiral_owl' } });
		});

		test('control API needs no auth', async () => {
			const r = await api.get('/_sandbox/health', { auth: null });
			expect(r.status).toBe(200);
		});
	});

	describe('errors', () => {
		test.each([
			['/connections/no_such', 'NotFound_Connection'],
			['/groups/no_such', 'NotFound_Group'],
			['/destinations/no_such', 'NotFound_Destination'],
			['/connections/fuzzy_badger/schemas', 'NotFound_SchemaConfig'],
			['/no/such/route', 'NotFound'],
		])('GET %s -> 404 %s', async (path, code) => {
			const r = await api.get(path);
			expect(r.status).toBe(404);
			expect(r.body).toEqual({ code, message: expect.any(String) });
		});

		test('bad JSON body -> 400 InvalidInput', async () => {
			const r = await api.call('POST', '/groups', undefined, { raw: '{"name":' });
			expect(r.status).toBe(400);
			expect(r.body.code).toBe('InvalidInput');
		});

		test('missing required field -> 400', async () => {
			const r = await api.post('/connections', { service: 'stripe' });
			expect(r.status).toBe(400);
			expect(r.body.message).toContain('group_id');
		});

		test('wrong method on a known path -> 405', async () => {
			expect((await api.del('/groups')).status).toBe(405);
		});

		test('connection test without a body -> 400, with {} -> 200 + setup_tests', async () => {
			expect((await api.post('/connections/mellow_crane/test')).status).toBe(400);
			const r = await api.post('/connections/mellow_crane/test', {});
			expect(r.status).toBe(200);
			expect(r.body.data.setup_tests[0]).toEqual({ title: expect.any(String), status: 'PASSED', message: '' });
		});
	});

	describe('demo data', () => {
		test('groups, destinations and connection shapes', async () => {
			const groups = await api.get('/groups');
			expect(groups.body.data.items.map((g) => g.id)).toEqual(['sandy_lamb', 'brisk_otter', 'quiet_heron']);
			expect(groups.body.data.next_cursor).toBeUndefined();

			const dest = await api.get('/destinations/brisk_otter');
			expect(dest.body.data).toMatchObject({ id: 'brisk_otter', group_id: 'brisk_otter', service: 'big_query', setup_status: 'CONNECTED' });
			expect(dest.body.data.config.secret_key).toBe('******');

			const conn = (await api.get('/connections/noble_falcon')).body.data;
			expect(conn).toMatchObject({ id: 'noble_falcon', group_id: 'brisk_otter', service: 'stripe', schema: 'stripe', paused: false });
			expect(conn.status).toMatchObject({ setup_state: 'connected', sync_state: 'scheduled', update_state: 'on_schedule', is_historical_sync: false, tasks: [], warnings: [] });
			expect(conn.config.secret_key).toBe('******');
			expect(JSON.stringify(conn)).not.toContain('sandbox-stripe-key');
		});

		test('broken, paused, rescheduled and SDK connections', async () => {
			const list = (await api.get('/connections')).body.data.items;
			const byId = Object.fromEntries(list.map((c) => [c.id, c]));
			expect(byId.fuzzy_badger.status.setup_state).toBe('broken');
			expect(byId.fuzzy_badger.status.tasks).toHaveLength(1);
			expect(byId.tidy_marmot.status.setup_state).toBe('broken');
			expect(byId.lively_puffin).toMatchObject({ paused: true, status: { sync_state: 'paused' } });
			expect(byId.steady_ibis.status).toMatchObject({ sync_state: 'rescheduled', rescheduled_for: expect.any(String) });
			const state = await api.get('/connections/clever_lynx/state');
			expect(state.body.data.state).toMatchObject({ cursor: expect.any(String) });
		});

		test('filters: group connections by schema, group users by active', async () => {
			const r = await api.get('/groups/sandy_lamb/connections?schema=hubspot');
			expect(r.body.data.items.map((c) => c.id)).toEqual(['lively_puffin']);
			const all = await api.get('/groups/sandy_lamb/users');
			const active = await api.get('/groups/sandy_lamb/users?active=true');
			expect(all.body.data.items.length).toBe(3);
			expect(active.body.data.items.length).toBe(2);
			const byGroup = await api.get('/connections?group_id=brisk_otter');
			expect(byGroup.body.data.items.map((c) => c.id).sort()).toEqual(['noble_falcon', 'tidy_marmot']);
		});

		test('state is only for Connector SDK connections', async () => {
			const r = await api.get('/connections/mellow_crane/state');
			expect(r.status).toBe(400);
			expect(r.body.message).toMatch(/Connector SDK/);
			const patch = await api.patch('/connections/clever_lynx/state', { state: { cursor: 'x' } });
			expect(patch.status).toBe(409); // not paused
			await api.patch('/connections/clever_lynx', { paused: true });
			const ok = await api.patch('/connections/clever_lynx/state', { state: { cursor: 'x' } });
			expect(ok.status).toBe(200);
			expect(ok.body.data).toEqual({ state: { cursor: 'x' } });
		});
	});

	describe('create / delete', () => {
		test('create group, destination and connection (201), delete group cascades', async () => {
			const g = await api.post('/groups', { name: 'Sales Ops' });
			expect(g.status).toBe(201);
			const id = g.body.data.id;
			expect(id).toMatch(/^[a-z]+_[a-z]+\d*$/);
			const d = await api.post('/destinations', { group_id: id, service: 'snowflake', time_zone_offset: '0', config: { password: 'p' } });
			expect(d.status).toBe(201);
			expect(d.body.data.id).toBe(id);
			expect(d.body.data.config.password).toBe('******');
			const c = await api.post('/connections', { group_id: id, service: 'hubspot', config: { schema: 'hs' } });
			expect(c.status).toBe(201);
			expect(c.body.data.setup_tests.length).toBeGreaterThan(0);
			expect(c.body.data.status.setup_state).toBe('connected');
			const dup = await api.post('/groups', { name: 'Sales Ops' });
			expect(dup.status).toBe(409);
			expect(dup.body.code).toBe('Conflict');

			expect((await api.del(`/groups/${id}`)).body.message).toContain('deleted');
			expect((await api.get(`/connections/${c.body.data.id}`)).status).toBe(404);
			expect((await api.get(`/destinations/${id}`)).status).toBe(404);
		});

		test('setup tests fail on "sandbox-fail" config and pass after a config fix', async () => {
			const c = await api.post('/connections', { group_id: 'brisk_otter', service: 'mysql', config: { schema_prefix: 'shop', password: 'sandbox-fail' } });
			expect(c.body.data.status.setup_state).toBe('broken');
			expect(c.body.data.setup_tests.some((t) => t.status === 'FAILED')).toBe(true);
			const fixed = await api.patch(`/connections/${c.body.data.id}`, { config: { password: 'good' } });
			expect(fixed.body.data.status).toMatchObject({ setup_state: 'connected', tasks: [] });
		});

		test('masked secrets sent back do not overwrite stored ones; schema is immutable', async () => {
			await api.patch('/connections/noble_falcon', { config: { secret_key: '******' } });
			expect(sandbox.store.connections.get('noble_falcon').config.secret_key).toBe('sandbox-stripe-key');
			expect((await api.patch('/connections/noble_falcon', { config: { schema: 'other' } })).status).toBe(400);
			expect((await api.patch('/connections/noble_falcon', { run_setup_tests: true })).status).toBe(400);
		});

		test('schema config patch and reload', async () => {
			const r = await api.patch('/connections/noble_falcon/schemas', {
				schema_change_handling: 'BLOCK_ALL',
				schemas: { stripe: { tables: { charge: { enabled: false } } } },
			});
			expect(r.body.data.schema_change_handling).toBe('BLOCK_ALL');
			expect(r.body.data.schemas.stripe.tables.charge.enabled).toBe(false);
			expect((await api.patch('/connections/noble_falcon/schemas', { schemas: { nope: {} } })).status).toBe(404);
			const reload = await api.post('/connections/fuzzy_badger/schemas/reload', { exclude_mode: 'EXCLUDE' });
			expect(reload.status).toBe(200);
			expect((await api.get('/connections/fuzzy_badger/schemas')).status).toBe(200);
		});

		test('non-JSON content type -> 415', async () => {
			const r = await api.call('POST', '/groups', undefined, { raw: 'name=x', headers: { 'Content-Type': 'text/plain' } });
			expect(r.status).toBe(415);
		});

		test('unsupported service -> 400', async () => {
			const r = await api.post('/connections', { group_id: 'sandy_lamb', service: 'nonsense', config: { schema: 'x' } });
			expect(r.status).toBe(400);
		});
	});

	describe('sync lifecycle', () => {
		test('sync: syncing -> scheduled with succeeded_at after the trigger', async () => {
			const before = Date.now();
			const r = await api.post('/connections/noble_falcon/sync', { force: false });
			expect(r.body).toEqual({ code: 'Success', message: "Sync has been successfully triggered for connection with id 'noble_falcon'" });
			expect((await api.get('/connections/noble_falcon')).body.data.status.sync_state).toBe('syncing');
			await sleep(200);
			const after = (await api.get('/connections/noble_falcon')).body.data;
			expect(after.status.sync_state).toBe('scheduled');
			expect(Date.parse(after.succeeded_at)).toBeGreaterThanOrEqual(before);
		});

		test('fail-next-sync -> failed_at and a task', async () => {
			await api.post('/_sandbox/connections/noble_falcon/fail-next-sync', { reason: 'Source timed out' });
			const before = Date.now();
			await api.post('/connections/noble_falcon/sync', {});
			await sleep(200);
			const c = (await api.get('/connections/noble_falcon')).body.data;
			expect(Date.parse(c.failed_at)).toBeGreaterThanOrEqual(before);
			expect(c.status.tasks).toEqual([{ code: 'sync_failed', message: 'Source timed out' }]);
			expect(c.status.sync_state).toBe('scheduled');
		});

		test('sync on a paused connection does nothing (200)', async () => {
			const r = await api.post('/connections/lively_puffin/sync', {});
			expect(r.status).toBe(200);
			expect((await api.get('/connections/lively_puffin')).body.data.status.sync_state).toBe('paused');
		});

		test('resync is historical while syncing', async () => {
			await api.post('/connections/mellow_crane/resync', { scope: { public: ['users'] } });
			const during = (await api.get('/connections/mellow_crane')).body.data.status;
			expect(during).toMatchObject({ sync_state: 'syncing', is_historical_sync: true });
			await sleep(200);
			const after = (await api.get('/connections/mellow_crane')).body.data.status;
			expect(after).toMatchObject({ sync_state: 'scheduled', is_historical_sync: false });
			expect((await api.post('/connections/mellow_crane/resync', { scope: {} })).status).toBe(400);
		});

		test('PATCH paused moves sync_state', async () => {
			let r = await api.patch('/connections/noble_falcon', { paused: true });
			expect(r.body.data).toMatchObject({ paused: true, status: { sync_state: 'paused' } });
			r = await api.patch('/connections/noble_falcon', { paused: false });
			expect(r.body.data).toMatchObject({ paused: false, status: { sync_state: 'scheduled' } });
		});

		test('control: break, fix, reschedule, set', async () => {
			let c = (await api.post('/_sandbox/connections/noble_falcon/break', { reason: 'Key revoked' })).body.data;
			expect(c.status.setup_state).toBe('broken');
			expect(c.status.tasks[0].message).toBe('Key revoked');
			c = (await api.post('/_sandbox/connections/noble_falcon/fix')).body.data;
			expect(c.status).toMatchObject({ setup_state: 'connected', tasks: [] });
			c = (await api.post('/_sandbox/connections/noble_falcon/reschedule', { until: '2030-01-01T00:00:00Z' })).body.data;
			expect(c.status).toMatchObject({ sync_state: 'rescheduled', rescheduled_for: '2030-01-01T00:00:00.000Z' });
			c = (await api.post('/_sandbox/connections/noble_falcon/set', { sync_frequency: 5, status: { update_state: 'delayed' } })).body.data;
			expect(c).toMatchObject({ sync_frequency: 5, status: { update_state: 'delayed' } });
			expect((await api.post('/_sandbox/connections/nope/break')).status).toBe(404);
		});
	});

	describe('faults', () => {
		test('429 with Retry-After, then normal', async () => {
			await api.post('/_sandbox/faults', { rateLimitNext: 1, retryAfter: 7 });
			const r = await api.get('/groups');
			expect(r.status).toBe(429);
			expect(r.headers.get('retry-after')).toBe('7');
			expect(r.body.code).toBe('TooManyRequests');
			expect((await api.get('/groups')).status).toBe(200);
		});

		test('429 without Retry-After when retryAfter is null', async () => {
			sandbox.control.faults({ rateLimitNext: 1, retryAfter: null });
			const r = await api.get('/groups');
			expect(r.status).toBe(429);
			expect(r.headers.get('retry-after')).toBeNull();
		});

		test('503 failures, malformed JSON and delay', async () => {
			await api.post('/_sandbox/faults', { failNext: 2, failStatus: 503 });
			expect((await api.get('/groups')).status).toBe(503);
			expect((await api.get('/groups')).body.code).toBe('ServiceUnavailable');
			sandbox.control.faults({ malformedNext: 1 });
			const bad = await api.get('/groups');
			expect(bad.status).toBe(200);
			expect(() => JSON.parse(bad.text)).toThrow();
			sandbox.control.faults({ delayMs: 120 });
			const t = Date.now();
			expect((await api.get('/groups')).status).toBe(200);
			expect(Date.now() - t).toBeGreaterThanOrEqual(100);
			expect((await api.get('/_sandbox/faults')).body.data).toMatchObject({ delayMs: 120, failNext: 0 });
		});

		test('match limits faults to one route', async () => {
			sandbox.control.faults({ failNext: 1, failStatus: 409, match: 'POST /v1/connections/:id/resync' });
			expect((await api.get('/connections/mellow_crane')).status).toBe(200);
			const r = await api.post('/connections/mellow_crane/resync', {});
			expect(r.status).toBe(409);
			expect(r.body.code).toBe('Conflict');
		});

		test('invalid fault settings -> 400', async () => {
			expect((await api.post('/_sandbox/faults', { failStatus: 200 })).status).toBe(400);
			expect((await api.post('/_sandbox/faults', { bogus: 1 })).status).toBe(400);
		});
	});

	test('stats count served API requests by path and route', async () => {
		await api.get('/groups');
		await api.get('/groups/sandy_lamb');
		await api.get('/groups/brisk_otter');
		await api.get('/groups', { auth: null });
		await api.get('/_sandbox/health');
		const s = (await api.get('/_sandbox/stats')).body.data;
		expect(s.total).toBe(4);
		expect(s.byPath['GET /v1/groups']).toBe(2);
		expect(s.byPath['GET /v1/groups/sandy_lamb']).toBe(1);
		expect(s.byRoute['GET /v1/groups/:id']).toBe(2);
		expect(s.byStatus['401']).toBe(1);
		expect(sandbox.stats().total).toBe(4);
		await api.post('/_sandbox/stats/reset');
		expect(sandbox.stats().total).toBe(0);
	});
});

describe('pagination', () => {
	let sandbox;
	let api;

	beforeAll(async () => {
		({ sandbox, api } = await start({ seed: 'empty', generateConnectors: 2500 }));
	});
	afterAll(() => sandbox.close());

	test('2500 connections at limit 1000 -> 3 pages, no next_cursor on the last', async () => {
		const sizes = [];
		const ids = new Set();
		let cursor;
		do {
			const q = `/connections?limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
			const r = await api.get(q);
			expect(r.status).toBe(200);
			sizes.push(r.body.data.items.length);
			r.body.data.items.forEach((c) => ids.add(c.id));
			cursor = r.body.data.next_cursor;
			if (sizes.length === 3) expect('next_cursor' in r.body.data).toBe(false);
		} while (cursor);
		expect(sizes).toEqual([1000, 1000, 500]);
		expect(ids.size).toBe(2500);
		expect(ids.has('gen_000001')).toBe(true);
	});

	test('default limit is 100', async () => {
		const r = await api.get('/connections');
		expect(r.body.data.items).toHaveLength(100);
		expect(typeof r.body.data.next_cursor).toBe('string');
	});

	test.each(['0', '1001', 'abc', '1.5', '-1'])('limit=%s -> 400 InvalidInput', async (limit) => {
		const r = await api.get(`/groups?limit=${limit}`);
		expect(r.status).toBe(400);
		expect(r.body.code).toBe('InvalidInput');
	});

	test('invalid cursor -> 400', async () => {
		expect((await api.get('/connections?cursor=%%%garbage')).status).toBe(400);
		expect((await api.get(`/connections?cursor=${Buffer.from('x').toString('base64url')}`)).status).toBe(400);
	});
});

describe('large generated account', () => {
	test('50,000 connections build and list in 50 requests', async () => {
		// How fast it builds is a timing figure (npm run bench starts 50,000-connector sandboxes), not a test.
		const { sandbox, api } = await start({ seed: 'empty', generateConnectors: 50000 });
		try {
			expect((await api.get('/groups?limit=1000')).body.data.items).toHaveLength(50);
			let cursor;
			let count = 0;
			let total = 0;
			do {
				const r = await api.get(`/connections?limit=1000${cursor ? `&cursor=${cursor}` : ''}`);
				count++;
				total += r.body.data.items.length;
				cursor = r.body.data.next_cursor;
			} while (cursor);
			expect(count).toBe(50);
			expect(total).toBe(50000);
			expect(sandbox.stats().byRoute['GET /v1/connections']).toBe(50);
		} finally {
			await sandbox.close();
		}
	}, 120_000); // ~50 MB of JSON moves through fetch: a hang guard, generous for a busy machine
});

test('AUTH helper uses the default credentials', () => {
	expect(Buffer.from(AUTH.slice(6), 'base64').toString()).toBe('sandbox-key:sandbox-secret');
});
