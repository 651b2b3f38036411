import type { INodeParameters } from 'n8n-workflow';

import type { RunNodeResult } from '../harness';
import { errorText, expectSent, expectSuccess, must, sent } from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';
import type { FaultAction } from './types';

// Issue 22's request paths under faults: a lost answer, a 5xx, an odd 2xx. Reads are retried and
// end in success or one clear error; the gate's sync request is sent at most once, and a lost
// answer to it does not end the wait (the next looks show whether the sync ran).

// Syncs end at once (the waits' sleeps are faked, so a sync must not need real time to end).
const suite = faultSuite('freshness', { syncDurationMs: 0 });
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const UNAVAILABLE = { status: 503, body: { code: 'ServiceUnavailable', message: 'Try again' } };
const LIST = '/v1/groups/brisk_otter/connections';
const BOUND = { requests: 4, sleptMs: backoffsMs(1) };
/** A 1-minute gate looking every 5 s: at most 12 looks of one list request, plus the one sync request; it sleeps no longer than its Timeout. */
const GATE_BOUND = { requests: 13, sleptMs: 60_000 };

/** The first request to `method path` gets `action`; with `always`, every one does. */
function fault(action: FaultAction, method: string, path: string, always = false) {
	suite.proxy.setRule((req) =>
		req.method === method && req.path === path && (always || req.n === 1) ? action : undefined,
	);
}

/** Gate over brisk_otter: noble_falcon (stale against "now", syncs on request), tidy_marmot broken (skipped). */
const gate = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'connector',
	operation: 'waitForFreshData',
	freshScope: 'groups',
	freshGroups: { group: [{ groupId: rl('brisk_otter') }] },
	freshRule: 'after',
	freshAfter: '',
	startSyncs: true,
	onPausedOrBroken: 'skip',
	pollInterval: 5,
	timeout: 1,
	requestOptions: { maxTries: 2 },
	...extra,
});

function oneError(result: RunNodeResult): string {
	must(result.error !== undefined, `no error: ${result.items.length} item(s)`);
	return `one error: ${errorText(result)}`;
}

describe('Wait for Fresh Data: the group list', () => {
	for (const [name, action] of [
		['503 once, then OK', UNAVAILABLE],
		['lost answer (reset) once, then OK', 'reset'],
	] as Array<[string, FaultAction]>) {
		suite.matrixCase(`Group list: ${name}`, BOUND, async () => {
			fault(action, 'GET', LIST);
			const result = await suite.run(
				gate({ startSyncs: false, freshRule: 'window', maxAgeMinutes: 525_600 }),
			);
			expectSuccess(result);
			expectSent(suite.proxy, 'GET', LIST, 2);
			return 'success on the 2nd try';
		});
	}
	suite.matrixCase(
		'Group list: odd 2xx (no items) on every try',
		{ requests: 2, exact: true, sleptMs: backoffsMs(1) },
		async () => {
			fault('oddNoItems', 'GET', LIST, true);
			return oneError(await suite.run(gate({ startSyncs: false })));
		},
	);
});

describe('Wait for Fresh Data: the first read of chosen connectors', () => {
	const PATH = '/v1/connections/noble_falcon';
	const chosen = gate({
		startSyncs: false,
		freshScope: 'connectors',
		freshConnectors: { connector: [{ connectorId: rl('noble_falcon') }] },
		freshRule: 'window',
		maxAgeMinutes: 525_600,
	});
	suite.matrixCase('Connector GET: 503 once, then OK', BOUND, async () => {
		fault(UNAVAILABLE, 'GET', PATH);
		expectSuccess(await suite.run(chosen));
		expectSent(suite.proxy, 'GET', PATH, 2);
		return 'success on the 2nd try';
	});
	suite.matrixCase(
		'Connector GET: odd 2xx (data null) on every try',
		{ requests: 2, exact: true, sleptMs: backoffsMs(1) },
		async () => {
			fault('oddDataNull', 'GET', PATH, true);
			return oneError(await suite.run(chosen));
		},
	);
});

describe('Wait for Fresh Data: the sync request is sent at most once', () => {
	const POST = '/v1/connections/noble_falcon/sync';
	suite.matrixCase(
		'Sync POST: lost answer (applied, then reset): sent once, the wait sees the sync and ends fresh',
		GATE_BOUND,
		async () => {
			fault('applyThenReset', 'POST', POST);
			const result = await suite.run(gate());
			expectSuccess(result);
			must(
				result.items[0].json.all_fresh === true,
				`not all fresh: ${JSON.stringify(result.items[0].json)}`,
			);
			expectSent(suite.proxy, 'POST', POST, 1);
			return 'success: all fresh after one sync request';
		},
	);
	for (const [name, action] of [
		['503 on every try', UNAVAILABLE],
		['odd 2xx (HTML)', 'oddHtml'],
	] as Array<[string, FaultAction]>) {
		suite.matrixCase(
			`Sync POST: ${name}: sent once, the wait ends at its Timeout naming the connector`,
			GATE_BOUND,
			async () => {
				fault(action, 'POST', POST, true);
				const result = await suite.run(gate());
				must(
					/noble_falcon/.test(errorText(result)),
					`error does not name noble_falcon: ${errorText(result)}`,
				);
				must(
					sent(suite.proxy, 'POST', POST) === 1,
					`${sent(suite.proxy, 'POST', POST)} sync requests`,
				);
				return oneError(result);
			},
		);
	}
});

describe('Get Sync History, Connector Type, Account Get Info', () => {
	const reads: Array<[string, string, INodeParameters]> = [
		[
			'Get Sync History',
			'/v1/connections/noble_falcon/sync-history',
			{
				resource: 'connector',
				operation: 'getSyncHistory',
				connectorId: rl('noble_falcon'),
				historyRange: 'lastDays',
				historyDays: 2,
				returnAll: true,
			},
		],
		[
			'Connector Type Get Many',
			'/v1/metadata/connector-types',
			{ resource: 'connectorType', operation: 'getAll', returnAll: true },
		],
		[
			'Connector Type Get',
			'/v1/metadata/connector-types/postgres',
			{ resource: 'connectorType', operation: 'get', service: rl('postgres') },
		],
		['Account Get Info', '/v1/account/info', { resource: 'account', operation: 'getInfo' }],
	];
	for (const [name, path, parameters] of reads) {
		const withTries = { ...parameters, requestOptions: { maxTries: 2 } };
		suite.matrixCase(`${name}: 503 once, then OK`, BOUND, async () => {
			fault(UNAVAILABLE, 'GET', path);
			expectSuccess(await suite.run(withTries));
			expectSent(suite.proxy, 'GET', path, 2);
			return 'success on the 2nd try';
		});
		suite.matrixCase(`${name}: lost answer (reset) once, then OK`, BOUND, async () => {
			fault('reset', 'GET', path);
			expectSuccess(await suite.run(withTries));
			return 'success on the 2nd try';
		});
		suite.matrixCase(
			`${name}: odd 2xx (data null) on every try`,
			{ requests: 2, exact: true, sleptMs: backoffsMs(1) },
			async () => {
				fault('oddDataNull', 'GET', path, true);
				return oneError(await suite.run(withTries));
			},
		);
	}
});
