import type { IDataObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { errorText, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import type { ConnectorShape } from './syncHelpers';
import { at, BEFORE, CONNECTOR_ID, CONNECTOR_PATH, connector, T0 } from './syncHelpers';

// Check Sync looks once: the tests put the clock where the check happens (T0 = Sync Requested At).

const MINUTE = 60_000;

function check(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'connector',
		operation: 'checkSync',
		connectorId: rl(CONNECTOR_ID),
		syncRequestedAt: at(0),
		previousSyncEndAt: BEFORE,
		timeout: 60,
		onFailure: 'output',
		onRescheduledCheck: 'wait',
		...extra,
	};
}

/** Fivetran answers the one GET (no query) with the connector in this shape. */
function connectorIs(shape: ConnectorShape): { api: nock.Scope; seen: IDataObject } {
	const seen = connector(shape);
	const api = fivetran()
		.matchHeader('accept', 'application/json;version=2')
		.get(CONNECTOR_PATH)
		.query((query) => Object.keys(query).length === 0)
		.reply(200, success(seen));
	return { api, seen };
}

async function checkAt(offsetMs: number, shape: ConnectorShape, extra: INodeParameters = {}) {
	fakeTime(T0 + offsetMs);
	const { api, seen } = connectorIs(shape);
	const run = await runFivetran(check(extra));
	expect(api.isDone()).toBe(true);
	return { ...run, seen };
}

const carried = {
	connector_id: CONNECTOR_ID,
	sync_requested_at: at(0),
	previous_sync_end_at: BEFORE,
};

describe('Connector > Check Sync', () => {
	it('still syncing: one GET, the summary and then the connector, sync_finished false', async () => {
		const { items, error, seen } = await checkAt(90_000, { syncState: 'syncing' });

		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([
			{
				...seen,
				sync_finished: false,
				sync_outcome: 'running',
				sync_succeeded: false,
				sync_duration_seconds: null,
				waited_seconds: 90,
				rescheduled_for: null,
				checks: 1,
				...carried,
			},
		]);
		// The summary comes first, then the connector's own fields.
		expect(Object.keys(items[0].json)).toEqual([
			'sync_finished',
			'sync_outcome',
			'sync_succeeded',
			'sync_duration_seconds',
			'waited_seconds',
			'rescheduled_for',
			'checks',
			'connector_id',
			'sync_requested_at',
			'previous_sync_end_at',
			...Object.keys(seen),
		]);
	});

	it('not started yet (scheduled, nothing ended since the baseline): running', async () => {
		const { items } = await checkAt(10_000, {});

		expect(items[0].json).toMatchObject({ sync_finished: false, sync_outcome: 'running' });
	});

	it('succeeded: finished, with the duration from the request to succeeded_at', async () => {
		const { items, error } = await checkAt(5 * MINUTE, { succeededAt: at(50_000) });

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			succeeded_at: at(50_000),
			sync_finished: true,
			sync_outcome: 'succeeded',
			sync_succeeded: true,
			sync_duration_seconds: 50,
			waited_seconds: 300,
			checks: 1,
			...carried,
		});
	});

	it('an end Fivetran records while the connector still syncs does not count yet', async () => {
		const { items } = await checkAt(MINUTE, { syncState: 'syncing', succeededAt: at(30_000) });

		expect(items[0].json).toMatchObject({ sync_finished: false, sync_outcome: 'running' });
	});

	it('succeeded even after the timeout: a finished sync is the answer, not a time-out', async () => {
		const { items } = await checkAt(61 * MINUTE, { succeededAt: at(59 * MINUTE) });

		expect(items[0].json).toMatchObject({ sync_outcome: 'succeeded', sync_succeeded: true });
	});

	it('no previous sync end (empty): any sync end counts', async () => {
		const { items } = await checkAt(MINUTE, { succeededAt: at(20_000) }, { previousSyncEndAt: '' });

		expect(items[0].json).toMatchObject({
			sync_outcome: 'succeeded',
			previous_sync_end_at: null,
		});
	});

	it('failed with On Failure "Output Item": an item with sync_succeeded false', async () => {
		const { items, error } = await checkAt(MINUTE, { failedAt: at(20_000) });

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			failed_at: at(20_000),
			sync_finished: true,
			sync_outcome: 'failed',
			sync_succeeded: false,
			sync_duration_seconds: 20,
		});
	});

	it('failed with On Failure "Stop With Error": Wait for Completion\'s error with Fivetran\'s task messages', async () => {
		const { items, error } = await checkAt(
			MINUTE,
			{ failedAt: at(20_000), tasks: [{ code: 'reconnect', message: 'Password expired' }] },
			{ onFailure: 'error' },
		);

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`The sync of connector "${CONNECTOR_ID}" (schema "pg_main") failed at ${at(20_000)}`,
		);
		expect(error?.description).toContain('Fivetran says: reconnect: Password expired.');
		expect(errorText(error)).not.toContain('s3cr3t-never-shown');
	});

	it('a failed sync quotes the task that failed, not a warning listed among the tasks (issue 20 row 5)', async () => {
		const warning = { code: 'resync_table_warning', message: 'Resync Table Warning' };
		const reconnect = { code: 'reconnect', message: 'Password expired' };
		const { error } = await checkAt(
			MINUTE,
			{ failedAt: at(20_000), tasks: [warning, reconnect] },
			{ onFailure: 'error' },
		);

		expect(error?.description).toContain('Fivetran says: reconnect: Password expired.');
		expect(error?.description).not.toContain('resync_table_warning');
	});

	it('scheduled with an old rescheduled_for left behind: no rescheduled_for (issue 20 row 5)', async () => {
		const { items } = await checkAt(10_000, {
			syncState: 'scheduled',
			rescheduledFor: at(-MINUTE),
		});

		expect(items[0].json).toMatchObject({ sync_outcome: 'running', rescheduled_for: null });
	});

	it('paused with "Output Item": finished, outcome paused', async () => {
		const { items } = await checkAt(MINUTE, { paused: true, syncState: 'paused' });

		expect(items[0].json).toMatchObject({
			sync_finished: true,
			sync_outcome: 'paused',
			sync_succeeded: false,
			sync_duration_seconds: null,
		});
	});

	it('paused with "Stop With Error": the paused error of a wait', async () => {
		const { error } = await checkAt(
			MINUTE,
			{ paused: true, syncState: 'paused' },
			{ onFailure: 'error' },
		);

		expect(error?.message).toBe(
			`Connector "${CONNECTOR_ID}" is paused; turn on 'Resume If Paused' or resume it`,
		);
		expect(error?.description).toContain('paused while the node waited');
	});

	it('rescheduled within the timeout, On Rescheduled "Wait": running, with rescheduled_for', async () => {
		const { items } = await checkAt(MINUTE, {
			syncState: 'rescheduled',
			rescheduledFor: at(30 * MINUTE),
		});

		expect(items[0].json).toMatchObject({
			sync_finished: false,
			sync_outcome: 'running',
			rescheduled_for: at(30 * MINUTE),
		});
	});

	it('rescheduled, On Rescheduled "Stop Waiting": ended as rescheduled (item, then error)', async () => {
		const shape = { syncState: 'rescheduled', rescheduledFor: at(30 * MINUTE) };
		const asItem = await checkAt(MINUTE, shape, { onRescheduledCheck: 'fail' });
		expect(asItem.items[0].json).toMatchObject({
			sync_finished: true,
			sync_outcome: 'rescheduled',
			sync_succeeded: false,
			rescheduled_for: at(30 * MINUTE),
		});

		const asError = await checkAt(MINUTE, shape, {
			onRescheduledCheck: 'fail',
			onFailure: 'error',
		});
		expect(asError.error?.message).toBe(
			`The sync of connector "${CONNECTOR_ID}" is rescheduled for ${at(30 * MINUTE)} (On Rescheduled: Fail)`,
		);
	});

	it('rescheduled beyond the timeout: ended as rescheduled now, not a time-out later', async () => {
		const shape = { syncState: 'rescheduled', rescheduledFor: at(2 * 60 * MINUTE) };
		const asItem = await checkAt(MINUTE, shape);
		expect(asItem.items[0].json).toMatchObject({
			sync_finished: true,
			sync_outcome: 'rescheduled',
		});

		const asError = await checkAt(MINUTE, shape, { onFailure: 'error' });
		expect(asError.error?.message).toBe(
			`The sync of connector "${CONNECTOR_ID}" is rescheduled for ${at(2 * 60 * MINUTE)}, after the timeout ends`,
		);
	});

	it('unfinished after the timeout (counted from Sync Requested At): timed_out item', async () => {
		const { items } = await checkAt(60 * MINUTE, { syncState: 'syncing' });

		expect(items[0].json).toMatchObject({
			sync_finished: true,
			sync_outcome: 'timed_out',
			sync_succeeded: false,
			sync_duration_seconds: null,
			waited_seconds: 3600,
		});
	});

	it('unfinished after the timeout with "Stop With Error": the time-out error of a wait', async () => {
		const { error } = await checkAt(
			75 * MINUTE,
			{ syncState: 'syncing' },
			{ timeout: 30, onFailure: 'error' },
		);

		expect(error?.message).toBe(
			`Gave up waiting for the sync of connector "${CONNECTOR_ID}" after 30 min (Timeout)`,
		);
		expect(error?.description).toContain('Waited 1 h 15 min');
		expect(error?.description).toContain('sync_state "syncing"');
	});

	it.each([
		[undefined, 1],
		[0, 1],
		[4, 5],
		[-2, 1],
		[1.5, 1],
		['7', 1],
	])('checks counts on from the input item (checks %p -> %p)', async (before, expected) => {
		fakeTime(T0 + MINUTE);
		const { api } = connectorIs({ syncState: 'syncing' });

		const { items } = await runFivetran(check(), {
			input: [before === undefined ? {} : { checks: before }],
		});

		expect(items[0].json.checks).toBe(expected);
		expect(api.isDone()).toBe(true);
	});

	it("the defaults read Sync's output from the input item, also when there was no previous sync", async () => {
		fakeTime(T0 + MINUTE);
		const { api } = connectorIs({ succeededAt: at(40_000) });
		const { syncRequestedAt, previousSyncEndAt, ...rest } = check();
		void syncRequestedAt;
		void previousSyncEndAt;
		const syncOutput = { success: true, ...carried, previous_sync_end_at: null };

		const { items, error } = await runFivetran(
			{
				...rest,
				syncRequestedAt: '={{ $json.sync_requested_at }}',
				previousSyncEndAt: '={{ $json.previous_sync_end_at }}',
			},
			{ input: [syncOutput] },
		);

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			sync_outcome: 'succeeded',
			sync_requested_at: at(0),
			previous_sync_end_at: null,
		});
		expect(api.isDone()).toBe(true);
	});

	it.each([
		// A required parameter left empty in the editor stops n8n itself; an expression can still give ''.
		['syncRequestedAt', '={{ "" }}', 'The parameter "Sync Requested At" is empty'],
		['syncRequestedAt', '={{ $json.missing }}', 'The parameter "Sync Requested At" is empty'],
		['syncRequestedAt', '   ', 'The parameter "Sync Requested At" is empty'],
		[
			'syncRequestedAt',
			'yesterday',
			'The parameter "Sync Requested At" is not a date and time with a time zone (got "yesterday")',
		],
		[
			'syncRequestedAt',
			'2026-01-01T00:00:00',
			'The parameter "Sync Requested At" is not a date and time with a time zone (got "2026-01-01T00:00:00")',
		],
		[
			'previousSyncEndAt',
			'2026-13-45T00:00:00Z',
			'The parameter "Previous Sync End At" is not a date and time with a time zone (got "2026-13-45T00:00:00Z")',
		],
		['timeout', 0, 'The parameter "Timeout" must be from 1 to 1440 minutes (got 0)'],
		['onRescheduledCheck', 'retrigger', 'The parameter "On Rescheduled" must be one of wait, fail'],
	])('bad %s (%p): error naming the parameter, nothing sent', async (name, value, message) => {
		const { error, items } = await runFivetran(check({ [name]: value }));

		expect(error?.message).toContain(message);
		expect(items).toEqual([]);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('empty connector (from an expression): error naming the parameter, nothing sent', async () => {
		const { error } = await runFivetran(check({ connectorId: rl('={{ $json.connector_id }}') }));

		expect(error?.message).toBe('The parameter "Connector" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('continue on fail: one error item per bad item, the others are checked', async () => {
		fakeTime(T0 + MINUTE);
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.times(2)
			.reply(200, success(connector({ succeededAt: at(30_000) })));

		const { items, error } = await runFivetran(
			check({ syncRequestedAt: '={{ $json.sync_requested_at }}' }),
			{
				continueOnFail: true,
				input: [
					{ sync_requested_at: at(0) },
					{ sync_requested_at: 'not a date' },
					{ sync_requested_at: at(0), checks: 2 },
				],
			},
		);

		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(items[0].json).toMatchObject({ sync_outcome: 'succeeded', checks: 1 });
		expect(items[1].json.error).toBe(
			'The parameter "Sync Requested At" is not a date and time with a time zone (got "not a date")',
		);
		expect(items[1].pairedItem).toEqual({ item: 1 });
		expect(items[2].json).toMatchObject({ sync_outcome: 'succeeded', checks: 3 });
		expect(api.isDone()).toBe(true);
	});

	it('readOnly credentials may check (access "read")', async () => {
		fakeTime(T0 + MINUTE);
		const { api } = connectorIs({ syncState: 'syncing' });

		const { error } = await runFivetran(check(), { safetyLevel: 'readOnly' });

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
});
