import nock from 'nock';

import * as transport from '../../../../nodes/shared/transport/request';
import type { FivetranContext, FivetranRequest } from '../../../../nodes/shared/transport/types';
import { errorText, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { fakeClock, startFivetran } from '../connector/syncHelpers';
import {
	at,
	exactly,
	RUN_STARTED,
	runParameters,
	runWithPolls,
	T0,
	transformation,
	TRANSFORMATION_ID,
	TRANSFORMATION_PATH,
	unsent,
	waitingRun,
} from './helpers';

describe('Transformation > Run without waiting', () => {
	it('POSTs /run with {} once (no GET) and outputs what Fivetran said', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.post(`${TRANSFORMATION_PATH}/run`, exactly({}))
			.reply(200, RUN_STARTED);

		const { items, error } = await runFivetran(runParameters());

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{ success: true, message: RUN_STARTED.message, transformation_id: TRANSFORMATION_ID },
		]);
		expect(api.isDone()).toBe(true);
	});

	it('is not repeated after a lost answer (a repeat would start another run)', async () => {
		fakeTime(T0);
		const api = fivetran()
			.post(`${TRANSFORMATION_PATH}/run`)
			.reply(502, 'Bad Gateway')
			.post(`${TRANSFORMATION_PATH}/run`)
			.reply(200, RUN_STARTED);

		const { error } = await runFivetran(runParameters());

		expect(error).toBeDefined();
		expect(unsent(api)).toEqual(['POST']);
	});

	it('bad ID: refused naming the parameter, nothing sent', async () => {
		const { error } = await runFivetran(
			runParameters({ transformationId: rl('={{ "../users" }}') }),
		);

		expect(error?.message).toContain('The parameter "Transformation" is not a valid Fivetran ID');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it.each([
		[{ pollInterval: 3 }, 'The parameter "Poll Interval" must be at least 5 seconds (got 3)'],
		[{ timeout: 1441 }, 'The parameter "Timeout" must be from 1 to 1440 minutes (got 1441)'],
		[
			{ onFailure: 'ignore' },
			'The parameter "On Failure" must be one of error, output (got ignore)',
		],
	])('wait option %j is refused before any request', async (extra, message) => {
		const { error } = await runFivetran(waitingRun(extra));

		expect(error?.message).toBe(message);
	});
});

describe('Transformation > Run and wait: outcomes', () => {
	it('succeeded: baseline GET, POST /run, polls until a run ended after the baseline', async () => {
		const time = fakeTime(T0);
		const done = { status: 'SUCCEEDED', startedAt: at(1_000), endedAt: at(50_000) };
		const api = runWithPolls([
			// The previous run's SUCCEEDED: not this run's outcome.
			{},
			{ status: 'RUNNING', startedAt: at(1_000) },
			done,
		]);

		const { items, error } = await runFivetran(waitingRun());

		expect(error).toBeUndefined();
		expect(time.sleeps).toEqual([30_000, 30_000]);
		expect(items[0].json).toEqual({
			...transformation(done),
			run_succeeded: true,
			run_status: 'SUCCEEDED',
			transformation_id: TRANSFORMATION_ID,
			run_requested: true,
			run_requested_at: at(0),
			run_duration_seconds: 49,
			waited_seconds: 60,
			polls: 3,
		});
		// The run summary comes first, then the transformation's own fields.
		expect(Object.keys(items[0].json)).toEqual([
			'run_succeeded',
			'run_status',
			'transformation_id',
			'run_requested',
			'run_requested_at',
			'run_duration_seconds',
			'waited_seconds',
			'polls',
			...Object.keys(transformation(done)),
		]);
		expect(api.isDone()).toBe(true);
	});

	it('a run that ended before the first poll is not missed (baseline from before the request)', async () => {
		const time = fakeTime(T0);
		const api = runWithPolls([{ startedAt: at(100), endedAt: at(900) }]);

		const { items, error } = await runFivetran(waitingRun());

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ run_succeeded: true, polls: 1 });
		expect(time.sleeps).toEqual([]);
		expect(api.isDone()).toBe(true);
	});

	it("failed with a message: error naming the transformation, the status and Fivetran's messages", async () => {
		fakeTime(T0);
		const api = runWithPolls([
			{
				status: 'FAILED',
				startedAt: at(1_000),
				endedAt: at(20_000),
				errors: ['Compilation Error in model orders', 'relation "raw.orders" does not exist'],
			},
		]);

		const { items, error } = await runFivetran(waitingRun());

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`The run of transformation "${TRANSFORMATION_ID}" ended with status FAILED`,
		);
		expect(error?.description).toContain(
			'Fivetran says: Compilation Error in model orders; relation "raw.orders" does not exist.',
		);
		expect(error?.description).toContain('https://fivetran.com/dashboard/transformations');
		expect(error?.description).toContain('"On Failure" to "Output Item"');
		expect(errorText(error)).not.toContain('s3cr3t-never-shown');
		expect(api.isDone()).toBe(true);
	});

	it('failed without a message: the status alone, saying Fivetran gave none', async () => {
		fakeTime(T0);
		runWithPolls([{ status: 'FAILED', startedAt: at(1_000), endedAt: at(2_000) }]);

		const { error } = await runFivetran(waitingRun());

		expect(error?.message).toContain('ended with status FAILED');
		expect(error?.description).toContain('Fivetran gave no error message.');
	});

	it('On Failure "Output Item": the transformation with run_succeeded false, the outcome and messages', async () => {
		fakeTime(T0);
		runWithPolls([
			{ status: 'FAILED', startedAt: at(1_000), endedAt: at(20_000), errors: ['boom'] },
		]);

		const { items, error } = await runFivetran(waitingRun({ onFailure: 'output' }));

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: TRANSFORMATION_ID,
			run_succeeded: false,
			run_status: 'FAILED',
			run_outcome: 'failed',
			run_messages: ['boom'],
			run_requested: true,
			run_duration_seconds: 19,
			polls: 1,
		});
		expect(Object.keys(items[0].json).slice(0, 5)).toEqual([
			'run_succeeded',
			'run_status',
			'run_outcome',
			'run_messages',
			'transformation_id',
		]);
	});

	it.each([
		['CANCELED', 'canceled'],
		['PARTIALLY_SUCCEEDED', 'partially_succeeded'],
		['BLOCKED', 'blocked'],
	])(
		'%s is a failure: an error by default, an item with run_outcome %s on request',
		async (status, outcome) => {
			fakeTime(T0);
			const ended = { status, startedAt: at(1_000), endedAt: at(2_000) };
			runWithPolls([ended]);
			const asError = await runFivetran(waitingRun());
			runWithPolls([ended]);
			const asItem = await runFivetran(waitingRun({ onFailure: 'output' }));

			expect(asError.error?.message).toBe(
				`The run of transformation "${TRANSFORMATION_ID}" ended with status ${status}`,
			);
			expect(asItem.items[0].json).toMatchObject({ run_succeeded: false, run_outcome: outcome });
		},
	);

	it('paused before the run: reported at once, no run requested, no wait', async () => {
		const time = fakeTime(T0);
		const api = fivetran()
			.get(TRANSFORMATION_PATH)
			.reply(200, success(transformation({ paused: true })));

		const { error } = await runFivetran(waitingRun());

		expect(error?.message).toBe(`Transformation "${TRANSFORMATION_ID}" is paused`);
		expect(error?.description).toContain('no run was requested');
		expect(time.sleeps).toEqual([]);
		expect(api.isDone()).toBe(true);
	});

	it('paused before the run with On Failure "Output Item": an item saying so', async () => {
		fivetran()
			.get(TRANSFORMATION_PATH)
			.reply(200, success(transformation({ paused: true })));

		const { items } = await runFivetran(waitingRun({ onFailure: 'output' }));

		expect(items[0].json).toMatchObject({
			run_succeeded: false,
			run_outcome: 'paused',
			run_requested: false,
			paused: true,
		});
	});

	it('paused while waiting: stops at once instead of waiting on it', async () => {
		const time = fakeTime(T0);
		const api = runWithPolls([{ status: 'RUNNING', startedAt: at(1_000), paused: true }]);

		const { error } = await runFivetran(waitingRun());

		expect(error?.message).toBe(`Transformation "${TRANSFORMATION_ID}" is paused`);
		expect(error?.description).toContain('stopped waiting');
		expect(time.sleeps).toEqual([]);
		expect(api.isDone()).toBe(true);
	});

	it('timeout: gives up with the last status seen; the last poll starts 10 s before the deadline', async () => {
		const time = fakeTime(T0);
		const running = { status: 'RUNNING', startedAt: at(1_000) };
		const api = runWithPolls([running, running, running]);

		const { error } = await runFivetran(waitingRun({ timeout: 1, pollInterval: 25 }));

		expect(error?.message).toBe(
			`Gave up waiting for the run of transformation "${TRANSFORMATION_ID}" after 1 min (Timeout)`,
		);
		expect(error?.description).toContain('Last seen: status RUNNING.');
		expect(time.sleeps).toEqual([25_000, 25_000]);
		expect(time.now() - T0).toBe(50_000);
		expect(api.isDone()).toBe(true);
	});
});

describe('Transformation > Run and wait: Stop', () => {
	it('during the poll interval: ends at Stop, and the next poll is never sent', async () => {
		const running = { status: 'RUNNING', startedAt: at(1_000) };
		const api = runWithPolls([running, running]);
		const time = fakeClock({ running: () => run, isStopMoment: () => true });
		const run = startFivetran(waitingRun());

		const { error, stoppedAt } = await run.result;

		// The stopped sleep lasts an hour unless Stop ends it (fakeClock): no wall-clock bound needed.
		expect(stoppedAt).toBeDefined();
		expect(error?.message).toBe(
			`The execution was canceled while waiting for the run of transformation "${TRANSFORMATION_ID}"`,
		);
		expect(time.sleeps).toEqual([30_000]);
		expect(unsent(api)).toEqual(['GET']);
	});

	it('while a poll hangs: the request is aborted and the wait ends at Stop', async () => {
		fakeClock();
		const api = runWithPolls([])
			.get(TRANSFORMATION_PATH)
			// Stop is pressed while this poll is in flight; it is never answered, so only aborting it
			// ends the run in time.
			.reply(() => {
				run.stop();
				return new Promise<never>(() => {});
			})
			.get(TRANSFORMATION_PATH)
			.reply(200, success(transformation()));
		const run = startFivetran(waitingRun());

		const { error, stoppedAt } = await run.result;

		expect(stoppedAt).toBeDefined();
		expect(error?.message).toContain('canceled while waiting for the run');
		expect(unsent(api)).toEqual(['GET']);
	});

	it('stopped once the baseline was read: no run is requested, and the error says so', async () => {
		fakeClock();
		const api = runWithPolls([]);
		const readTransformation = transport.fivetranApiRequest;
		jest.spyOn(transport, 'fivetranApiRequest').mockImplementation(async function (
			this: FivetranContext,
			request: FivetranRequest,
		) {
			const answer = await readTransformation.call(this, request);
			run.stop();
			return answer;
		});
		const run = startFivetran(waitingRun());

		const { error } = await run.result;

		expect(error?.message).toBe(
			`The execution was canceled before requesting a run of transformation "${TRANSFORMATION_ID}"`,
		);
		expect(error?.description).toBe('The execution was stopped; no run was requested.');
		expect(unsent(api)).toEqual(['POST']);
	});
});
