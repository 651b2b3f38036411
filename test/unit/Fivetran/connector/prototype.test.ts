import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { API_HOST, rl, runFivetran, success } from '../../fixtures';

// Names typed into the node (schemas, tables, columns, config fields, JSON keys) become object keys.
// "__proto__", "constructor" and "prototype" are refused before any request (n8n would also drop them
// from the body); names Object.prototype has ("toString", "valueOf") are plain names and reach
// Fivetran. Either way nothing is set on Object, Object.prototype or Array.prototype.

const watched: Array<[string, object]> = [
	['Object.prototype', Object.prototype],
	['Object', Object],
	['Array.prototype', Array.prototype],
];
const keysOf = (target: object) => Object.getOwnPropertyNames(target).sort();
const cleanKeys = watched.map(([, target]) => keysOf(target));

/** Undoes any pollution (so one failing test cannot break the others) and reports what was added. */
function pollutionSinceStart(): string[] {
	return watched.flatMap(([name, target], index) => {
		const added = keysOf(target).filter((key) => !cleanKeys[index].includes(key));
		for (const key of added) delete (target as Record<string, unknown>)[key];
		return added.map((key) => `${name}.${key}`);
	});
}

afterEach(() => {
	expect(pollutionSinceStart()).toEqual([]);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	expect(({} as Record<string, unknown>).enabled).toBeUndefined();
});

/** Records every request body; no test here expects a request that is not checked. */
function recordBodies(): unknown[] {
	const bodies: unknown[] = [];
	const keep = (body: unknown) => {
		bodies.push(body);
		return true;
	};
	const any = () => true;
	const scope = nock(API_HOST).persist();
	scope.post(any, keep).reply(200, success({ id: 'new_one' }));
	scope.patch(any, keep).reply(200, success({ id: 'sandy_lamb' }));
	return bodies;
}

const connector = (parameters: INodeParameters): INodeParameters => ({
	resource: 'connector',
	connectorId: rl('sandy_lamb'),
	...parameters,
});

const schemaRows = (...entries: INodeParameters[]) =>
	connector({ operation: 'updateSchemaConfig', schemaEntries: { entries } });
const tableRows = (...schemas: Array<{ schema: string; tables: string }>) =>
	connector({ operation: 'resyncTables', confirmResync: true, tablesUi: { schemas } });
const tablesJson = (json: string) =>
	connector({
		operation: 'resyncTables',
		confirmResync: true,
		tablesMode: 'json',
		tablesJson: json,
	});
const configRows = (...fields: INodeParameters[]) =>
	connector({
		operation: 'create',
		groupId: rl('g1'),
		service: rl('postgres'),
		configMode: 'fields',
		configUi: { fields },
	});

describe('names Object.prototype has are plain names: sent as given, nothing polluted', () => {
	it.each<[string, INodeParameters, unknown]>([
		[
			'Update Schema Config rows',
			schemaRows(
				{ schema: 'toString', table: 'valueOf', column: 'hasOwnProperty', enabled: false },
				{ schema: 'toString', table: 'isPrototypeOf', enabled: true },
			),
			{
				schemas: {
					toString: {
						tables: {
							valueOf: { columns: { hasOwnProperty: { enabled: false } } },
							isPrototypeOf: { enabled: true },
						},
					},
				},
			},
		],
		[
			'Resync Tables rows',
			tableRows({ schema: 'valueOf', tables: 'toString' }, { schema: 'valueOf', tables: 'orders' }),
			{ valueOf: ['toString', 'orders'] },
		],
	])('%s', async (_, parameters, sent) => {
		const bodies = recordBodies();

		const { error } = await runFivetran(parameters);

		expect(error).toBeUndefined();
		expect(bodies).toEqual([sent]);
	});
});

describe('"__proto__", "constructor" and "prototype" are refused before any request, naming the parameter', () => {
	it.each<[string, INodeParameters, string]>([
		[
			'a schema row',
			schemaRows({ schema: '__proto__', enabled: true }),
			'Row 1 of "Schemas, Tables and Columns" uses the name "__proto__", which is not allowed',
		],
		[
			'a table row',
			schemaRows(
				{ schema: 'public' },
				{ schema: 'public', table: '__proto__', column: 'polluted' },
			),
			'Row 2 of "Schemas, Tables and Columns" uses the name "__proto__", which is not allowed',
		],
		[
			'a column row',
			schemaRows({ schema: 'public', table: 't', column: '__proto__' }),
			'Row 1 of "Schemas, Tables and Columns" uses the name "__proto__", which is not allowed',
		],
		[
			'schema config JSON',
			connector({
				operation: 'updateSchemaConfig',
				schemaConfigMode: 'json',
				schemaConfigJson: '{"schemas": {"public": {"__proto__": {"polluted": true}}}}',
			}),
			'(at schemas.public.__proto__) uses the name "__proto__"',
		],
		[
			'a Resync Tables row',
			tableRows({ schema: 'public', tables: 'x' }, { schema: '__proto__', tables: 'polluted' }),
			'Row 2 of "Tables" uses the name "__proto__", which is not allowed',
		],
		[
			'a Historical Resync table row',
			connector({
				operation: 'historicalResync',
				confirmResync: true,
				resyncScope: 'tables',
				tablesUi: { schemas: [{ schema: 'constructor', tables: 'polluted' }] },
			}),
			'Row 1 of "Tables" uses the name "constructor", which is not allowed',
		],
		[
			'Resync Tables JSON',
			tablesJson('{"public": ["orders"], "__proto__": ["polluted"]}'),
			'The parameter "Tables (JSON)" (at __proto__) uses the name "__proto__"',
		],
		[
			'a config field key',
			configRows({ key: 'constructor', value: '{"polluted": true}', valueType: 'json' }),
			'A row of "Config Fields" uses the name "constructor", which is not allowed',
		],
		[
			'JSON inside a config field value',
			configRows({
				key: 'nested',
				value: '[{"__proto__": {"polluted": true}}]',
				valueType: 'json',
			}),
			'The parameter "Config Fields › nested" (at [0].__proto__) uses the name "__proto__"',
		],
		[
			'connector config JSON',
			connector({
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configMode: 'json',
				configJson: '{"__proto__": {"polluted": true}}',
			}),
			'The parameter "Config (JSON)" (at __proto__) uses the name "__proto__"',
		],
		[
			'destination config JSON',
			{
				resource: 'destination',
				operation: 'create',
				groupId: rl('g1'),
				config: '{"host": "h", "__proto__": {"polluted": true}}',
			},
			'The parameter "Config (JSON)" (at __proto__) uses the name "__proto__"',
		],
	])('%s', async (_, parameters, message) => {
		const bodies = recordBodies();

		const { error } = await runFivetran(parameters);

		expect(error?.message).toContain(message);
		expect(error?.description).toContain('Nothing was sent to Fivetran.');
		expect(bodies).toEqual([]);
	});
});
