import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { exactly, transformation, TRANSFORMATION_ID, TRANSFORMATION_PATH, unsent } from './helpers';

const on = (operation: string, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'transformation',
	operation,
	transformationId: rl(TRANSFORMATION_ID),
	...extra,
});

describe('Transformation > Cancel', () => {
	it('POST /cancel and outputs what Fivetran said', async () => {
		const message = `Transformation with id '${TRANSFORMATION_ID}' has been canceled`;
		const api = fivetran()
			.post(`${TRANSFORMATION_PATH}/cancel`)
			.reply(200, { code: 'Success', message });

		const { items } = await runFivetran(on('cancel'));

		expect(items[0].json).toEqual({ success: true, message, transformation_id: TRANSFORMATION_ID });
		expect(api.isDone()).toBe(true);
	});

	it('is not sent again after a lost answer (it could cancel a run started in between)', async () => {
		fakeTime();
		const api = fivetran()
			.post(`${TRANSFORMATION_PATH}/cancel`)
			.reply(503, 'Unavailable')
			.post(`${TRANSFORMATION_PATH}/cancel`)
			.reply(200, { code: 'Success' });

		const { error } = await runFivetran(on('cancel'));

		expect(error).toBeDefined();
		expect(unsent(api)).toEqual(['POST']);
	});
});

describe('Transformation > Pause and Resume', () => {
	it.each([
		['pause', true],
		['resume', false],
	])(
		'%s: PATCH {paused: %s}, repeated after a lost answer (it sets a value)',
		async (operation, paused) => {
			fakeTime();
			const api = fivetran()
				.patch(TRANSFORMATION_PATH, exactly({ paused }))
				.reply(502, 'Bad Gateway')
				.patch(TRANSFORMATION_PATH, exactly({ paused }))
				.reply(200, success(transformation({ paused })));

			const { items, error } = await runFivetran(on(operation));

			expect(error).toBeUndefined();
			expect(items[0].json.paused).toBe(paused);
			expect(api.isDone()).toBe(true);
		},
	);
});

describe('Transformation > Update Schedule', () => {
	it.each<[string, INodeParameters, object]>([
		['integrated', { scheduleType: 'INTEGRATED' }, { schedule_type: 'INTEGRATED' }],
		[
			'time of day on two days',
			{ scheduleType: 'TIME_OF_DAY', timeOfDay: '14:30', daysOfWeek: ['MONDAY', 'FRIDAY'] },
			{ schedule_type: 'TIME_OF_DAY', time_of_day: '14:30', days_of_week: ['MONDAY', 'FRIDAY'] },
		],
		[
			'interval, every day',
			{ scheduleType: 'INTERVAL', interval: 120 },
			{ schedule_type: 'INTERVAL', interval: 120, days_of_week: [] },
		],
		[
			'cron lines',
			{ scheduleType: 'CRON', cron: '0 */6 * * *\n\n 30 2 * * 1 ' },
			{ schedule_type: 'CRON', cron: ['0 */6 * * *', '30 2 * * 1'] },
		],
		[
			'integrated with options',
			{
				scheduleType: 'INTEGRATED',
				scheduleOptions: { connectionIds: 'sandy_lamb, tidy_owl', smartSyncing: true },
			},
			{
				schedule_type: 'INTEGRATED',
				connection_ids: ['sandy_lamb', 'tidy_owl'],
				smart_syncing: true,
			},
		],
	])('%s: PATCH {schedule} exactly', async (_case, parameters, schedule) => {
		const api = fivetran()
			.patch(TRANSFORMATION_PATH, exactly({ schedule }))
			.reply(200, success(transformation()));

		const { error } = await runFivetran(on('updateSchedule', parameters));

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it.each<[INodeParameters, string]>([
		[{ scheduleType: 'WEEKLY' }, 'The parameter "Schedule Type" must be one of'],
		[
			{ scheduleType: 'TIME_OF_DAY', timeOfDay: '14:15' },
			'The parameter "Time of Day" must be a full or half hour',
		],
		[{ scheduleType: 'INTERVAL', interval: 0 }, 'The parameter "Interval" must be a whole number'],
		[
			{ scheduleType: 'INTERVAL', interval: 1.5 },
			'The parameter "Interval" must be a whole number',
		],
		[{ scheduleType: 'CRON', cron: ' ' }, 'The parameter "Cron Expressions" is empty'],
		[
			{ scheduleType: 'CRON', cron: '0 6 * *' },
			'has a line that is not a cron expression: "0 6 * *"',
		],
		[
			{ scheduleType: 'TIME_OF_DAY', timeOfDay: '01:00', daysOfWeek: ['FUNDAY'] },
			'The parameter "Days of Week" has values that are not days: FUNDAY',
		],
		[
			{ scheduleType: 'INTEGRATED', scheduleOptions: { connectionIds: 'ok, ../x' } },
			'The parameter "Connection IDs" has a value that is not a Fivetran ID',
		],
	])('%j is refused naming the parameter, nothing sent', async (parameters, message) => {
		const { error } = await runFivetran(on('updateSchedule', parameters));

		expect(error?.message).toContain(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('Transformation > Delete', () => {
	it('needs Confirm Delete: refused without it, nothing sent', async () => {
		const { error } = await runFivetran(on('delete'));

		expect(error?.message).toBe('Turn on "Confirm Delete" to run this operation');
	});

	it('DELETE and reports the deletion', async () => {
		const message = `Transformation with id '${TRANSFORMATION_ID}' has been deleted`;
		const api = fivetran().delete(TRANSFORMATION_PATH).reply(200, { code: 'Success', message });

		const { items } = await runFivetran(on('delete', { confirmDelete: true }));

		expect(items[0].json).toEqual({ deleted: true, id: TRANSFORMATION_ID, message });
		expect(api.isDone()).toBe(true);
	});

	it('is a delete for the safety level: refused with a read-write credential', async () => {
		const { error } = await runFivetran(on('delete', { confirmDelete: true }), {
			safetyLevel: 'readWrite',
		});

		expect(error).toBeDefined();
		expect(nock.pendingMocks()).toEqual([]);
	});
});
