import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type nock from 'nock';
import { sleep } from 'n8n-workflow';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { clock, WaitCancelledError } from '../../../../nodes/shared/clock';
import type { RunningNode } from '../../../harness';
import { startNode } from '../../../harness';
import { credentialsFor, fivetran, rl, success } from '../../fixtures';

// Shared by the Sync, Historical Resync and waitForSync tests: one connector, seen at different moments.

export const CONNECTOR_ID = 'sandy_lamb';
export const CONNECTOR_PATH = `/v1/connections/${CONNECTOR_ID}`;
/** fakeTime() starts here; syncs requested "now" end after it. */
export const T0 = Date.parse('2026-01-01T00:00:00Z');
/** The last sync before the test's sync was requested. */
export const BEFORE = '2025-12-31T12:00:00.000Z';

export const at = (offsetMs: number): string => new Date(T0 + offsetMs).toISOString();

export interface ConnectorShape {
	syncState?: string;
	succeededAt?: string | null;
	failedAt?: string | null;
	paused?: boolean;
	rescheduledFor?: string;
	tasks?: IDataObject[];
}

export function connector(shape: ConnectorShape = {}): IDataObject {
	return {
		id: CONNECTOR_ID,
		group_id: 'decent_dropsy',
		service: 'postgres',
		schema: 'pg_main',
		paused: shape.paused ?? false,
		succeeded_at: shape.succeededAt === undefined ? BEFORE : shape.succeededAt,
		failed_at: shape.failedAt ?? null,
		status: {
			setup_state: 'connected',
			sync_state: shape.syncState ?? 'scheduled',
			update_state: 'on_schedule',
			is_historical_sync: false,
			...(shape.rescheduledFor ? { rescheduled_for: shape.rescheduledFor } : {}),
			tasks: shape.tasks ?? [],
			warnings: [],
		},
	};
}

export function syncParameters(extra: INodeParameters = {}): INodeParameters {
	return { resource: 'connector', operation: 'sync', connectorId: rl(CONNECTOR_ID), ...extra };
}

export function waitingSync(extra: INodeParameters = {}): INodeParameters {
	return syncParameters({ waitForCompletion: true, pollInterval: 30, timeout: 60, ...extra });
}

/** Exact-body matcher for nock: a request with any other body gets no reply and fails the test. */
export const exactly = (expected: unknown) => (body: unknown) =>
	JSON.stringify(body) === JSON.stringify(expected);

export const SYNC_TRIGGERED = {
	code: 'Success',
	message: `Sync has been successfully triggered for connection with id '${CONNECTOR_ID}'`,
};

/** Starts the Fivetran node like runFivetran, but hands back the run so the test can press Stop. */
export function startFivetran(parameters: INodeParameters): RunningNode {
	return startNode({
		nodeType: new Fivetran(),
		parameters,
		credentials: credentialsFor(),
		credentialTypes: [new FivetranApi()],
	});
}

const realSleep = clock.sleep;
/** How long into the chosen sleep the test presses Stop (real time). */
export const STOP_DELAY_MS = 20;
/** Far longer than jest's testTimeout: a sleep that ignores Stop fails the test by timing out. */
const OUTLASTS_THE_TEST_MS = 60 * 60_000;

export interface StopMoment {
	running: () => RunningNode;
	/** Picks the sleep during which the user presses Stop (the first one it accepts). */
	isStopMoment: (ms: number) => boolean;
}

/**
 * Fake time like fixtures' fakeTime, whose sleeps honour the cancel signal as clock.sleep does, and
 * that a fake transport can move on (`advance`). With `stop`, the sleep it picks is slept for real
 * (with the signal it was given) for an hour, and the user presses Stop STOP_DELAY_MS into it: a
 * sleep that ignores the signal then outlasts the test, which times out. No wall-clock assertion.
 */
export function fakeClock(stop?: StopMoment): {
	sleeps: number[];
	now: () => number;
	advance: (ms: number) => void;
} {
	let now = T0;
	let stopped = false;
	const sleeps: number[] = [];
	jest.spyOn(clock, 'now').mockImplementation(() => now);
	jest.spyOn(clock, 'sleep').mockImplementation(async (ms: number, signal?: AbortSignal) => {
		sleeps.push(ms);
		if (signal?.aborted) throw new WaitCancelledError();
		if (stop && !stopped && stop.isStopMoment(ms)) {
			stopped = true;
			void sleep(STOP_DELAY_MS).then(() => stop.running().stop());
			await realSleep(OUTLASTS_THE_TEST_MS, signal);
		}
		now += ms;
	});
	return {
		sleeps,
		now: () => now,
		advance: (ms) => {
			now += ms;
		},
	};
}

/** The error a Sync-and-wait ends with when the user presses Stop during the wait. */
export const STOPPED_WHILE_WAITING = `The execution was canceled while waiting for the sync of connector "${CONNECTOR_ID}"`;

/** Fivetran's answers to a Sync's first two requests: the baseline GET and the POST /sync. */
export function syncRequested(): nock.Scope {
	return fivetran()
		.get(CONNECTOR_PATH)
		.reply(200, success(connector()))
		.post(`${CONNECTOR_PATH}/sync`)
		.reply(200, SYNC_TRIGGERED);
}
