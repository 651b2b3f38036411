import type { IDataObject } from 'n8n-workflow';

export const V2 = 'application/json;version=2';
export const PLAIN = 'application/json';

/** A connection as GET /v1/connections/{id} returns it (trimmed to what the tests read). */
export function connection(overrides: IDataObject = {}, status: IDataObject = {}): IDataObject {
	return {
		id: 'sandy_lamb',
		group_id: 'decent_dropsy',
		service: 'postgres',
		schema: 'pg_main',
		paused: false,
		succeeded_at: '2026-01-01T10:00:00Z',
		failed_at: null,
		sync_frequency: 360,
		...overrides,
		status: {
			setup_state: 'connected',
			sync_state: 'scheduled',
			update_state: 'on_schedule',
			is_historical_sync: false,
			tasks: [],
			warnings: [],
			...status,
		},
	};
}

export const notFound = { code: 'NotFound_Connection', message: "Connection with id 'nope' doesn't exist" };
