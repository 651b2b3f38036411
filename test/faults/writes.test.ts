import type { INodeParameters } from 'n8n-workflow';

import type { RunNodeResult } from '../harness';
import {
	createGroupDirectly,
	errorText,
	expectSent,
	expectSuccess,
	must,
	outcomeOf,
} from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';
import type { FaultAction } from './types';

// Lost answers: the sandbox applied the write, then the answer was thrown away (a 502 page or a
// reset socket). A write must reach Fivetran once, never create a second object, and the node
// either outputs the one object (found again by a look-up) or says the write may have been applied.

const suite = faultSuite('writes');
const LOST: FaultAction[] = ['applyThen502', 'applyThenReset'];
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
/** A write or its look-up is sent at most twice; a repeatable one waits one backoff between. */
const BOUND = { requests: 4, sleptMs: backoffsMs(1) };

/** Loses the answer of the first `method path` request; everything else passes. */
function loseFirst(action: FaultAction, method: string, path: string) {
	suite.proxy.setRule((req) =>
		req.method === method && req.path === path && req.n === 1 ? action : undefined,
	);
}

const MAY_HAVE_APPLIED =
	/may have|might have|may already|could not (confirm|tell)|unknown whether/i;

function expectMayHaveApplied(result: RunNodeResult): void {
	const text = errorText(result);
	must(
		MAY_HAVE_APPLIED.test(text),
		`the error does not say the write may have been applied: ${text}`,
	);
}

/** The node output the one object, or failed with one error that says the write may have happened. */
function recoveredOrUnknown(result: RunNodeResult, createdId: string): string {
	if (result.error) {
		expectMayHaveApplied(result);
		return `one error: ${result.error.message}`;
	}
	expect(result.items.map((item) => item.json.id)).toEqual([createdId]);
	return 'output the one created object (found by look-up)';
}

/** The one object of `map` that was not there before the case. */
function onlyNew<T>(map: Map<string, T>, before: Set<string>): string[] {
	return [...map.keys()].filter((id) => !before.has(id));
}

/** Creates whose new object has a new id in the sandbox's store. */
const CREATES: Array<{
	name: string;
	path: string;
	store: 'groups' | 'connections' | 'webhooks';
	parameters: INodeParameters;
}> = [
	{
		name: 'Group Create',
		path: '/v1/groups',
		store: 'groups',
		parameters: { resource: 'group', operation: 'create', name: 'Fault Matrix Group' },
	},
	{
		name: 'Connector Create',
		path: '/v1/connections',
		store: 'connections',
		parameters: {
			resource: 'connector',
			operation: 'create',
			groupId: rl('sandy_lamb'),
			service: rl('google_sheets'),
			configMode: 'json',
			configJson:
				'{"schema": "fault_sheet", "table": "orders", "sheet_id": "s1", "named_range": "r"}',
		},
	},
	{
		name: 'Webhook Create',
		path: '/v1/webhooks/account',
		store: 'webhooks',
		parameters: {
			resource: 'webhook',
			operation: 'create',
			webhookScope: 'account',
			// Created inactive: Fivetran (and the sandbox) then send no test delivery to the URL.
			webhookUrl: 'http://127.0.0.1:9/fivetran-events',
			webhookEvents: ['sync_end'],
			webhookSigning: 'none',
			additionalFields: { active: false },
		},
	},
];

describe('Lost answers to writes: applied once, never twice', () => {
	for (const action of LOST) {
		for (const { name, path, store, parameters } of CREATES) {
			suite.matrixCase(`${name}, ${action}`, BOUND, async () => {
				const objects = suite.sandbox.state[store];
				const before = new Set(objects.keys());
				loseFirst(action, 'POST', path);
				const result = await suite.run(parameters);
				expectSent(suite.proxy, 'POST', path, 1);
				const created = onlyNew(objects, before);
				must(created.length === 1, `${created.length} objects created`);
				return recoveredOrUnknown(result, created[0]);
			});
		}

		suite.matrixCase(`Destination Create, ${action}`, BOUND, async () => {
			const groupId = await createGroupDirectly(suite.sandbox, 'Fault Destination Group');
			loseFirst(action, 'POST', '/v1/destinations');
			const result = await suite.run({
				resource: 'destination',
				operation: 'create',
				groupId: rl(groupId),
				service: 'snowflake',
				region: 'AWS_US_EAST_1',
				timeZoneOffset: '-5',
				config: '{"host": "acme.snowflakecomputing.com", "port": 443, "database": "RAW"}',
			});
			expectSent(suite.proxy, 'POST', '/v1/destinations', 1);
			expect(suite.sandbox.state.destinations.has(groupId)).toBe(true);
			return recoveredOrUnknown(result, groupId);
		});
	}
});

/** Writes that start work at Fivetran: the lost answer must not make the node send them again. */
const ONE_SHOT: Array<{ name: string; path: string; parameters: INodeParameters }> = [
	{
		name: 'Historical Resync',
		path: '/v1/connections/mellow_crane/resync',
		parameters: {
			resource: 'connector',
			operation: 'historicalResync',
			connectorId: rl('mellow_crane'),
			confirmResync: true,
		},
	},
	{
		name: 'Sync (force)',
		path: '/v1/connections/mellow_crane/sync',
		parameters: {
			resource: 'connector',
			operation: 'sync',
			connectorId: rl('mellow_crane'),
			force: true,
		},
	},
	{
		name: 'Resync Tables',
		path: '/v1/connections/mellow_crane/schemas/tables/resync',
		parameters: {
			resource: 'connector',
			operation: 'resyncTables',
			connectorId: rl('mellow_crane'),
			tablesUi: { schemas: [{ schema: 'public', tables: 'orders, users' }] },
			confirmResync: true,
		},
	},
	{
		name: 'Reload Schema',
		path: '/v1/connections/mellow_crane/schemas/reload',
		parameters: {
			resource: 'connector',
			operation: 'reloadSchema',
			connectorId: rl('mellow_crane'),
		},
	},
	{
		name: 'Connector Setup Tests',
		path: '/v1/connections/mellow_crane/test',
		parameters: {
			resource: 'connector',
			operation: 'runSetupTests',
			connectorId: rl('mellow_crane'),
		},
	},
	{
		name: 'Destination Setup Tests',
		path: '/v1/destinations/quiet_heron/test',
		parameters: {
			resource: 'destination',
			operation: 'runSetupTests',
			destinationId: rl('quiet_heron'),
		},
	},
];

describe('Lost answers to actions: exactly one POST reaches Fivetran', () => {
	for (const { name, path, parameters } of ONE_SHOT) {
		for (const action of LOST) {
			suite.matrixCase(`${name}, ${action}`, BOUND, async () => {
				loseFirst(action, 'POST', path);
				const result = await suite.run(parameters);
				expectSent(suite.proxy, 'POST', path, 1);
				if (result.error) expectMayHaveApplied(result);
				return `1 POST; ${outcomeOf(result)}`;
			});
		}
	}
});

/** Writes whose repeat cannot change the outcome: sent again, they end in success. */
const REPEATABLE: Array<{
	name: string;
	method: string;
	path: string;
	parameters: INodeParameters;
}> = [
	{
		name: 'Connector Pause (PATCH paused)',
		method: 'PATCH',
		path: '/v1/connections/mellow_crane',
		parameters: { resource: 'connector', operation: 'pause', connectorId: rl('mellow_crane') },
	},
	{
		name: 'Sync (no force)',
		method: 'POST',
		path: '/v1/connections/mellow_crane/sync',
		parameters: {
			resource: 'connector',
			operation: 'sync',
			connectorId: rl('mellow_crane'),
			force: false,
		},
	},
];

describe('Lost answers to repeatable writes: sent again, success', () => {
	for (const { name, method, path, parameters } of REPEATABLE) {
		suite.matrixCase(`${name}, applyThen502`, BOUND, async () => {
			loseFirst('applyThen502', method, path);
			const result = await suite.run(parameters);
			expectSuccess(result);
			expectSent(suite.proxy, method, path, 2);
			return `success; ${method} sent twice (safe to repeat)`;
		});
	}
});

describe('Lost answers to deletes: a repeat that finds nothing means deleted', () => {
	for (const action of LOST) {
		suite.matrixCase(`Group Delete, ${action}`, BOUND, async () => {
			const groupId = await createGroupDirectly(suite.sandbox, 'Fault Delete Group');
			loseFirst(action, 'DELETE', `/v1/groups/${groupId}`);
			const result = await suite.run({
				resource: 'group',
				operation: 'delete',
				groupId: rl(groupId),
				confirmDelete: true,
			});
			expectSuccess(result);
			expect(result.items.map((item) => [item.json.deleted, item.json.id])).toEqual([
				[true, groupId],
			]);
			expect(suite.sandbox.state.groups.has(groupId)).toBe(false);
			return 'reported deleted';
		});

		suite.matrixCase(`Connector Delete, ${action}`, BOUND, async () => {
			loseFirst(action, 'DELETE', '/v1/connections/mellow_crane');
			const result = await suite.run({
				resource: 'connector',
				operation: 'delete',
				connectorId: rl('mellow_crane'),
				confirmDelete: true,
			});
			expectSuccess(result);
			expect(result.items.map((item) => [item.json.deleted, item.json.id])).toEqual([
				[true, 'mellow_crane'],
			]);
			expect(suite.sandbox.state.connections.has('mellow_crane')).toBe(false);
			return 'reported deleted';
		});
	}
});
