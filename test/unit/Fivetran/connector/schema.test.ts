import { fivetran, rl, runFivetran, success } from '../../fixtures';
import { expectRefusedWithoutRequest, notFound, PLAIN } from './data';

const base = { resource: 'connector', connectorId: rl('sandy_lamb') };
const schemaConfig = {
	schema_change_handling: 'ALLOW_ALL',
	schemas: { public: { name_in_destination: 'public', enabled: true, tables: {} } },
};

describe('Connector schema config: reads and changes', () => {
	it('getSchemaConfig: GET /v1/connections/{id}/schemas with the plain JSON Accept header', async () => {
		const api = fivetran()
			.matchHeader('accept', PLAIN)
			.get('/v1/connections/sandy_lamb/schemas')
			.reply(200, success(schemaConfig));

		const { items } = await runFivetran({ ...base, operation: 'getSchemaConfig' });

		expect(items.map((i) => i.json)).toEqual([schemaConfig]);
		expect(api.isDone()).toBe(true);
	});

	it('updateSchemaConfig (fields): rows become the nested schemas → tables → columns body', async () => {
		const api = fivetran()
			.matchHeader('accept', PLAIN)
			.patch('/v1/connections/sandy_lamb/schemas', {
				schema_change_handling: 'BLOCK_ALL',
				schemas: {
					public: {
						enabled: true,
						tables: {
							orders: { enabled: false },
							users: { columns: { email: { enabled: false }, id: { enabled: true } } },
						},
					},
					audit: { enabled: false },
				},
			})
			.reply(200, success(schemaConfig));

		const { items, error } = await runFivetran({
			...base,
			operation: 'updateSchemaConfig',
			schemaConfigMode: 'fields',
			schemaChangeHandling: 'BLOCK_ALL',
			schemaEntries: {
				entries: [
					{ schema: 'public', enabled: true },
					{ schema: 'public', table: 'orders', enabled: false },
					{ schema: 'public', table: 'users', column: 'email', enabled: false },
					{ schema: 'public', table: 'users', column: 'id', enabled: true },
					{ schema: ' audit ', enabled: false },
				],
			},
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([schemaConfig]);
		expect(api.isDone()).toBe(true);
	});

	it('updateSchemaConfig (fields): only the change handling when no rows are given', async () => {
		const api = fivetran()
			.patch('/v1/connections/sandy_lamb/schemas', { schema_change_handling: 'ALLOW_COLUMNS' })
			.reply(200, success(schemaConfig));

		const { error } = await runFivetran({
			...base,
			operation: 'updateSchemaConfig',
			schemaChangeHandling: 'ALLOW_COLUMNS',
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('updateSchemaConfig (JSON): sends the object as the body', async () => {
		const body = {
			schemas: { public: { tables: { orders: { enabled: true, sync_mode: 'HISTORY' } } } },
			is_type_locked: true,
		};
		const api = fivetran()
			.patch('/v1/connections/sandy_lamb/schemas', body)
			.reply(200, success(schemaConfig));

		const { error } = await runFivetran({
			...base,
			operation: 'updateSchemaConfig',
			schemaConfigMode: 'json',
			schemaConfigJson: JSON.stringify(body),
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it.each(['PRESERVE', 'EXCLUDE'])(
		'reloadSchema: POST /v1/connections/{id}/schemas/reload {exclude_mode: %s}',
		async (mode) => {
			const api = fivetran()
				.matchHeader('accept', PLAIN)
				.post('/v1/connections/sandy_lamb/schemas/reload', { exclude_mode: mode })
				.reply(200, success(schemaConfig));

			const { items } = await runFivetran({
				...base,
				operation: 'reloadSchema',
				excludeMode: mode,
			});

			expect(items.map((i) => i.json)).toEqual([schemaConfig]);
			expect(api.isDone()).toBe(true);
		},
	);

	it("getSchemaConfig of a connector that has none: 404 with Fivetran's message", async () => {
		fivetran()
			.get('/v1/connections/sandy_lamb/schemas')
			.reply(404, { code: 'NotFound_SchemaConfig', message: 'Schema config not found' });

		const { error } = await runFivetran({ ...base, operation: 'getSchemaConfig' });

		expect(error?.message).toBe(
			'Not found in Fivetran (404 NotFound_SchemaConfig): Schema config not found',
		);
	});
});

describe('Connector Resync Tables', () => {
	it('POST /v1/connections/{id}/schemas/tables/resync with {schema: [tables]} from rows, merged per schema', async () => {
		const api = fivetran()
			.matchHeader('accept', PLAIN)
			.post('/v1/connections/sandy_lamb/schemas/tables/resync', {
				public: ['orders', 'users', 'items'],
				sales: ['deals'],
			})
			.reply(200, { code: 'Success', message: 'Re-sync has been triggered successfully' });

		const { items, error } = await runFivetran({
			...base,
			operation: 'resyncTables',
			tablesUi: {
				schemas: [
					{ schema: 'public', tables: 'orders, users' },
					{ schema: 'sales', tables: 'deals,' },
					{ schema: 'public', tables: ' items ,orders' },
				],
			},
			confirmResync: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				success: true,
				id: 'sandy_lamb',
				tables: { public: ['orders', 'users', 'items'], sales: ['deals'] },
				message: 'Re-sync has been triggered successfully',
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('takes the same body as JSON', async () => {
		const api = fivetran()
			.post('/v1/connections/sandy_lamb/schemas/tables/resync', { public: ['orders'] })
			.reply(200, { code: 'Success', message: 'ok' });

		const { error } = await runFivetran({
			...base,
			operation: 'resyncTables',
			tablesMode: 'json',
			tablesJson: '{"public": ["orders"]}',
			confirmResync: true,
		});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it("an unknown connector: 404 with Fivetran's message", async () => {
		fivetran().post('/v1/connections/nope/schemas/tables/resync').reply(404, notFound);

		const { error } = await runFivetran({
			...base,
			connectorId: rl('nope'),
			operation: 'resyncTables',
			tablesUi: { schemas: [{ schema: 'public', tables: 'orders' }] },
			confirmResync: true,
		});

		expect(error?.message).toContain(notFound.message);
	});
});

describe('Connector schema operations: bad input sends nothing', () => {
	const oneTable = { schemas: [{ schema: 'public', tables: 'orders' }] };

	it.each([
		[
			'schema config with nothing to change',
			{ operation: 'updateSchemaConfig' },
			'Nothing to change in the schema config',
		],
		[
			'a schema row without a schema name',
			{
				operation: 'updateSchemaConfig',
				schemaEntries: { entries: [{ schema: ' ', table: 't' }] },
			},
			'Row 1 of "Schemas, Tables and Columns" has no schema name',
		],
		[
			'a column without its table',
			{
				operation: 'updateSchemaConfig',
				schemaEntries: { entries: [{ schema: 's', column: 'c' }] },
			},
			'Row 1 of "Schemas, Tables and Columns" names a column but no table',
		],
		[
			'invalid schema config JSON',
			{ operation: 'updateSchemaConfig', schemaConfigMode: 'json', schemaConfigJson: '{' },
			'The parameter "Schema Config (JSON)" is not valid JSON',
		],
		[
			'resync without confirmation',
			{ operation: 'resyncTables', tablesUi: oneTable },
			'Turn on "Confirm Resync" to run this operation',
		],
		[
			'resync without any table',
			{ operation: 'resyncTables', confirmResync: true },
			'The parameter "Tables" names no table',
		],
		[
			'resync of a schema with no tables',
			{
				operation: 'resyncTables',
				tablesUi: { schemas: [{ schema: 'public', tables: ' , ' }] },
				confirmResync: true,
			},
			'The parameter "Tables" gives no table for schema "public"',
		],
		[
			'resync JSON that is not schema → table list',
			{
				operation: 'resyncTables',
				tablesMode: 'json',
				tablesJson: '{"public": "orders"}',
				confirmResync: true,
			},
			'The parameter "Tables (JSON)" must map "public" to an array of table names',
		],
		[
			'resync JSON with an empty list',
			{
				operation: 'resyncTables',
				tablesMode: 'json',
				tablesJson: '{"public": []}',
				confirmResync: true,
			},
			'The parameter "Tables (JSON)" gives no table for schema "public"',
		],
		[
			'an empty connector ID',
			{ operation: 'getSchemaConfig', connectorId: rl('={{ "" }}') },
			'The parameter "Connector" is empty',
		],
	])('%s', async (_case, parameters, message) => {
		await expectRefusedWithoutRequest({ ...base, ...parameters }, message);
	});

	it('resync without confirmation says what would happen and that nothing was sent', async () => {
		const { error } = await runFivetran({ ...base, operation: 'resyncTables', tablesUi: oneTable });

		expect(error?.description).toMatch(
			/re-imports them from scratch.*Nothing was sent to Fivetran/,
		);
	});
});
