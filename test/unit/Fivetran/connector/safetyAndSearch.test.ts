import nock from 'nock';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { loadListSearch } from '../../../harness';
import { credentialsFor, fivetran, rl, runFivetran, success } from '../../fixtures';
import { PLAIN } from './data';

const resyncTables = {
	operation: 'resyncTables',
	tablesUi: { schemas: [{ schema: 'public', tables: 'orders' }] },
	confirmResync: true,
};

describe('Connector operations and the credential safety level', () => {
	it.each([
		[
			'readOnly',
			'delete',
			{ operation: 'delete', connectorId: rl('c1'), confirmDelete: true },
			'Everything',
			'Read Only',
		],
		[
			'readOnly',
			'create',
			{ operation: 'create', groupId: rl('g1'), service: rl('postgres') },
			'Read and Write',
			'Read Only',
		],
		[
			'readOnly',
			'pause',
			{ operation: 'pause', connectorId: rl('c1') },
			'Read and Write',
			'Read Only',
		],
		[
			'readOnly',
			'updateState',
			{ operation: 'updateState', connectorId: rl('c1'), stateJson: '{"state":{}}' },
			'Read and Write',
			'Read Only',
		],
		[
			'readWrite',
			'resyncTables',
			{ connectorId: rl('c1'), ...resyncTables },
			'Everything',
			'Read and Write',
		],
		[
			'readWrite',
			'delete',
			{ operation: 'delete', connectorId: rl('c1'), confirmDelete: true },
			'Everything',
			'Read and Write',
		],
	])(
		'%s blocks %s, names the needed level, sends nothing',
		async (safetyLevel, _op, parameters, needed, current) => {
			const { error, items } = await runFivetran(
				{ resource: 'connector', ...parameters },
				{ safetyLevel },
			);

			expect(error?.message).toBe(
				`The Fivetran credential's safety level does not allow this operation (it needs "${needed}")`,
			);
			expect(error?.description).toContain(`needs the safety level "${needed}"`);
			expect(error?.description).toContain(`set to "${current}"`);
			expect(items).toEqual([]);
			expect(nock.pendingMocks()).toEqual([]);
		},
	);

	it.each(['getAll', 'getStatus', 'getSchemaConfig'])(
		'readOnly still allows %s',
		async (operation) => {
			const api = fivetran()
				.get(/\/v1\/connections.*/)
				.query(true)
				.reply(200, success({ id: 'c1', items: [] }));

			const { error } = await runFivetran(
				{ resource: 'connector', operation, connectorId: rl('c1') },
				{ safetyLevel: 'readOnly' },
			);

			expect(error).toBeUndefined();
			expect(api.isDone()).toBe(true);
		},
	);
});

describe('Service dropdown (searchServices)', () => {
	const types = [
		{
			id: 'postgres',
			name: 'PostgreSQL',
			description: 'Postgres database',
			link_to_docs: 'https://fivetran.com/docs/postgres',
		},
		{ id: 'google_sheets', name: 'Google Sheets', description: 'Spreadsheets' },
		{ id: 'postgres_rds', name: 'Amazon RDS for PostgreSQL' },
	];

	it('reads GET /v1/metadata/connector-types, filters by ID or name, walks on to the next page', async () => {
		const api = fivetran()
			.matchHeader('accept', PLAIN)
			.get('/v1/metadata/connector-types')
			.query({ limit: '1000' })
			.reply(200, success({ items: types, next_cursor: 'p2' }))
			.get('/v1/metadata/connector-types')
			.query({ limit: '1000', cursor: 'p2' })
			.reply(200, success({ items: [{ id: 'aurora_postgres', name: 'Aurora' }] }));

		const result = await loadListSearch({
			nodeType: new Fivetran(),
			parameters: { resource: 'connector', operation: 'create' },
			credentials: credentialsFor(),
			credentialTypes: [new FivetranApi()],
			methodName: 'searchServices',
			filter: 'POSTGRES',
		});

		expect(result).toEqual({
			results: [
				{
					name: 'PostgreSQL (postgres)',
					value: 'postgres',
					url: 'https://fivetran.com/docs/postgres',
					description: 'Postgres database',
				},
				{
					name: 'Amazon RDS for PostgreSQL (postgres_rds)',
					value: 'postgres_rds',
					url: undefined,
					description: undefined,
				},
				{
					name: 'Aurora (aurora_postgres)',
					value: 'aurora_postgres',
					url: undefined,
					description: undefined,
				},
			],
			paginationToken: undefined,
		});
		expect(api.isDone()).toBe(true);
	});
});
