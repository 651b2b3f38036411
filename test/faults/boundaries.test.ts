import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { RunNodeResult } from '../harness';
import { errorText, must } from './direct';
import { faultSuite } from './env';
import type { OtherOrigin } from './types';

// Boundaries: credentials stay with Fivetran's origin, a bad Base URL fails at once, IDs stay in
// their path segment, and input keys never reach Object.prototype.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS tool
const { startOtherOrigin } = require('./proxy');

const suite = faultSuite('boundaries');
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

function expectFailure(result: RunNodeResult): string {
	must(result.error !== undefined, `no error: output ${result.items.length} item(s)`);
	return errorText(result);
}

describe('Redirects to another origin: no credentials leave, the node errors', () => {
	let other: OtherOrigin;
	beforeAll(async () => {
		other = (await startOtherOrigin()) as OtherOrigin;
	});
	beforeEach(() => other.hits.splice(0));
	afterAll(async () => await other.close());

	const cases: Array<[string, number, string, INodeParameters]> = [
		[
			'Group Get, 302',
			302,
			'/v1/groups/sandy_lamb',
			{ resource: 'group', operation: 'get', groupId: rl('sandy_lamb') },
		],
		[
			'Group Create, 307',
			307,
			'/v1/groups',
			{ resource: 'group', operation: 'create', name: 'Redirected Group' },
		],
	];
	for (const [name, status, path, parameters] of cases) {
		suite.matrixCase(
			`Redirect: ${name} to another port`,
			{ requests: 1, exact: true, sleptMs: 0 },
			async () => {
				suite.proxy.setRule(() => ({ redirect: `${other.url}${path}`, status }));
				const result = await suite.run(parameters);
				must(
					!other.receivedAuthorization,
					`the other origin received an Authorization header (${other.hits.length} request(s))`,
				);
				const text = expectFailure(result);
				return `error, other origin got ${other.hits.length} request(s) without credentials: ${text}`;
			},
		);
	}
});

describe('Invalid Base URL: fails at once, no retry', () => {
	for (const baseUrl of ['not a url', 'ftp://x']) {
		suite.matrixCase(
			`Base URL "${baseUrl}"`,
			{ requests: 0, exact: true, sleptMs: 0 },
			async ({ sleeps }) => {
				const result = await suite.run(
					{ resource: 'group', operation: 'get', groupId: rl('sandy_lamb') },
					{ credentials: suite.credentials(baseUrl) },
				);
				const text = expectFailure(result);
				must(
					sleeps.length === 0,
					`retried: slept ${sleeps.length} time(s) before failing (${text})`,
				);
				must(/base url/i.test(text), `the error does not point at the Base URL: ${text}`);
				return `one error: ${text}`;
			},
		);
	}
});

describe('IDs that would leave their path segment: 0 requests, the error names the parameter', () => {
	const cases: Array<[string, INodeParameters, RegExp, IDataObject[]?]> = [
		[
			'Group Get Connectors, typed ".."',
			{ resource: 'group', operation: 'getConnectors', groupId: rl('..'), returnAll: true },
			/Group/,
		],
		[
			'Connector Get, typed "."',
			{ resource: 'connector', operation: 'get', connectorId: rl('.') },
			/Connector/,
		],
		[
			'Destination Get, typed ".."',
			{ resource: 'destination', operation: 'get', destinationId: rl('..') },
			/Destination/,
		],
		[
			'Group Get, typed "%2e%2e"',
			{ resource: 'group', operation: 'get', groupId: rl('%2e%2e') },
			/Group/,
		],
		[
			'Connector Update, ".." from an expression',
			{
				resource: 'connector',
				operation: 'update',
				connectorId: rl('={{ $json.id }}'),
				updateFields: { syncFrequency: 60 },
			},
			/Connector/,
			[{ id: '..' }],
		],
		[
			'Group Get, "." from an expression',
			{ resource: 'group', operation: 'get', groupId: rl('={{ "." }}') },
			/Group/,
		],
	];
	const longId = 'a'.repeat(20_000);
	suite.matrixCase(
		'Group Get, a 20,000-character ID from an expression: not echoed whole',
		{ requests: 0, exact: true, sleptMs: 0 },
		async () => {
			const result = await suite.run(
				{ resource: 'group', operation: 'get', groupId: rl('={{ $json.id }}') },
				{ input: [{ id: longId }] },
			);
			const text = expectFailure(result);
			must(/Group/.test(text), `the error does not name the parameter: ${text.slice(0, 200)}`);
			must(text.length < 1_000, `the error is ${text.length} characters long`);
			return `one error of ${text.length} characters: ${text}`;
		},
	);
	for (const [name, parameters, label, input] of cases) {
		suite.matrixCase(name, { requests: 0, exact: true, sleptMs: 0 }, async () => {
			const text = expectFailure(await suite.run(parameters, { input }));
			must(label.test(text), `the error does not name the parameter (${String(label)}): ${text}`);
			return `one error: ${text}`;
		});
	}
});

/** Runs the node and reports any property it left on Object.prototype (and removes it again). */
async function prototypeAfter(
	parameters: INodeParameters,
): Promise<{ added: string[]; result: RunNodeResult }> {
	const before = new Set(Object.getOwnPropertyNames(Object.prototype));
	const result = await suite.run(parameters);
	const added = Object.getOwnPropertyNames(Object.prototype).filter((name) => !before.has(name));
	for (const name of added) delete (Object.prototype as Record<string, unknown>)[name];
	return { added, result };
}

describe('__proto__ as a schema, table or column name: Object.prototype stays clean', () => {
	const connector = { connectorId: rl('mellow_crane') };
	const cases: Array<[string, INodeParameters]> = [
		[
			'Update Schema Config, fields: schema "__proto__"',
			{
				resource: 'connector',
				operation: 'updateSchemaConfig',
				...connector,
				schemaEntries: { entries: [{ schema: '__proto__', table: 'polluted', enabled: false }] },
			},
		],
		[
			'Update Schema Config, fields: table and column "__proto__"',
			{
				resource: 'connector',
				operation: 'updateSchemaConfig',
				...connector,
				schemaEntries: {
					entries: [{ schema: 'public', table: '__proto__', column: '__proto__', enabled: false }],
				},
			},
		],
		[
			'Update Schema Config, JSON with "__proto__" keys',
			{
				resource: 'connector',
				operation: 'updateSchemaConfig',
				...connector,
				schemaConfigMode: 'json',
				schemaConfigJson:
					'{"schemas": {"__proto__": {"enabled": true, "tables": {"__proto__": {"enabled": false}}}}}',
			},
		],
		[
			'Resync Tables, fields: schema "__proto__"',
			{
				resource: 'connector',
				operation: 'resyncTables',
				...connector,
				tablesUi: { schemas: [{ schema: '__proto__', tables: 'polluted' }] },
				confirmResync: true,
			},
		],
		[
			'Resync Tables, JSON {"__proto__": [...]}',
			{
				resource: 'connector',
				operation: 'resyncTables',
				...connector,
				tablesMode: 'json',
				tablesJson: '{"__proto__": ["polluted"]}',
				confirmResync: true,
			},
		],
	];
	for (const [name, parameters] of cases) {
		suite.matrixCase(name, { requests: 2, sleptMs: 0 }, async () => {
			const { added, result } = await prototypeAfter(parameters);
			must(added.length === 0, `Object.prototype gained ${added.join(', ')}`);
			return `Object.prototype clean; ${result.error ? `refused: ${errorText(result)}` : 'sent'}`;
		});
	}
});
