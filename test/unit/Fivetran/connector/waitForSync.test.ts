import type { IDataObject, IExecuteFunctions, INode } from 'n8n-workflow';
import nock from 'nock';

import { readConnectorState } from '../../../../nodes/shared/connector/connectorState';
import type { PollContext } from '../../../../nodes/shared/connector/syncDecision';
import { decidePoll } from '../../../../nodes/shared/connector/syncDecision';
import { FINAL_POLL_GRACE_MS } from '../../../../nodes/Fivetran/common/wait/pollUntil';
import { waitForSync } from '../../../../nodes/Fivetran/connector/waitForSync';
import * as transport from '../../../../nodes/shared/transport/request';
import type { FivetranContext, FivetranRequest } from '../../../../nodes/shared/transport/types';
import type { RunningNode } from '../../../harness';
import { fakeTime, fivetran, runFivetran, success } from '../../fixtures';
import type { ConnectorShape } from './syncHelpers';
import {
	at,
	BEFORE,
	CONNECTOR_ID,
	CONNECTOR_PATH,
	connector,
	exactly,
	fakeClock,
	startFivetran,
	STOPPED_WHILE_WAITING,
	SYNC_TRIGGERED,
	syncRequested,
	T0,
	waitingSync,
} from './syncHelpers';

const MINUTE = 60_000;

/** Fivetran's answers to the node's requests: the baseline GET, the POST /sync, then one GET per poll. */
function fivetranWithPolls(polls: ConnectorShape[]) {
	let scope = syncRequested();
	for (const poll of polls) scope = scope.get(CONNECTOR_PATH).reply(200, success(connector(poll)));
	return scope;
}

describe("decidePoll: one poll's verdict from the connector state alone", () => {
	const poll: PollContext = {
		baselineMillis: Date.parse(BEFORE),
		now: T0,
		deadline: T0 + 60 * MINUTE,
		pollIntervalMs: 30_000,
		onRescheduled: 'wait',
		retriggeredThisEpisode: false,
	};
	const decide = (shape: ConnectorShape, overrides: Partial<PollContext> = {}) =>
		decidePoll(readConnectorState(connector(shape)), { ...poll, ...overrides });

	it.each<[string, ConnectorShape, ReturnType<typeof decidePoll>]>([
		[
			'syncing, even with a newer succeeded_at',
			{ syncState: 'syncing', succeededAt: at(1000) },
			{ kind: 'sleep', ms: 30_000 },
		],
		['scheduled with no newer end', { syncState: 'scheduled' }, { kind: 'sleep', ms: 30_000 }],
		['newer succeeded_at', { succeededAt: at(1000) }, { kind: 'finished', outcome: 'succeeded' }],
		[
			'newer failed_at after succeeded_at',
			{ failedAt: at(1000) },
			{ kind: 'finished', outcome: 'failed' },
		],
		['paused without a newer end', { paused: true, syncState: 'paused' }, { kind: 'paused' }],
		[
			'paused after a newer end: the sync already has an answer',
			{ paused: true, succeededAt: at(1000) },
			{ kind: 'finished', outcome: 'succeeded' },
		],
		['rescheduled without a time', { syncState: 'rescheduled' }, { kind: 'sleep', ms: 30_000 }],
		[
			'rescheduled for a time already past',
			{ syncState: 'rescheduled', rescheduledFor: at(-MINUTE) },
			{ kind: 'sleep', ms: 30_000 },
		],
		[
			'rescheduled for later: sleeps until then',
			{ syncState: 'rescheduled', rescheduledFor: at(10 * MINUTE) },
			{ kind: 'sleep', ms: 10 * MINUTE },
		],
		[
			'rescheduled beyond the deadline',
			{ syncState: 'rescheduled', rescheduledFor: at(61 * MINUTE) },
			{ kind: 'rescheduledBeyondDeadline', rescheduledFor: at(61 * MINUTE) },
		],
	])('%s', (_name, shape, expected) => {
		expect(decide(shape)).toEqual(expected);
	});

	it('rescheduled with "retrigger": once per episode, then keeps polling', () => {
		const rescheduled = { syncState: 'rescheduled', rescheduledFor: at(MINUTE) };
		expect(decide(rescheduled, { onRescheduled: 'retrigger' })).toEqual({ kind: 'retrigger' });
		expect(
			decide(rescheduled, { onRescheduled: 'retrigger', retriggeredThisEpisode: true }),
		).toEqual({ kind: 'sleep', ms: 30_000 });
	});

	it('rescheduled with "fail" names the time', () => {
		expect(
			decide({ syncState: 'rescheduled', rescheduledFor: at(MINUTE) }, { onRescheduled: 'fail' }),
		).toEqual({
			kind: 'rescheduledFail',
			rescheduledFor: at(MINUTE),
		});
	});
});

describe('waitForSync through the Sync operation (fake time: the sleeps asked for are the assertions)', () => {
	it('keeps waiting while syncing even though succeeded_at already moved', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls([
			{ syncState: 'syncing', succeededAt: at(10_000) },
			{ syncState: 'syncing', succeededAt: at(40_000) },
			{ syncState: 'scheduled', succeededAt: at(70_000) },
		]);

		const { items, error } = await runFivetran(waitingSync());

		expect(error).toBeUndefined();
		expect(time.sleeps).toEqual([30_000, 30_000]);
		expect(items[0].json).toMatchObject({
			succeeded_at: at(70_000),
			sync_succeeded: true,
			polls: 3,
		});
		expect(api.isDone()).toBe(true);
	});

	it('a sync that finished before the first poll is still detected (baseline from before the request)', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls([{ syncState: 'scheduled', succeededAt: at(2_000) }]);

		const { items } = await runFivetran(waitingSync());

		expect(time.sleeps).toEqual([]);
		expect(items[0].json).toMatchObject({ sync_succeeded: true, polls: 1, waited_seconds: 0 });
		expect(api.isDone()).toBe(true);
	});

	it('timeout: says how long it waited and the last state seen; the last poll starts the final-poll grace before the deadline', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls([
			{ syncState: 'syncing' },
			{ syncState: 'syncing' },
			{ syncState: 'syncing' },
		]);

		const { error } = await runFivetran(waitingSync({ timeout: 1, pollInterval: 45 }));

		expect(time.sleeps).toEqual([45_000, 60_000 - FINAL_POLL_GRACE_MS - 45_000]);
		expect(error?.message).toBe(
			`Gave up waiting for the sync of connector "${CONNECTOR_ID}" after 1 min (Timeout)`,
		);
		expect(error?.description).toContain('Waited 50 s; no further check fits in the Timeout.');
		expect(error?.description).toContain(
			`Last seen: sync_state "syncing", setup_state "connected", succeeded_at ${BEFORE}`,
		);
		expect(api.isDone()).toBe(true);
	});

	it('a connector that never leaves "scheduled" ends in the timeout too, after the default hour', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls(Array.from({ length: 121 }, () => ({ syncState: 'scheduled' })));

		const { error } = await runFivetran(waitingSync({ timeout: 60 }));

		expect(time.sleeps).toHaveLength(120);
		expect(time.now() - T0).toBe(60 * MINUTE - FINAL_POLL_GRACE_MS);
		expect(error?.message).toContain('after 1 h (Timeout)');
		expect(api.isDone()).toBe(true);
	});

	it('paused while waiting: stops at once instead of waiting on a paused connector', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls([
			{ syncState: 'syncing' },
			{ paused: true, syncState: 'paused' },
		]);

		const { error } = await runFivetran(waitingSync());

		expect(time.sleeps).toEqual([30_000]);
		expect(error?.message).toBe(
			`Connector "${CONNECTOR_ID}" is paused; turn on 'Resume If Paused' or resume it`,
		);
		expect(error?.description).toContain('paused while the node waited');
		expect(api.isDone()).toBe(true);
	});

	it('rescheduled, "wait": sleeps until rescheduled_for, then polls as usual', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls([
			{ syncState: 'rescheduled', rescheduledFor: at(10 * MINUTE) },
			{ syncState: 'syncing' },
			{ succeededAt: at(11 * MINUTE) },
		]);

		const { items, error } = await runFivetran(waitingSync({ onRescheduled: 'wait' }));

		expect(error).toBeUndefined();
		expect(time.sleeps).toEqual([10 * MINUTE, 30_000]);
		expect(items[0].json).toMatchObject({
			sync_succeeded: true,
			sync_duration_seconds: 660,
			polls: 3,
		});
		expect(api.isDone()).toBe(true);
	});

	it('rescheduled, "wait", for after the timeout: fails at once saying so', async () => {
		const time = fakeTime(T0);
		const api = fivetranWithPolls([{ syncState: 'rescheduled', rescheduledFor: at(90 * MINUTE) }]);

		const { error } = await runFivetran(waitingSync({ timeout: 60 }));

		expect(time.sleeps).toEqual([]);
		expect(error?.message).toBe(
			`The sync of connector "${CONNECTOR_ID}" is rescheduled for ${at(90 * MINUTE)}, after the timeout ends`,
		);
		expect(api.isDone()).toBe(true);
	});

	it('rescheduled, "retrigger": asks again once per rescheduled episode and keeps polling', async () => {
		const time = fakeTime(T0);
		const later = { syncState: 'rescheduled', rescheduledFor: at(30 * MINUTE) };
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: true }))
			.reply(200, SYNC_TRIGGERED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector(later)))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: true }))
			.reply(200, SYNC_TRIGGERED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector(later)))
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ syncState: 'syncing' })))
			.get(CONNECTOR_PATH)
			.reply(200, success(connector(later)))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: true }))
			.reply(200, SYNC_TRIGGERED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ succeededAt: at(3 * MINUTE) })));

		const { items, error } = await runFivetran(
			waitingSync({ onRescheduled: 'retrigger', force: true }),
		);

		expect(error).toBeUndefined();
		expect(time.sleeps).toEqual([30_000, 30_000, 30_000, 30_000]);
		expect(items[0].json).toMatchObject({ sync_succeeded: true, polls: 5 });
		expect(api.isDone()).toBe(true);
	});

	it('rescheduled, "fail": error naming rescheduled_for', async () => {
		fakeTime(T0);
		const api = fivetranWithPolls([{ syncState: 'rescheduled', rescheduledFor: at(5 * MINUTE) }]);

		const { error } = await runFivetran(waitingSync({ onRescheduled: 'fail' }));

		expect(error?.message).toBe(
			`The sync of connector "${CONNECTOR_ID}" is rescheduled for ${at(5 * MINUTE)} (On Rescheduled: Fail)`,
		);
		expect(api.isDone()).toBe(true);
	});
});

describe('waitForSync called directly: its own defaults and bounds', () => {
	const node = { name: 'Fivetran' } as INode;
	const ctx = { getNode: () => node } as unknown as IExecuteFunctions;

	function answers(shapes: ConnectorShape[]) {
		const queue = [...shapes];
		return jest
			.spyOn(transport, 'fivetranApiRequest')
			.mockImplementation(
				async () => connector(queue.shift() ?? { syncState: 'syncing' }) as IDataObject,
			);
	}

	it('without timeout and interval: polls every 30 s and gives up after 1 h', async () => {
		const time = fakeTime(T0);
		const request = answers([]);

		await expect(
			waitForSync(ctx, { connectorId: 'a b', baselineMillis: Date.parse(BEFORE), itemIndex: 0 }),
		).rejects.toThrow('after 1 h (Timeout)');
		// 30 s apart; the last sleep is cut so that the last poll starts 10 s before the hour.
		expect(new Set(time.sleeps)).toEqual(new Set([30_000, 30_000 - FINAL_POLL_GRACE_MS]));
		expect(request).toHaveBeenCalledWith(
			expect.objectContaining({ method: 'GET', path: '/connections/a%20b' }),
		);
	});

	it('caps a timeout above 24 h', async () => {
		fakeTime(T0);
		answers([]);

		await expect(
			waitForSync(ctx, {
				connectorId: CONNECTOR_ID,
				baselineMillis: Date.parse(BEFORE),
				itemIndex: 0,
				timeoutMs: 48 * 60 * MINUTE,
			}),
		).rejects.toThrow('after 24 h (Timeout)');
	});

	it('refuses an interval below 5 s instead of raising it, before any request', async () => {
		const time = fakeTime(T0);
		const request = answers([]);

		await expect(
			waitForSync(ctx, {
				connectorId: CONNECTOR_ID,
				baselineMillis: Date.parse(BEFORE),
				itemIndex: 0,
				pollIntervalMs: 1_000,
			}),
		).rejects.toThrow('Poll interval 1000 ms is below the minimum of 5000 ms');
		expect(request).not.toHaveBeenCalled();
		expect(time.sleeps).toEqual([]);
	});

	it('returns the final connector, the outcome, how long it waited and the poll count', async () => {
		fakeTime(T0);
		answers([{ syncState: 'syncing' }, { failedAt: at(40_000) }]);

		const result = await waitForSync(ctx, {
			connectorId: CONNECTOR_ID,
			baselineMillis: Date.parse(BEFORE),
			itemIndex: 0,
		});

		expect(result).toEqual({
			connector: connector({ failedAt: at(40_000) }),
			outcome: 'failed',
			durationMs: 30_000,
			polls: 2,
		});
	});

	it('"retrigger" without a retrigger function is a programming error, found before any request', async () => {
		const request = answers([]);

		await expect(
			waitForSync(ctx, {
				connectorId: CONNECTOR_ID,
				baselineMillis: 0,
				itemIndex: 0,
				onRescheduled: 'retrigger',
			}),
		).rejects.toThrow('needs a retrigger function');
		expect(request).not.toHaveBeenCalled();
	});
});

describe('Stop ends the wait at once, with no further request', () => {
	/** The interceptors nock still holds: the requests the node did NOT send. */
	const unsent = (api: nock.Scope) => api.pendingMocks().map((mock) => mock.split(' ')[0]);

	/** Starts a waiting sync whose user presses Stop during the sleep `isStopMoment` picks. */
	function stopDuring(isStopMoment: (ms: number) => boolean, parameters = waitingSync()) {
		const time = fakeClock({ running: () => running, isStopMoment });
		const running = startFivetran(parameters);
		return { time, result: running.result };
	}

	/** The run ended by Stop (a sleep or request that ignored it would outlast the test). */
	async function expectStoppedWhileWaiting(result: RunningNode['result']) {
		const { error, stoppedAt } = await result;
		expect(stoppedAt).toBeDefined();
		expect(error?.message).toBe(STOPPED_WHILE_WAITING);
		expect(error?.description).toContain('the sync itself goes on in Fivetran');
	}

	it('during the poll interval: ends at Stop, and the next poll is never sent', async () => {
		const api = fivetranWithPolls([{ syncState: 'syncing' }, { syncState: 'syncing' }]);
		const { time, result } = stopDuring(() => true);

		await expectStoppedWhileWaiting(result);
		expect(time.sleeps).toEqual([30_000]);
		expect(unsent(api)).toEqual(['GET']);
	});

	it('during the sleep until rescheduled_for (which may be hours): ends at Stop', async () => {
		const api = fivetranWithPolls([
			{ syncState: 'rescheduled', rescheduledFor: at(50 * MINUTE) },
			{ syncState: 'syncing' },
		]);
		const { time, result } = stopDuring((ms) => ms === 50 * MINUTE);

		await expectStoppedWhileWaiting(result);
		expect(time.sleeps).toEqual([50 * MINUTE]);
		expect(unsent(api)).toEqual(['GET']);
	});

	it('Stop while a poll is in flight: the cancel error, and no retrigger POST follows', async () => {
		fakeClock();
		const api = syncRequested()
			.get(CONNECTOR_PATH)
			.reply(() => {
				running.stop();
				return [200, success(connector({ syncState: 'rescheduled', rescheduledFor: at(MINUTE) }))];
			})
			.post(`${CONNECTOR_PATH}/sync`)
			.reply(200, SYNC_TRIGGERED);
		const running = startFivetran(waitingSync({ onRescheduled: 'retrigger' }));

		await expectStoppedWhileWaiting(running.result);
		expect(unsent(api)).toEqual(['POST']);
	});

	it('during a Retry-After sleep inside the transport: ends at Stop, the retry is never sent', async () => {
		const api = syncRequested()
			.get(CONNECTOR_PATH)
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '60' })
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()));
		const { time, result } = stopDuring((ms) => ms === 60_000);

		await expectStoppedWhileWaiting(result);
		expect(time.sleeps).toEqual([60_000]);
		expect(unsent(api)).toEqual(['GET']);
	});

	it('while a poll hangs: the request is aborted and the wait ends at Stop', async () => {
		fakeClock();
		const api = syncRequested()
			.get(CONNECTOR_PATH)
			// Stop is pressed while this poll is in flight; it is never answered, so only aborting it
			// ends the run in time.
			.reply(() => {
				running.stop();
				return new Promise<never>(() => {});
			})
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()));
		const running = startFivetran(waitingSync());

		await expectStoppedWhileWaiting(running.result);
		expect(unsent(api)).toEqual(['GET']);
	});
});

describe('waitForSync called directly: the cancel signal is checked before each request', () => {
	const node = { name: 'Fivetran' } as INode;

	function stoppable() {
		const stop = new AbortController();
		const ctx = {
			getNode: () => node,
			getExecutionCancelSignal: () => stop.signal,
		} as unknown as IExecuteFunctions;
		return { ctx, stop: () => stop.abort() };
	}

	it('already stopped: no poll is sent', async () => {
		fakeTime(T0);
		const { ctx, stop } = stoppable();
		const request = jest.spyOn(transport, 'fivetranApiRequest');
		stop();

		await expect(
			waitForSync(ctx, { connectorId: CONNECTOR_ID, baselineMillis: 0, itemIndex: 0 }),
		).rejects.toThrow(STOPPED_WHILE_WAITING);
		expect(request).not.toHaveBeenCalled();
	});

	it('stopped while a poll was answered "rescheduled": no retrigger', async () => {
		fakeTime(T0);
		const { ctx, stop } = stoppable();
		jest.spyOn(transport, 'fivetranApiRequest').mockImplementation(async () => {
			stop();
			return connector({ syncState: 'rescheduled', rescheduledFor: at(MINUTE) });
		});
		const retrigger = jest.fn(async () => {});

		await expect(
			waitForSync(ctx, {
				connectorId: CONNECTOR_ID,
				baselineMillis: Date.parse(BEFORE),
				itemIndex: 0,
				onRescheduled: 'retrigger',
				retrigger,
			}),
		).rejects.toThrow(STOPPED_WHILE_WAITING);
		expect(retrigger).not.toHaveBeenCalled();
	});
});

describe('the Timeout caps the whole wait, its requests included', () => {
	const HANG_MS = 5 * 60_000;

	/**
	 * Polls after the first are answered by a stand-in for a transport that honours
	 * `request.deadline`: `spend` is how long the request would take without one; with one it ends
	 * there, failing. Other requests go to nock as usual.
	 */
	function slowPollsAfterTheFirst(
		time: ReturnType<typeof fakeClock>,
		spend: (ms: number) => number,
	) {
		const realRequest = transport.fivetranApiRequest;
		let gets = 0;
		return jest.spyOn(transport, 'fivetranApiRequest').mockImplementation(async function (
			this: FivetranContext,
			request: FivetranRequest,
		) {
			// GET 1 reads the baseline, GET 2 is the first poll (answered by nock).
			if (request.method !== 'GET' || ++gets <= 2) return await realRequest.call(this, request);
			const endsAt = Math.min(time.now() + spend(HANG_MS), request.deadline ?? Infinity);
			time.advance(endsAt - time.now());
			throw new Error('Fivetran did not answer in time');
		});
	}

	it.each([
		['hangs (5 tries of 60 s without a deadline)', (ms: number) => ms],
		['is retried on 503 with backoff (without a deadline: 5 tries, 4 waits)', () => 90_000],
	])(
		'Timeout 1 min, the second poll %s: ends by the Timeout with the timeout error and the last state seen',
		async (_name, spend) => {
			const time = fakeClock();
			fivetranWithPolls([{ syncState: 'syncing' }]);
			const polls = slowPollsAfterTheFirst(time, spend);

			const { error } = await runFivetran(waitingSync({ timeout: 1, pollInterval: 45 }));

			expect(time.now() - T0).toBeLessThanOrEqual(MINUTE);
			expect(error?.message).toBe(
				`Gave up waiting for the sync of connector "${CONNECTOR_ID}" after 1 min (Timeout)`,
			);
			expect(error?.description).toContain('Last seen: sync_state "syncing"');
			expect(polls).toHaveBeenLastCalledWith(
				expect.objectContaining({ method: 'GET', deadline: T0 + MINUTE }),
			);
		},
	);

	it('Timeout 1 min, polls answered 429 Retry-After 20 s (real transport): no retry wait crosses the deadline; ends before the Timeout', async () => {
		const time = fakeClock();
		const rateLimited = () => [429, { code: 'TooManyRequests' }, { 'Retry-After': '20' }] as const;
		const api = fivetranWithPolls([{ syncState: 'syncing' }])
			.get(CONNECTOR_PATH)
			.times(5)
			.reply(...rateLimited());

		const { error } = await runFivetran(waitingSync({ timeout: 1, pollInterval: 45 }));

		// Poll 2 at 45 s; its retry would wake at 65 s, past the Timeout: no retry sleep at all.
		expect(time.sleeps).toEqual([45_000]);
		expect(time.now() - T0).toBe(45_000);
		expect(error?.message).toBe(
			`Gave up waiting for the sync of connector "${CONNECTOR_ID}" after 1 min (Timeout)`,
		);
		expect(error?.description).toContain('Last seen: sync_state "syncing"');
		expect(api.pendingMocks()).toHaveLength(1);
	});

	it('every request of the wait carries its deadline: the polls and the retrigger POST (the first POST is before the wait)', async () => {
		fakeClock();
		const rescheduled = { syncState: 'rescheduled', rescheduledFor: at(MINUTE) };
		syncRequested()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector(rescheduled)))
			.post(`${CONNECTOR_PATH}/sync`)
			.reply(200, SYNC_TRIGGERED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ succeededAt: at(MINUTE) })));
		const gets = jest.spyOn(transport, 'fivetranApiRequest');
		const posts = jest.spyOn(transport, 'sendFivetranRequest');

		const { error } = await runFivetran(waitingSync({ onRescheduled: 'retrigger', timeout: 5 }));

		expect(error).toBeUndefined();
		const deadline = T0 + 5 * MINUTE;
		expect(gets.mock.calls.map(([request]) => request.deadline)).toEqual([
			undefined,
			deadline,
			deadline,
		]);
		expect(posts.mock.calls.map(([request]) => request.deadline)).toEqual([undefined, deadline]);
	});
});
