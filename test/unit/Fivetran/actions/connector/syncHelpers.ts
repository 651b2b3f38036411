import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { rl } from '../../../fixtures';

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
