import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { at, BEFORE, CONNECTOR_ID, CONNECTOR_PATH, connector, exactly, T0 } from './syncHelpers';

const RESYNC_ACCEPTED = {
	code: 'Success',
	message: `Re-sync has been triggered successfully for connection with id '${CONNECTOR_ID}'`,
};

function resync(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'connector',
		operation: 'historicalResync',
		connectorId: rl(CONNECTOR_ID),
		confirmResync: true,
		...extra,
	};
}

const chosenTables = (rows: Array<{ schema: string; tables: string }>): INodeParameters => ({
	resyncScope: 'tables',
	tablesMode: 'fields',
	tablesUi: { schemas: rows },
});

describe('Connector > Historical Resync', () => {
	it('without "Confirm Resync": error that says why, and nothing is sent', async () => {
		const { error } = await runFivetran(resync({ confirmResync: false }));

		expect(error?.message).toBe('Turn on "Confirm Resync" to run this operation');
		expect(error?.description).toContain('re-imports all data');
		expect(error?.description).toContain('Nothing was sent to Fivetran.');
	});

	it('whole connector: POST /resync with an empty body, outputs what Fivetran said', async () => {
		fakeTime(T0);
		const api = fivetran()
			.matchHeader('accept', 'application/json;version=2')
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/resync`, exactly({}))
			.reply(200, RESYNC_ACCEPTED);

		const { items, error } = await runFivetran(resync());

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			success: true,
			message: RESYNC_ACCEPTED.message,
			connector_id: CONNECTOR_ID,
			sync_requested_at: '2026-01-01T00:00:00.000Z',
			resumed_from_pause: false,
			previous_sync_end_at: BEFORE,
		});
		expect(api.isDone()).toBe(true);
	});

	it('chosen tables: the body is exactly {scope: {schema: [tables]}}, trimmed, merged and de-duplicated', async () => {
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(
				`${CONNECTOR_PATH}/resync`,
				exactly({ scope: { public: ['orders', 'customers', 'refunds'], sales: ['deals'] } }),
			)
			.reply(200, RESYNC_ACCEPTED);

		const { error } = await runFivetran(
			resync(
				chosenTables([
					{ schema: ' public ', tables: 'orders, customers ,' },
					{ schema: 'sales', tables: 'deals' },
					{ schema: 'public', tables: 'orders,refunds' },
				]),
			),
		);

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('chosen tables with a schema but no tables: rejected before any request', async () => {
		const { error } = await runFivetran(
			resync(chosenTables([{ schema: 'public', tables: ' , ' }])),
		);

		expect(error?.message).toBe('The parameter "Tables" gives no table for schema "public"');
	});

	it('chosen tables with no rows at all: rejected before any request', async () => {
		const { error } = await runFivetran(
			resync({ resyncScope: 'tables', tablesMode: 'fields', tablesUi: {} }),
		);

		expect(error?.message).toBe('The parameter "Tables" names no table');
	});

	it('paused connector: error and no resync requested', async () => {
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ paused: true })));

		const { error } = await runFivetran(resync());

		expect(error?.message).toContain('is paused');
		expect(api.isDone()).toBe(true);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('waits for the outcome like Sync does; a rescheduled resync is asked again with a plain sync, not a second resync', async () => {
		const time = fakeTime(T0);
		const finished = connector({ succeededAt: at(2 * 60_000) });
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/resync`, exactly({}))
			.reply(200, RESYNC_ACCEPTED)
			.get(CONNECTOR_PATH)
			.reply(200, success(connector({ syncState: 'rescheduled', rescheduledFor: at(60 * 60_000) })))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(200, { code: 'Success' })
			.get(CONNECTOR_PATH)
			.reply(200, success(finished));

		const { items, error } = await runFivetran(
			resync({
				waitForCompletion: true,
				pollInterval: 60,
				timeout: 120,
				onRescheduled: 'retrigger',
			}),
		);

		expect(error).toBeUndefined();
		expect(time.sleeps).toEqual([60_000]);
		expect(items[0].json).toMatchObject({ id: CONNECTOR_ID, sync_succeeded: true, polls: 2 });
		expect(api.isDone()).toBe(true);
	});

	it('needs the "Everything" safety level: Read and Write is refused before any request', async () => {
		const { error } = await runFivetran(resync(), { safetyLevel: 'readWrite' });

		expect(error?.description).toContain('needs the safety level "Everything"');
	});
});
