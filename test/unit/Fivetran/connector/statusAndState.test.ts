import nock from 'nock';

import { fivetran, rl, runFivetran, success } from '../../fixtures';
import { connection, notFound, V2 } from './data';

const base = { resource: 'connector' };

describe('Connector Get Status', () => {
	it('GET /v1/connections/{id} and outputs a flat summary of its health', async () => {
		const task = { code: 'reconnect', message: 'Reconnect the source' };
		const api = fivetran()
			.matchHeader('accept', V2)
			.get('/v1/connections/sandy_lamb')
			.reply(
				200,
				success(
					connection(
						{ failed_at: '2026-01-02T00:00:00Z' },
						{
							setup_state: 'broken',
							sync_state: 'rescheduled',
							rescheduled_for: '2026-01-02T01:00:00Z',
							tasks: [task],
						},
					),
				),
			);

		const { items, error } = await runFivetran({
			...base,
			operation: 'getStatus',
			connectorId: rl('sandy_lamb'),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				id: 'sandy_lamb',
				schema: 'pg_main',
				service: 'postgres',
				group_id: 'decent_dropsy',
				is_syncing: false,
				is_paused: false,
				is_broken: true,
				last_sync_failed: true,
				sync_state: 'rescheduled',
				setup_state: 'broken',
				update_state: 'on_schedule',
				is_historical_sync: false,
				rescheduled_for: '2026-01-02T01:00:00Z',
				succeeded_at: '2026-01-01T10:00:00Z',
				failed_at: '2026-01-02T00:00:00Z',
				tasks: [task],
				warnings: [],
				dashboard_url: 'https://fivetran.com/dashboard/connectors/sandy_lamb/status',
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it("an unknown ID: 404 with Fivetran's message", async () => {
		fivetran().get('/v1/connections/nope').reply(404, notFound);

		const { error } = await runFivetran({
			...base,
			operation: 'getStatus',
			connectorId: rl('nope'),
		});

		expect(error?.message).toBe(
			`Not found in Fivetran (404 NotFound_Connection): ${notFound.message}`,
		);
	});
});

describe('Connector Get State / Update State', () => {
	it('getState: GET /v1/connections/{id}/state outputs the data', async () => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.get('/v1/connections/sdk_one/state')
			.reply(200, success({ state: { cursor: '2026-01-01' } }));

		const { items } = await runFivetran({
			...base,
			operation: 'getState',
			connectorId: rl('sdk_one'),
		});

		expect(items.map((i) => i.json)).toEqual([{ state: { cursor: '2026-01-01' } }]);
		expect(api.isDone()).toBe(true);
	});

	it('updateState: PATCH /v1/connections/{id}/state with {state}; a message-only answer becomes success + message', async () => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.patch('/v1/connections/sdk_one/state', { state: { cursor: '2026-02-01' } })
			.reply(200, { code: 'Success', message: 'Connection state has been updated' });

		const { items } = await runFivetran({
			...base,
			operation: 'updateState',
			connectorId: rl('sdk_one'),
			stateJson: '{"state": {"cursor": "2026-02-01"}}',
		});

		expect(items.map((i) => i.json)).toEqual([
			{ success: true, message: 'Connection state has been updated' },
		]);
		expect(api.isDone()).toBe(true);
	});

	it.each([400, 404, 405])(
		"a %s from /state says the endpoint is only for Connector SDK / Function connectors, keeping Fivetran's words and status",
		async (status) => {
			fivetran()
				.get('/v1/connections/pg_conn/state')
				.reply(status, { code: 'InvalidInput', message: 'Connection does not support state' });

			const { error } = await runFivetran({
				...base,
				operation: 'getState',
				connectorId: rl('pg_conn'),
			});

			expect(error?.message).toBe(
				`Fivetran has no state endpoint for connector "pg_conn" (${status} InvalidInput): Connection does not support state`,
			);
			expect(error?.description).toContain('only to Connector SDK and Function connectors');
			expect(error?.httpCode).toBe(String(status));
		},
	);

	it('updateState on a non-SDK connector (400) gets the same clear message', async () => {
		fivetran()
			.patch('/v1/connections/pg_conn/state')
			.reply(400, { code: 'InvalidInput', message: 'Not supported' });

		const { error } = await runFivetran({
			...base,
			operation: 'updateState',
			connectorId: rl('pg_conn'),
			stateJson: { state: { cursor: 1 } },
		});

		expect(error?.message).toContain(
			'no state endpoint for connector "pg_conn" (400 InvalidInput): Not supported',
		);
	});

	it('updateState while the connector is not paused (409) keeps the conflict message', async () => {
		fivetran()
			.patch('/v1/connections/sdk_one/state')
			.reply(409, { code: 'Conflict', message: 'Pause the connection first' });

		const { error } = await runFivetran({
			...base,
			operation: 'updateState',
			connectorId: rl('sdk_one'),
			stateJson: '{"state": {}}',
		});

		expect(error?.message).toBe(
			'Fivetran reported a conflict (409 Conflict): Pause the connection first',
		);
	});

	it.each([
		['invalid JSON', '{"state": ', 'The parameter "State (JSON)" is not valid JSON'],
		['no state object', '{"cursor": 1}', 'The parameter "State (JSON)" needs a "state" object'],
		[
			'state that is an array',
			'{"state": [1]}',
			'The parameter "State (JSON)" needs a "state" object',
		],
	])('updateState with %s: no request', async (_case, stateJson, message) => {
		const { error } = await runFivetran({
			...base,
			operation: 'updateState',
			connectorId: rl('sdk_one'),
			stateJson,
		});

		expect(error?.message).toBe(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('Connector Run Setup Tests', () => {
	const tests = [
		{ title: 'Connecting to host', status: 'PASSED', message: '', details: null },
		{
			title: 'Validating certificate',
			status: 'FAILED',
			message: 'Untrusted certificate',
			details: { hash: 'ab' },
		},
	];

	it('POST /v1/connections/{id}/test with {} and outputs one item per test', async () => {
		const api = fivetran()
			.matchHeader('accept', V2)
			.post('/v1/connections/sandy_lamb/test', {})
			.reply(200, success({ ...connection(), setup_tests: tests }));

		const { items } = await runFivetran({
			...base,
			operation: 'runSetupTests',
			connectorId: rl('sandy_lamb'),
		});

		expect(items.map((i) => i.json)).toEqual(
			tests.map((test) => ({ connector_id: 'sandy_lamb', ...test })),
		);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(api.isDone()).toBe(true);
	});

	it('sends the trust options when given; with no test results outputs the connection', async () => {
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/test', {
				trust_certificates: true,
				trust_fingerprints: false,
			})
			.reply(200, success(connection()));

		const { items } = await runFivetran({
			...base,
			operation: 'runSetupTests',
			connectorId: rl('sandy_lamb'),
			options: { trustCertificates: true, trustFingerprints: false },
		});

		expect(items.map((i) => i.json)).toEqual([connection()]);
		expect(api.isDone()).toBe(true);
	});

	it("an unknown ID: 404 with Fivetran's message", async () => {
		fivetran().post('/v1/connections/nope/test').reply(404, notFound);

		const { error } = await runFivetran({
			...base,
			operation: 'runSetupTests',
			connectorId: rl('nope'),
		});

		expect(error?.message).toContain(notFound.message);
		expect(error?.httpCode).toBe('404');
	});
});
