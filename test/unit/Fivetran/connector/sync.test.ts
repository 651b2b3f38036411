import nock from 'nock';

import * as transport from '../../../../nodes/shared/transport/request';
import type { FivetranContext, FivetranRequest } from '../../../../nodes/shared/transport/types';
import { errorText, fakeTime, fivetran, runFivetran, success } from '../../fixtures';
import {
	at,
	BEFORE,
	CONNECTOR_ID,
	CONNECTOR_PATH,
	connector,
	exactly,
	startFivetran,
	SYNC_TRIGGERED,
	syncRequested,
	syncParameters,
	T0,
	waitingSync,
} from './syncHelpers';

describe('Connector > Sync', () => {
	it('without waiting: reads the connector, POSTs /sync {force:false} and outputs what Fivetran said', async () => {
		fakeTime(T0);
		const api = fivetran()
			.matchHeader('accept', 'application/json;version=2')
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(200, SYNC_TRIGGERED);

		const { items, error } = await runFivetran(syncParameters());

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{
				success: true,
				message: SYNC_TRIGGERED.message,
				connector_id: CONNECTOR_ID,
				sync_requested_at: '2026-01-01T00:00:00.000Z',
				resumed_from_pause: false,
				previous_sync_end_at: BEFORE,
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('without waiting, on a connector that never finished a sync: previous_sync_end_at is null', async () => {
		fakeTime(T0);
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ succeededAt: null, failedAt: null })))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(200, SYNC_TRIGGERED);

		const { items, error } = await runFivetran(syncParameters());

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ connector_id: CONNECTOR_ID, previous_sync_end_at: null });
		expect(api.isDone()).toBe(true);
	});

	it('force on: the body is exactly {"force":true}', async () => {
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ syncState: 'syncing' })))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: true }))
			.reply(200, SYNC_TRIGGERED);

		const { items, error } = await runFivetran(syncParameters({ force: true }));

		expect(error).toBeUndefined();
		expect(items[0].json.success).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('waits and outputs the final connector with the outcome, durations and poll count', async () => {
		const time = fakeTime(T0);
		const finished = connector({ succeededAt: at(50_000) });
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(200, SYNC_TRIGGERED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ syncState: 'syncing' })))
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ syncState: 'syncing' })))
			.get(CONNECTOR_PATH)
			.reply(200, success(finished));

		const { items, error } = await runFivetran(waitingSync());

		expect(error).toBeUndefined();
		expect(time.sleeps).toEqual([30_000, 30_000]);
		expect(items).toHaveLength(1);
		expect(items[0].json).toEqual({
			...finished,
			sync_succeeded: true,
			sync_duration_seconds: 50,
			waited_seconds: 60,
			polls: 3,
			connector_id: CONNECTOR_ID,
			sync_requested_at: '2026-01-01T00:00:00.000Z',
			resumed_from_pause: false,
			previous_sync_end_at: BEFORE,
		});
		// The summary comes first, in this order, then the connector's own fields.
		expect(Object.keys(items[0].json)).toEqual([
			'sync_succeeded',
			'sync_duration_seconds',
			'waited_seconds',
			'polls',
			'connector_id',
			'sync_requested_at',
			'resumed_from_pause',
			'previous_sync_end_at',
			...Object.keys(finished),
		]);
		expect(api.isDone()).toBe(true);
	});

	it("failed sync: stops with an error naming the connector, its schema and Fivetran's task messages", async () => {
		fakeTime(T0);
		const failed = connector({
			failedAt: at(20_000),
			tasks: [
				{ code: 'reconnect', message: 'Password authentication failed for user "etl"' },
				{ code: 'resync', message: 'Table orders needs a resync.' },
			],
		});
		const api = syncRequested().get(CONNECTOR_PATH).reply(200, success(failed));

		const { items, error } = await runFivetran(waitingSync());

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`The sync of connector "${CONNECTOR_ID}" (schema "pg_main") failed at ${at(20_000)}`,
		);
		expect(error?.description).toContain(
			'Fivetran says: reconnect: Password authentication failed for user "etl"; resync: Table orders needs a resync. Details:',
		);
		expect(error?.description).toContain('"On Failure" to "Output Item"');
		expect(errorText(error)).not.toContain('s3cr3t-never-shown');
		expect(api.isDone()).toBe(true);
	});

	it('failed sync with On Failure "Output Item": outputs the connector with sync_succeeded false', async () => {
		fakeTime(T0);
		const failed = connector({ failedAt: at(20_000) });
		const api = syncRequested().get(CONNECTOR_PATH).reply(200, success(failed));

		const { items, error } = await runFivetran(waitingSync({ onFailure: 'output' }));

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			id: CONNECTOR_ID,
			failed_at: at(20_000),
			sync_succeeded: false,
			polls: 1,
		});
		expect(api.isDone()).toBe(true);
	});

	it('paused connector: error, and no sync is requested', async () => {
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ paused: true, syncState: 'paused' })));

		const { error } = await runFivetran(waitingSync());

		expect(error?.message).toBe(
			`Connector "${CONNECTOR_ID}" is paused; turn on 'Resume If Paused' or resume it`,
		);
		expect(error?.description).toContain('no sync was requested');
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('paused connector with Resume If Paused: PATCH {paused:false}, then the sync', async () => {
		fakeTime(T0);
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ paused: true, syncState: 'paused' })))
			.patch(CONNECTOR_PATH, exactly({ paused: false }))
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(200, SYNC_TRIGGERED);

		const { items, error } = await runFivetran(syncParameters({ resumeIfPaused: true }));

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ success: true, resumed_from_pause: true });
		expect(api.isDone()).toBe(true);
	});

	it.each([3, 0, -5])(
		'Poll Interval %s s is rejected before any request, naming the parameter',
		async (pollInterval) => {
			const { error } = await runFivetran(waitingSync({ pollInterval }));

			expect(error?.message).toBe(
				`The parameter "Poll Interval" must be at least 5 seconds (got ${pollInterval})`,
			);
			expect(error?.context?.itemIndex).toBe(0);
		},
	);

	it.each([0, 1441])(
		'Timeout %s min is rejected before any request, naming the parameter',
		async (timeout) => {
			const { error } = await runFivetran(waitingSync({ timeout }));

			expect(error?.message).toBe(
				`The parameter "Timeout" must be from 1 to 1440 minutes (got ${timeout})`,
			);
		},
	);

	it('ignores the wait parameters when not waiting (a stale 3 s interval does not block a plain sync)', async () => {
		const api = syncRequested();

		const { error } = await runFivetran(
			syncParameters({ waitForCompletion: false, pollInterval: 3 }),
		);

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a Read Only credential may not sync: nothing is sent', async () => {
		const { error } = await runFivetran(syncParameters(), { safetyLevel: 'readOnly' });

		expect(error?.message).toBe(
			'The Fivetran credential\'s safety level does not allow this operation (it needs "Read and Write")',
		);
	});

	it('runs per item with its own connector ID and pairs the output', async () => {
		const api = fivetran()
			.get('/v1/connections/a')
			.reply(200, success({ ...connector(), id: 'a' }))
			.post('/v1/connections/a/sync')
			.reply(200, SYNC_TRIGGERED)
			.get('/v1/connections/b')
			.reply(200, success({ ...connector(), id: 'b' }))
			.post('/v1/connections/b/sync')
			.reply(200, SYNC_TRIGGERED);

		const { items } = await runFivetran(
			syncParameters({ connectorId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }),
			{ input: [{ id: 'a' }, { id: 'b' }] },
		);

		expect(items.map((item) => [item.json.connector_id, item.pairedItem])).toEqual([
			['a', { item: 0 }],
			['b', { item: 1 }],
		]);
		expect(api.isDone()).toBe(true);
	});

	it('keeps the baseline from before the request: an older succeeded_at is not the new sync', async () => {
		fakeTime(T0);
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ succeededAt: BEFORE })))
			.post(`${CONNECTOR_PATH}/sync`)
			.reply(200, SYNC_TRIGGERED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ succeededAt: BEFORE })))
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ succeededAt: at(31_000) })));

		const { items } = await runFivetran(waitingSync());

		expect(items[0].json).toMatchObject({ sync_succeeded: true, polls: 2 });
		expect(api.isDone()).toBe(true);
	});

	it('stopped after the connector was read: no sync is requested, and the error says so', async () => {
		fakeTime(T0);
		const api = syncRequested();
		const readConnector = transport.fivetranApiRequest;
		jest.spyOn(transport, 'fivetranApiRequest').mockImplementation(async function (
			this: FivetranContext,
			request: FivetranRequest,
		) {
			const answer = await readConnector.call(this, request);
			running.stop();
			return answer;
		});
		const running = startFivetran(syncParameters());

		const { error } = await running.result;

		expect(error?.message).toBe(
			`The execution was canceled before requesting a sync of connector "${CONNECTOR_ID}"`,
		);
		expect(error?.description).toBe('The execution was stopped; no sync was requested.');
		expect(api.pendingMocks()).toEqual([expect.stringMatching(/^POST /)]);
	});
});
