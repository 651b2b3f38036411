import type { INodeParameters } from 'n8n-workflow';

import { transportLimits } from '../../../../nodes/shared/transport/limits';
import * as transport from '../../../../nodes/shared/transport/request';
import { errorText, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { expectRecovered, LOST, MAY_HAVE_APPLIED } from '../lostAnswer';
import { CONNECTOR_ID, CONNECTOR_PATH, connector, exactly, SYNC_TRIGGERED } from './syncHelpers';

const pgMain = { id: 'new_conn', group_id: 'g1', service: 'postgres', schema: 'pg_main' };
const createPostgres = async (configJson: string) =>
	await runFivetran({
		resource: 'connector',
		operation: 'create',
		groupId: rl('g1'),
		service: rl('postgres'),
		configMode: 'json',
		configJson,
	});
const createPgMain = async () =>
	await createPostgres('{"schema_prefix": "pg_main", "host": "db.example.com"}');
const createBody = {
	group_id: 'g1',
	service: 'postgres',
	config: { schema_prefix: 'pg_main', host: 'db.example.com' },
};
const connectorOp = (operation: string, extra: INodeParameters = {}) => ({
	resource: 'connector',
	operation,
	connectorId: rl(CONNECTOR_ID),
	...extra,
});

beforeEach(() => fakeTime());

describe('Connector Create whose answer was lost: one POST, then a look-up by group and schema', () => {
	const lookUp = () =>
		fivetran()
			.post('/v1/connections', exactly(createBody))
			.reply(...LOST)
			.get('/v1/groups/g1/connections')
			.query({ schema: 'pg_main', limit: '1000' });

	it('found: outputs that connector, marked as recovered', async () => {
		const api = lookUp().reply(200, success({ items: [pgMain] }));

		expectRecovered(await createPgMain(), pgMain);
		expect(api.isDone()).toBe(true);
	});

	it('not there: the error says it was not created', async () => {
		const api = lookUp().reply(200, success({ items: [] }));

		const { error } = await createPgMain();

		expect(error?.message).toBe(
			'The connector "pg_main" in group "g1" was not created: group "g1" has no connector named "pg_main"',
		);
		expect(error?.description).toContain('running again is safe');
		expect(api.isDone()).toBe(true);
	});

	it('the schema name belongs to a connector of another service: not created by this run', async () => {
		const api = lookUp().reply(
			200,
			success({ items: [{ ...pgMain, id: 'old', service: 'mysql' }] }),
		);

		const { error } = await createPgMain();

		expect(error?.message).toBe(
			'The connector "pg_main" in group "g1" was not created: the schema name is taken in group "g1" by connector "old" of service "mysql"',
		);
		expect(api.isDone()).toBe(true);
	});

	it('the look-up fails too: the error says it may have been created and how to check', async () => {
		const api = lookUp().reply(404, { code: 'NotFound_Group', message: 'Group g1 not found' });

		const { error } = await createPgMain();

		expect(error?.message).toBe(
			'The connector "pg_main" in group "g1" may have been created: Fivetran\'s answer was lost and looking it up failed',
		);
		expect(error?.description).toContain('Group > Get Connectors, filter Schema "pg_main"');
		expect(api.isDone()).toBe(true);
	});

	it('a name Fivetran may store in another form, not found: may have been created, not "not created"', async () => {
		const api = fivetran()
			.post(
				'/v1/connections',
				exactly({ group_id: 'g1', service: 'postgres', config: { schema: 'Sales' } }),
			)
			.reply(...LOST)
			.get('/v1/groups/g1/connections')
			.query({ schema: 'Sales', limit: '1000' })
			.reply(200, success({ items: [] }));

		const { error } = await createPostgres('{"schema": "Sales"}');

		expect(error?.message).toBe(
			'The connector "Sales" in group "g1" may have been created: Fivetran\'s answer was lost and looking it up failed',
		);
		expect(error?.description).toContain('Fivetran may store that name lower-cased');
		expect(api.isDone()).toBe(true);
	});

	it('no schema name in the config: nothing to look up by, the transport error stands', async () => {
		const api = fivetran()
			.post('/v1/connections', exactly({ group_id: 'g1', service: 'postgres' }))
			.reply(...LOST);

		const { error } = await createPostgres('{}');

		expect(errorText(error)).toMatch(MAY_HAVE_APPLIED);
		expect(api.isDone()).toBe(true);
	});
});

describe('Connector writes that may be repeated are, the others are sent once', () => {
	it('Pause: PATCH answered 502 is sent again and succeeds (2 PATCHes)', async () => {
		const api = fivetran()
			.patch(CONNECTOR_PATH, exactly({ paused: true }))
			.reply(...LOST)
			.patch(CONNECTOR_PATH, exactly({ paused: true }))
			.reply(200, success(connector({ paused: true })));

		const { items, error } = await runFivetran(connectorOp('pause'));

		expect(error).toBeUndefined();
		expect(items[0].json.paused).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('Sync without force: POST /sync answered 502 is sent again (it never starts a second sync)', async () => {
		const api = fivetran()
			.get(CONNECTOR_PATH)
			.reply(200, success(connector()))
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(...LOST)
			.post(`${CONNECTOR_PATH}/sync`, exactly({ force: false }))
			.reply(200, SYNC_TRIGGERED);

		const { items, error } = await runFivetran(connectorOp('sync'));

		expect(error).toBeUndefined();
		expect(items[0].json.success).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it.each([
		['forced Sync', 'sync', { force: true }, '/sync', { force: true }],
		['Historical Resync', 'historicalResync', { confirmResync: true }, '/resync', {}],
		[
			'Resync Tables',
			'resyncTables',
			{ confirmResync: true, tablesMode: 'json', tablesJson: '{"public": ["orders"]}' },
			'/schemas/tables/resync',
			{ public: ['orders'] },
		],
		['Reload Schema', 'reloadSchema', {}, '/schemas/reload', { exclude_mode: 'PRESERVE' }],
		['Run Setup Tests', 'runSetupTests', {}, '/test', {}],
	])(
		'%s answered 502: one POST, and the error says it may have been applied',
		async (_name, operation, extra, path, body) => {
			const api = fivetran()
				.get(CONNECTOR_PATH)
				.optionally()
				.reply(200, success(connector()))
				.post(`${CONNECTOR_PATH}${path}`, exactly(body))
				.reply(...LOST);

			const { error } = await runFivetran(connectorOp(operation, extra));

			expect(errorText(error)).toMatch(MAY_HAVE_APPLIED);
			expect(api.isDone()).toBe(true);
		},
	);
});

describe('Slow connector operations get the long timeout and are never repeated', () => {
	it.each([
		['reloadSchema', '/schemas/reload'],
		['runSetupTests', '/test'],
	])('%s', async (operation, path) => {
		const sent = jest.spyOn(transport, 'fivetranApiRequest');
		fivetran()
			.post(`${CONNECTOR_PATH}${path}`)
			.reply(200, success({ id: CONNECTOR_ID }));

		await runFivetran(connectorOp(operation));

		expect(sent).toHaveBeenCalledTimes(1);
		expect(sent.mock.calls[0][0]).toMatchObject({
			method: 'POST',
			path: `/connections/${CONNECTOR_ID}${path}`,
			repeatable: false,
			timeoutMs: transportLimits.longRequestTimeoutMs,
		});
	});
});
