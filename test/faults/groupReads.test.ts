import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { clock } from '../../nodes/shared/clock';
import { errorText, expectSuccess, must } from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';

// Side-by-side group reads (Parallel Group Reads 4) over 20 groups of 100 connectors, one of them
// grown to 1,050 so that its list has two pages: a fault on one chain while the others run.

const GENERATED = 2_000;
const suite = faultSuite('group reads', { seed: 'empty', generateConnectors: GENERATED });
const BIG_GROUP = 'gen_group_02';
const listPath = (groupId: string) => `/v1/groups/${groupId}/connections`;
const GROUPS = 20;
/** Probe page of the account list, GET /groups, 20 group lists, the big group's second page. */
const HEALTHY_REQUESTS = 1 + 1 + GROUPS + 1;

const listAccount: INodeParameters = {
	resource: 'connector',
	operation: 'getAll',
	scope: 'account',
	returnAll: true,
	parallelGroupReads: 4,
	requestOptions: { maxTries: 3 },
};

/** Moves 950 connectors from other groups into BIG_GROUP (1,050: two pages of 1,000). */
function growBigGroup(): void {
	let moved = 0;
	for (const [id, connection] of suite.sandbox.state.connections) {
		if (moved === 950) break;
		if (connection.group_id === BIG_GROUP) continue;
		suite.sandbox.control.setConnection(id, { group_id: BIG_GROUP });
		moved += 1;
	}
}

function expectEveryConnectorOnce(items: IDataObject[], expected = GENERATED): string {
	const ids = items.map((item) => String(item.id));
	must(ids.length === expected, `${ids.length} connectors, expected ${expected}`);
	must(new Set(ids).size === ids.length, 'a connector was output twice');
	return `all ${expected} connectors, each once`;
}

const answered = (action: string) =>
	suite.proxy.requests.filter((request) => request.action === action).length;

beforeEach(() => growBigGroup());

describe('Group reads side by side: a fault on one chain', () => {
	suite.matrixCase(
		'429 on one group list while the others run: every chain holds back until Retry-After has passed, none runs into the limit again',
		{ requests: HEALTHY_REQUESTS + 4, sleptMs: 4 * 2_000 },
		async (tools) => {
			// Fivetran's limit is the account's: while it lasts, every request gets a 429. The other
			// lists answer 30 ms late, so the chains are still running when the 429 comes back.
			let fakeNow = Date.now();
			let limitedUntil = 0;
			suite.proxy.setRule((req) => {
				const limited = clock.now() < limitedUntil;
				if (!limited && !(req.path === listPath('gen_group_03') && req.n === 1))
					return req.path.endsWith('/connections') ? { delayMs: 30 } : undefined;
				if (!limited) limitedUntil = clock.now() + 2_000;
				return {
					status: 429,
					headers: { 'Retry-After': '2' },
					body: { code: 'TooManyRequests', message: 'Too many requests' },
				};
			});
			// A faked wait lets 150 ms of real time pass first, so the other chains go on meanwhile.
			let sawLimitAt = Infinity;
			jest.spyOn(clock, 'now').mockImplementation(() => fakeNow);
			jest.spyOn(clock, 'sleep').mockImplementation(async (ms: number) => {
				sawLimitAt = Math.min(sawLimitAt, Date.now());
				tools.sleeps.push(ms);
				await new Promise((resolve) => setTimeout(resolve, 150));
				fakeNow += ms;
			});

			const result = await suite.run(listAccount);
			expectSuccess(result);
			const outcome = expectEveryConnectorOnce(result.items.map((item) => item.json));
			// Requests already on their way when the first 429 came back may meet the limit too.
			const sentAfter = suite.proxy.requests.filter(
				(request) => request.action === 'status 429' && request.at > sawLimitAt + 10,
			);
			must(
				sentAfter.length === 0,
				`${sentAfter.length} request(s) sent during the pause got a 429`,
			);
			must(
				tools.sleeps.length >= 2,
				`only ${tools.sleeps.length} wait(s): no other chain held back`,
			);
			return `${outcome}; ${answered('status 429')} × 429 (in flight when it came), waits ${tools.sleeps.join(', ')} ms`;
		},
	);

	suite.matrixCase(
		'a page lost on one chain (answer reset after the sandbox read it): read again, nothing lost or doubled',
		{ requests: HEALTHY_REQUESTS + 1, exact: true, sleptMs: backoffsMs(1) },
		async () => {
			suite.proxy.setRule((req) =>
				req.path === listPath(BIG_GROUP) && req.query.cursor !== undefined && req.n === 2
					? 'applyThenReset'
					: undefined,
			);
			const result = await suite.run(listAccount);
			expectSuccess(result);
			return expectEveryConnectorOnce(result.items.map((item) => item.json));
		},
	);

	suite.matrixCase(
		'a group deleted between GET /groups and its own list: 404 skipped and named in a hint, the rest output',
		{ requests: HEALTHY_REQUESTS, exact: true, sleptMs: 0 },
		async () => {
			const gone = 'gen_group_05';
			const inGone = [...suite.sandbox.state.connections.values()].filter(
				(connection) => connection.group_id === gone,
			).length;
			const store = (suite.sandbox as unknown as { store: { removeGroup(id: string): void } })
				.store;
			suite.proxy.setRule((req) => {
				if (req.path === listPath(gone) && req.n === 1) store.removeGroup(gone);
				return undefined;
			});
			const result = await suite.run(listAccount);
			expectSuccess(result);
			const outcome = expectEveryConnectorOnce(
				result.items.map((item) => item.json),
				GENERATED - inGone,
			);
			const hint = result.hints?.[0]?.message ?? '';
			must(hint.includes(gone), `no hint naming ${gone}: ${JSON.stringify(result.hints)}`);
			return `${outcome} but the ${inGone} of ${gone}; hint: ${hint}`;
		},
	);

	suite.matrixCase(
		'the trigger poll when a group is deleted between GET /groups and its own list: the poll goes on',
		{ requests: HEALTHY_REQUESTS, exact: true, sleptMs: 0 },
		async () => {
			const gone = 'gen_group_05';
			const store = (suite.sandbox as unknown as { store: { removeGroup(id: string): void } })
				.store;
			suite.proxy.setRule((req) => {
				if (req.path === listPath(gone) && req.n === 1) store.removeGroup(gone);
				return undefined;
			});
			const staticData: IDataObject = {};
			const items = await suite.poll(
				{ scope: 'account', events: ['connectorBroken'], options: { parallelGroupReads: 4 } },
				staticData,
			);
			must(items === null, `the first poll reported ${items?.length} item(s)`);
			must(Object.keys(staticData).length > 0, 'the poll remembered nothing');
			return 'poll ok, state remembered';
		},
	);

	suite.matrixCase(
		'a repeated cursor on one chain (the page-2 request answered with page 1 again): the list stops with an error naming that group',
		{ requests: HEALTHY_REQUESTS + 2, sleptMs: 0 },
		async () => {
			suite.proxy.setRule((req) =>
				req.path === listPath(BIG_GROUP) && req.query.cursor !== undefined
					? 'dropCursor'
					: undefined,
			);
			const result = await suite.run(listAccount);
			must(result.error !== undefined, `no error: ${result.items.length} item(s)`);
			const text = errorText(result);
			must(text.includes('did not make progress'), `another error: ${text}`);
			must(
				text.includes(`GET /groups/${BIG_GROUP}/connections`),
				`the group is not named: ${text}`,
			);
			return `one error: ${result.error.message}`;
		},
	);
});
