import type { INodeParameters } from 'n8n-workflow';

import type { RunNodeResult } from '../harness';
import { errorText, expectSent, expectSuccess, must } from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';
import type { FaultAction } from './types';

// Only Fivetran's real answers count: an odd 2xx is an error (retried like a 5xx for reads), never
// an empty list or a success; a listing whose cursor makes no progress stops with an error.

const GENERATED = 1_200; // more than one page of 1000, so Return All follows a cursor
const suite = faultSuite('malformed', { generateConnectors: GENERATED });
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const ALL_CONNECTORS = 8 + GENERATED;

// The account list page after page (groups side by side have their own cases in groupReads.test.ts).
const listConnectors: INodeParameters = {
	resource: 'connector',
	operation: 'getAll',
	returnAll: true,
	parallelGroupReads: 1,
	requestOptions: { maxTries: 2 },
};
const getGroup: INodeParameters = {
	resource: 'group',
	operation: 'get',
	groupId: rl('sandy_lamb'),
	requestOptions: { maxTries: 2 },
};
const LIST_ODDITIES: FaultAction[] = [
	'oddEmpty',
	'oddHtml',
	'oddNoItems',
	'oddDataNull',
	'oddCode',
];
// A get answered `data: {}` is an object without fields, not a malformed envelope.
const GET_ODDITIES: FaultAction[] = ['oddEmpty', 'oddHtml', 'oddDataNull', 'oddCode'];

function expectError(result: RunNodeResult): string {
	must(result.error !== undefined, `no error: output ${result.items.length} item(s)`);
	return `one error: ${errorText(result)}`;
}

describe('Odd 2xx answers on every try: an error, never an empty list or a success', () => {
	for (const oddity of LIST_ODDITIES) {
		suite.matrixCase(
			`Connector List (Return All), ${String(oddity)}`,
			{ requests: 2, sleptMs: backoffsMs(1) },
			async () => {
				suite.proxy.setRule(() => oddity);
				return expectError(await suite.run(listConnectors));
			},
		);
	}
	for (const oddity of GET_ODDITIES) {
		suite.matrixCase(
			`Group Get, ${String(oddity)}`,
			{ requests: 2, sleptMs: backoffsMs(1) },
			async () => {
				suite.proxy.setRule(() => oddity);
				return expectError(await suite.run(getGroup));
			},
		);
	}
});

describe('One odd 2xx, then OK: retried, nothing lost', () => {
	for (const oddity of ['oddNoItems', 'oddEmpty'] as FaultAction[]) {
		suite.matrixCase(
			`Connector List (Return All), ${String(oddity)} once`,
			{ requests: 3, exact: true, sleptMs: backoffsMs(1) },
			async () => {
				suite.proxy.setRule((req) => (req.n === 1 ? oddity : undefined));
				const result = await suite.run(listConnectors);
				expectSuccess(result);
				must(
					result.items.length === ALL_CONNECTORS,
					`${result.items.length} connectors, expected ${ALL_CONNECTORS}`,
				);
				return `all ${ALL_CONNECTORS} connectors`;
			},
		);
	}
});

/** Cursor faults, with a guard that stops a listing that never ends after 50 pages. */
function cursorFault(action: FaultAction) {
	const guard = {
		status: 400,
		body: { code: 'InvalidInput', message: 'Fault-matrix guard: more than 50 pages' },
	};
	suite.proxy.setRule((req) => (req.n > 50 ? guard : action));
}

describe('Listings that make no progress stop with an error', () => {
	const listGroups: INodeParameters = { resource: 'group', operation: 'getAll', returnAll: true };
	const listGroupConnectors: INodeParameters = {
		resource: 'group',
		operation: 'getConnectors',
		groupId: rl('sandy_lamb'),
		returnAll: true,
	};
	const cases: Array<[string, FaultAction, INodeParameters]> = [
		['Connector List (Return All), dropCursor', 'dropCursor', listConnectors],
		['Connector List (Return All), churnCursor', 'churnCursor', listConnectors],
		['Group List (3 groups, one page), churnCursor', 'churnCursor', listGroups],
		['Group Get Connectors (Return All), churnCursor', 'churnCursor', listGroupConnectors],
	];
	for (const [name, action, parameters] of cases) {
		suite.matrixCase(name, { requests: 4, sleptMs: 0 }, async () => {
			cursorFault(action);
			return expectError(await suite.run(parameters));
		});
	}
});
