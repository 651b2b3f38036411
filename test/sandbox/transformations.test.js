'use strict';
// Transformations and transformation projects in the sandbox (issue 11): routes, validation, the
// run lifecycle, its controls and webhook events.
const { start, sleep } = require('./helpers');
const { startReceiver } = require('./receiver');

const DURATION = 150;

describe('sandbox transformations', () => {
	let sandbox;
	let api;

	beforeAll(async () => {
		({ sandbox, api } = await start({ transformationDurationMs: DURATION }));
	});
	afterAll(() => sandbox.close());
	beforeEach(() => sandbox.control.reset({ transformationDurationMs: DURATION }));

	const ids = (r) => r.body.data.items.map((t) => t.id);

	describe('list and details', () => {
		test('demo seed: five transformations over all three groups, shaped like TransformationResponse', async () => {
			const r = await api.get('/transformations');
			expect(r.status).toBe(200);
			expect(ids(r)).toEqual(['tidal_narwhal', 'sleepy_koala', 'gentle_quokka', 'rapid_bison', 'mossy_tapir']);
			const [dbt, , quickstart] = r.body.data.items;
			expect(dbt).toMatchObject({
				id: 'tidal_narwhal', status: 'SUCCEEDED', type: 'DBT_CORE', paused: false, created_by_id: 'admiral_owl',
				schedule: { schedule_type: 'INTEGRATED' }, output_model_names: ['fct_orders', 'dim_users'],
				transformation_config: { project_id: 'crafty_kestrel', name: 'Daily product models', steps: [expect.any(Object)] },
			});
			expect(dbt.group_id).toBeUndefined(); // not a TransformationResponse field
			expect(Date.parse(dbt.last_ended_at)).toBeGreaterThan(Date.parse(dbt.last_started_at));
			expect(quickstart.transformation_config).toMatchObject({ package_name: 'salesforce', connection_ids: ['dapper_walrus'] });
			expect(r.body.data.items[3]).toMatchObject({ id: 'rapid_bison', status: 'FAILED', errors: [expect.stringContaining('stripe')] });
		});

		test.each([
			['group_id=quiet_heron', ['tidal_narwhal', 'sleepy_koala']],
			['group_id=sandy_lamb', ['gentle_quokka', 'mossy_tapir']],
			['project_id=crafty_kestrel', ['tidal_narwhal', 'sleepy_koala']],
			['type=QUICKSTART', ['gentle_quokka', 'rapid_bison', 'mossy_tapir']],
			['type=DBT_CORE&group_id=brisk_otter', []],
		])('filter %s', async (query, expected) => {
			expect(ids(await api.get(`/transformations?${query}`))).toEqual(expected);
		});

		test('pages with limit and cursor; a bad type is 400', async () => {
			const first = await api.get('/transformations?limit=3');
			expect(ids(first)).toHaveLength(3);
			const second = await api.get(`/transformations?limit=3&cursor=${first.body.data.next_cursor}`);
			expect(ids(second)).toEqual(['rapid_bison', 'mossy_tapir']);
			expect(second.body.data.next_cursor).toBeUndefined();
			const bad = await api.get('/transformations?type=SQL');
			expect(bad.status).toBe(400);
		});

		test('mossy_tapir is shaped like the real answers: no run times, before and after a run', async () => {
			const before = (await api.get('/transformations/mossy_tapir')).body.data;
			expect(before).toMatchObject({ id: 'mossy_tapir', status: 'SUCCEEDED', type: 'QUICKSTART' });
			expect(before).not.toHaveProperty('last_started_at');
			expect(before).not.toHaveProperty('last_ended_at');
			await api.post('/transformations/mossy_tapir/run', {});
			const running = (await api.get('/transformations/mossy_tapir')).body.data;
			expect(running.status).toBe('RUNNING');
			expect(running).not.toHaveProperty('last_started_at');
			await sleep(DURATION + 50);
			const after = (await api.get('/transformations/mossy_tapir')).body.data;
			expect(after.status).toBe('SUCCEEDED');
			expect(after).not.toHaveProperty('last_ended_at');
		});

		test('details and 404', async () => {
			expect((await api.get('/transformations/gentle_quokka')).body.data.type).toBe('QUICKSTART');
			const missing = await api.get('/transformations/no_such');
			expect(missing.status).toBe(404);
			expect(missing.body.code).toBe('NotFound_Transformation');
		});
	});

	describe('update and delete', () => {
		test('PATCH paused and a TIME_OF_DAY schedule', async () => {
			const schedule = { schedule_type: 'TIME_OF_DAY', time_of_day: '06:30', days_of_week: ['MONDAY', 'FRIDAY'] };
			const r = await api.patch('/transformations/tidal_narwhal', { paused: true, schedule });
			expect(r.status).toBe(200);
			expect(r.body.message).toBe('Transformation updated successfully');
			expect(r.body.data).toMatchObject({ paused: true, schedule });
			expect((await api.get('/transformations/tidal_narwhal')).body.data.schedule).toEqual(schedule);
		});

		test.each([
			[{ schedule_type: 'INTERVAL', interval: 90 }],
			[{ schedule_type: 'CRON', cron: ['0 */2 * * *', '30 5 * * 1'] }],
			[{ schedule_type: 'INTEGRATED', smart_syncing: true, connection_ids: ['mellow_crane'] }],
		])('accepts schedule %j', async (schedule) => {
			const r = await api.patch('/transformations/sleepy_koala', { schedule });
			expect(r.status).toBe(200);
			expect(r.body.data.schedule).toEqual(schedule);
		});

		test.each([
			[{ schedule: { time_of_day: '06:00' } }, 'schedule.schedule_type'],
			[{ schedule: { schedule_type: 'HOURLY' } }, 'schedule.schedule_type'],
			[{ schedule: { schedule_type: 'TIME_OF_DAY', time_of_day: '06:15' } }, 'schedule.time_of_day'],
			[{ schedule: { schedule_type: 'TIME_OF_DAY' } }, 'schedule.time_of_day'],
			[{ schedule: { schedule_type: 'INTERVAL', interval: 0 } }, 'schedule.interval'],
			[{ schedule: { schedule_type: 'INTERVAL' } }, 'schedule.interval'],
			[{ schedule: { schedule_type: 'CRON', cron: [] } }, 'schedule.cron'],
			[{ schedule: { schedule_type: 'CRON', cron: ['every hour'] } }, 'schedule.cron'],
			[{ schedule: { schedule_type: 'TIME_OF_DAY', time_of_day: '01:00', days_of_week: ['FUNDAY'] } }, 'schedule.days_of_week'],
			[{ schedule: { schedule_type: 'INTEGRATED', colour: 'red' } }, 'schedule.colour'],
			[{ schedule: 'daily' }, 'schedule'],
			[{ paused: 'yes' }, 'paused'],
			[{ name: 'x' }, 'name'],
			[{}, 'at least one'],
			[{ transformation_config: { package_name: 'x' } }, 'transformation_config.package_name'],
			[{ transformation_config: { steps: [{ name: 'a', command: 'rm -rf /' }] } }, 'transformation_config.steps'],
		])('PATCH %j -> 400 naming %s, nothing changed', async (body, field) => {
			const before = (await api.get('/transformations/tidal_narwhal')).body.data;
			const r = await api.patch('/transformations/tidal_narwhal', body);
			expect(r.status).toBe(400);
			expect(r.body.code).toBe('InvalidInput');
			expect(r.body.message).toContain(field);
			expect((await api.get('/transformations/tidal_narwhal')).body.data).toEqual(before);
		});

		test('PATCH transformation_config by type; unknown project is 404', async () => {
			const dbt = await api.patch('/transformations/tidal_narwhal', { transformation_config: { name: 'Renamed', steps: [{ name: 'Run', command: 'dbt run' }] } });
			expect(dbt.body.data.transformation_config).toEqual({ project_id: 'crafty_kestrel', name: 'Renamed', steps: [{ name: 'Run', command: 'dbt run' }] });
			const qs = await api.patch('/transformations/gentle_quokka', { transformation_config: { excluded_models: ['salesforce__sales_snapshot'] } });
			expect(qs.body.data.transformation_config).toMatchObject({ package_name: 'salesforce', excluded_models: ['salesforce__sales_snapshot'] });
			const missing = await api.patch('/transformations/tidal_narwhal', { transformation_config: { project_id: 'no_such' } });
			expect(missing.status).toBe(404);
		});

		test('DELETE removes it; a second DELETE is 404', async () => {
			const r = await api.del('/transformations/gentle_quokka');
			expect(r.body).toEqual({ code: 'Success', message: "Transformation with id 'gentle_quokka' has been deleted" });
			expect((await api.get('/transformations/gentle_quokka')).status).toBe(404);
			expect((await api.del('/transformations/gentle_quokka')).status).toBe(404);
		});
	});

	describe('run lifecycle', () => {
		test('run: RUNNING, then SUCCEEDED after transformationDurationMs; errors of the last failure cleared', async () => {
			const r = await api.post('/transformations/rapid_bison/run');
			expect(r.body).toEqual({ code: 'Success', message: "Transformation with id 'rapid_bison' has been started" });
			const running = (await api.get('/transformations/rapid_bison')).body.data;
			expect(running.status).toBe('RUNNING');
			expect(running.errors).toBeUndefined();
			await sleep(DURATION + 50);
			const finished = (await api.get('/transformations/rapid_bison')).body.data;
			expect(finished.status).toBe('SUCCEEDED');
			expect(Date.parse(finished.last_ended_at) - Date.parse(finished.last_started_at)).toBe(DURATION);
		});

		test('running again while it runs answers 200 and keeps the first start', async () => {
			await api.post('/transformations/tidal_narwhal/run', { full_refresh: true });
			const started = (await api.get('/transformations/tidal_narwhal')).body.data.last_started_at;
			const again = await api.post('/transformations/tidal_narwhal/run');
			expect(again.status).toBe(200);
			expect((await api.get('/transformations/tidal_narwhal')).body.data.last_started_at).toBe(started);
			expect((await api.post('/transformations/tidal_narwhal/run', { full_refresh: 'yes' })).status).toBe(400);
			expect((await api.post('/transformations/no_such/run')).status).toBe(404);
		});

		test('failNextTransformationRun: FAILED with the message in errors, once', async () => {
			sandbox.control.failNextTransformationRun('tidal_narwhal', 'Compilation Error in model fct_orders');
			await api.post('/transformations/tidal_narwhal/run');
			await sleep(DURATION + 50);
			const failed = (await api.get('/transformations/tidal_narwhal')).body.data;
			expect(failed).toMatchObject({ status: 'FAILED', errors: ['Compilation Error in model fct_orders'] });
			await api.post('/transformations/tidal_narwhal/run');
			await sleep(DURATION + 50);
			expect((await api.get('/transformations/tidal_narwhal')).body.data).toMatchObject({ status: 'SUCCEEDED' });
		});

		test('fail-next-run over HTTP without a message uses a default one', async () => {
			const r = await api.post('/_sandbox/transformations/gentle_quokka/fail-next-run', {});
			expect(r.status).toBe(200);
			await api.post('/transformations/gentle_quokka/run');
			const done = await api.post('/_sandbox/transformations/gentle_quokka/complete-run');
			expect(done.body.data).toMatchObject({ status: 'FAILED', errors: [expect.stringContaining('dbt run failed')] });
			expect((await api.post('/_sandbox/transformations/gentle_quokka/complete-run')).status).toBe(409);
		});

		test('cancel: CANCELED with last_ended_at; cancel when idle changes nothing', async () => {
			await api.post('/transformations/tidal_narwhal/run');
			const r = await api.post('/transformations/tidal_narwhal/cancel');
			expect(r.body).toEqual({ code: 'Success', message: "Transformation with id 'tidal_narwhal' has been canceled" });
			await sleep(DURATION + 50);
			const canceled = (await api.get('/transformations/tidal_narwhal')).body.data;
			expect(canceled.status).toBe('CANCELED');
			expect(canceled.last_ended_at).toBeDefined();
			const idle = await api.post('/transformations/tidal_narwhal/cancel');
			expect(idle.status).toBe(200);
			expect(idle.body.message).toContain('is not running');
			expect((await api.get('/transformations/tidal_narwhal')).body.data.status).toBe('CANCELED');
		});

		test('controls: getTransformation, start-run, reset option transformationDurationMs', async () => {
			expect(sandbox.control.getTransformation('sleepy_koala')).toMatchObject({ id: 'sleepy_koala', paused: true });
			expect(sandbox.control.reset({ transformationDurationMs: 0 })).toMatchObject({ transformations: 5 });
			await api.post('/_sandbox/transformations/sleepy_koala/start-run');
			expect((await api.get('/_sandbox/transformations/sleepy_koala')).body.data.status).toBe('SUCCEEDED');
			expect(() => sandbox.control.reset({ transformationDurationMs: -1 })).toThrow('transformationDurationMs');
			expect(() => sandbox.control.getTransformation('no_such')).toThrow("doesn't exist");
		});
	});

	describe('transformation projects', () => {
		test('list (summary fields) and details', async () => {
			const list = await api.get('/transformation-projects');
			expect(list.body.data.items).toEqual([
				{ id: 'crafty_kestrel', type: 'DBT_CORE', created_at: expect.any(String), created_by_id: 'admiral_owl', group_id: 'quiet_heron' },
			]);
			const details = (await api.get('/transformation-projects/crafty_kestrel')).body.data;
			expect(details).toMatchObject({ status: 'READY', errors: [], project_config: { git_branch: 'main', dbt_version: expect.any(String) } });
			expect((await api.get('/transformation-projects/no_such')).body.code).toBe('NotFound_TransformationProject');
		});

		test('setup tests pass; a sandbox-fail value in project_config makes the Git test fail', async () => {
			const passed = await api.post('/transformation-projects/crafty_kestrel/test');
			expect(passed.body.message).toBe('Transformation project test completed successfully');
			expect(passed.body.data.setup_tests.every((t) => t.status === 'PASSED')).toBe(true);
			sandbox.store.transformationProjects.get('crafty_kestrel').project_config.git_branch = 'sandbox-fail';
			const failed = (await api.post('/transformation-projects/crafty_kestrel/test')).body.data;
			expect(failed.status).toBe('ERROR');
			expect(failed.setup_tests[0]).toMatchObject({ title: 'Git repository access', status: 'FAILED', message: expect.stringContaining('Git') });
			expect(failed.errors).toEqual([failed.setup_tests[0].message]);
		});
	});
});

describe('sandbox transformation webhook events', () => {
	let sandbox;
	let api;
	let receiver;

	beforeAll(async () => {
		({ sandbox, api } = await start({ transformationDurationMs: 100 }));
		receiver = await startReceiver();
	});
	afterAll(async () => {
		await sandbox.close();
		await receiver.close();
	});

	test('start, succeeded and failed reach a group webhook without further requests', async () => {
		const events = ['transformation_start', 'transformation_succeeded', 'transformation_failed'];
		await api.post('/webhooks/group/quiet_heron', { url: receiver.url, events });
		receiver.clear(); // the registration test
		await api.post('/transformations/tidal_narwhal/run');
		await api.post('/transformations/gentle_quokka/run'); // other group: not delivered
		await receiver.waitFor(2); // the hub's one-second settle ends the run
		sandbox.control.failNextTransformationRun('sleepy_koala', 'Database Error: permission denied');
		await api.post('/transformations/sleepy_koala/run');
		await receiver.waitFor(4);
		const bodies = receiver.requests.map((r) => r.body);
		expect(bodies.map((b) => `${b.event}:${b.data.transformation_id}`)).toEqual([
			'transformation_start:tidal_narwhal', 'transformation_succeeded:tidal_narwhal',
			'transformation_start:sleepy_koala', 'transformation_failed:sleepy_koala',
		]);
		expect(bodies[1]).toMatchObject({ destination_group_id: 'quiet_heron', data: { name: 'Daily product models', type: 'DBT_CORE', status: 'SUCCEEDED' } });
		expect(bodies[3].data).toMatchObject({ status: 'FAILED', reason: 'Database Error: permission denied' });
	});
});
