import { clock, WaitCancelledError } from '../../../../nodes/shared/clock';
import { isOutcomeUnknown } from '../../../../nodes/shared/transport/nodeErrors';
import { transportLimits } from '../../../../nodes/shared/transport/limits';
import { fakeTime, fivetran, success } from '../../fixtures';
import { probe, startProbe, strayRequests } from './probe';

const DEFAULT_LIMITS = { ...transportLimits };
afterEach(() => Object.assign(transportLimits, DEFAULT_LIMITS));

const getGroup = { method: 'GET' as const, path: '/groups/g1' };
const unavailable = { code: 'ServiceUnavailable', message: 'Down' };
// A server that answers late, but with a success: a limit that did not end the request would let
// that success through and fail the case on its outcome, so no wall-clock assertion is needed.
// (Kept short: nock's delay timer outlives an aborted request and holds jest's exit until it ends.)
const SLOW_MS = 5_000;

/** GET /groups/g1 answered only after SLOW_MS. */
function slowGroup(): void {
	fivetran()
		.get('/v1/groups/g1')
		.delay(SLOW_MS)
		.reply(200, success({ id: 'g1' }));
}

/** Backoff without jitter: 500, 1000, 2000, 4000 ... ms. */
function lowestBackoff(): void {
	jest.spyOn(clock, 'random').mockReturnValue(0);
}

describe('Stopping the execution ends the request at once, with no further request', () => {
	it('a stop while the request is in flight ends it without waiting for the answer', async () => {
		const time = fakeTime();
		slowGroup();

		const { error } = await probe({ ...getGroup, maxTries: 3 }, { stopAfterMs: 50 });

		expect(error?.message).toBe(
			'The execution was stopped; no further request was sent to Fivetran',
		);
		expect(time.sleeps).toEqual([]);
		expect(strayRequests()).toBe(0);
	});

	it('a stop during a retry wait ends the wait: the sleep gets the cancel signal', async () => {
		fivetran().get('/v1/groups/g1').once().reply(503, unavailable);
		const running = startProbe(getGroup);
		jest.spyOn(clock, 'sleep').mockImplementation(async (_ms, signal) => {
			running.stop();
			if (signal?.aborted) throw new WaitCancelledError();
		});

		const { error } = await running.result;

		expect(error?.message).toBe(
			'The execution was stopped; no further request was sent to Fivetran',
		);
		expect(strayRequests()).toBe(0);
	});
});

describe('A deadline bounds the request, retries and waits included', () => {
	it('no retry wait goes past the deadline: it fails saying the time limit ran out', async () => {
		const time = fakeTime();
		lowestBackoff();
		const api = fivetran().get('/v1/groups/g1').times(4).reply(503, unavailable);

		const { error } = await probe({ ...getGroup, maxTries: 10, deadline: time.now() + 5_000 });

		expect(time.sleeps).toEqual([500, 1000, 2000]);
		expect(api.isDone()).toBe(true);
		expect(strayRequests()).toBe(0);
		expect(error?.message).toBe(
			'The time limit ran out before Fivetran answered (HTTP 503 ServiceUnavailable; 4 tries)',
		);
		expect(error?.description).toContain('Timeout');
	});

	it('a Retry-After past the deadline is not waited for', async () => {
		const time = fakeTime();
		fivetran().get('/v1/groups/g1').once().reply(429, {}, { 'Retry-After': '30' });

		const { error } = await probe({ ...getGroup, deadline: time.now() + 10_000 });

		expect(time.sleeps).toEqual([]);
		expect(error?.message).toContain('The time limit ran out');
	});

	it('a deadline already passed sends nothing', async () => {
		const time = fakeTime();

		const { error } = await probe({ ...getGroup, deadline: time.now() - 1 });

		expect(strayRequests()).toBe(0);
		expect(error?.message).toBe('The time limit ran out before the request was sent to Fivetran');
	});

	it("each attempt's timeout is cut to what is left before the deadline", async () => {
		const time = fakeTime();
		slowGroup();

		const { error } = await probe({ ...getGroup, deadline: time.now() + 100 });

		expect(error?.message).toBe(
			'The time limit ran out before Fivetran answered (no answer within 100 ms; 1 try)',
		);
	});
});

describe('Timeouts: one per attempt, longer where the request says so', () => {
	it('a GET that gets no answer says Fivetran did not answer within the limit', async () => {
		const time = fakeTime();
		transportLimits.requestTimeoutMs = 100;
		fivetran()
			.get('/v1/groups/g1')
			.times(2)
			.delay(SLOW_MS)
			.reply(200, success({ id: 'g1' }));

		const { error } = await probe({ ...getGroup, maxTries: 2 });

		expect(error?.message).toBe('Fivetran did not answer within 100 ms (2 tries)');
		expect(error?.message).not.toContain('Could not reach');
		expect(time.sleeps).toHaveLength(1);
	});

	it('request.timeoutMs overrides the default attempt timeout', async () => {
		fakeTime();
		transportLimits.requestTimeoutMs = 100;
		const reload = { method: 'POST' as const, path: '/connections/c1/schemas/reload', body: {} };
		fivetran()
			.post('/v1/connections/c1/schemas/reload', {})
			.twice()
			.delay(300)
			.reply(200, success({ schemas: {} }));

		const long = await probe({ ...reload, timeoutMs: 5_000 }, { entry: 'data' });
		const ordinary = await probe(reload, { entry: 'data' });

		expect(long.error).toBeUndefined();
		expect(long.value).toEqual({ schemas: {} });
		expect(ordinary.error?.message).toContain('no answer within 100 ms');
	});

	it('a POST that times out is sent once and may have been applied', async () => {
		const time = fakeTime();
		fivetran().post('/v1/connections/c1/test', {}).once().delay(SLOW_MS).reply(200, success({}));

		const { error, thrown } = await probe({
			method: 'POST',
			path: '/connections/c1/test',
			body: {},
			timeoutMs: 100,
		});

		expect(isOutcomeUnknown(thrown)).toBe(true);
		expect(error?.message).toBe(
			'The change may have been applied in Fivetran, but its answer was lost (no answer within 100 ms)',
		);
		expect(error?.description).toContain('connector "c1"');
		expect(time.sleeps).toEqual([]);
		expect(strayRequests()).toBe(0);
	});
});

describe('One request has an overall retry budget', () => {
	it('Retry-After 120 on every try: waits stop before the budget and say when to run again', async () => {
		const time = fakeTime();
		const api = fivetran()
			.get('/v1/groups/g1')
			.times(3)
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '120' });

		const { error } = await probe(getGroup);

		expect(time.sleeps).toEqual([120_000, 120_000]);
		expect(api.isDone()).toBe(true);
		expect(strayRequests()).toBe(0);
		expect(error?.message).toBe('Fivetran rate limit reached after 3 tries (429 TooManyRequests)');
		expect(error?.description).toContain('Fivetran asked to wait 120 s');
		expect(error?.description).toContain('run again after 2026-01-01T00:06:00.000Z');
	});

	it('backoffs stop before the budget too', async () => {
		const time = fakeTime();
		lowestBackoff();
		transportLimits.retryBudgetMs = 10_000;
		fivetran().get('/v1/groups/g1').times(5).reply(503, unavailable);

		const { error } = await probe({ ...getGroup, maxTries: 50 });

		expect(time.sleeps).toEqual([500, 1000, 2000, 4000]);
		expect(error?.message).toBe(
			'Fivetran is unavailable after 5 tries (503 ServiceUnavailable): Down',
		);
		expect(error?.description).toContain('retry limit of one request (10 s)');
	});
});
