import type { IDataObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { runFivetran } from '../../fixtures';

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

export const notFound = {
	code: 'NotFound_Connection',
	message: "Connection with id 'nope' doesn't exist",
};

/** Runs the node with input it must refuse: the error names the problem, no item, no request. */
export async function expectRefusedWithoutRequest(
	parameters: INodeParameters,
	message: string,
): Promise<void> {
	const { error, items } = await runFivetran(parameters);
	expect(error?.message).toContain(message);
	expect(items).toEqual([]);
	// No interceptor is set up and the network is closed, so a request would have failed differently.
	expect(nock.pendingMocks()).toEqual([]);
}
