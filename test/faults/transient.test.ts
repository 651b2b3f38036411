import type { INodeParameters } from 'n8n-workflow';

import { transportLimits } from '../../nodes/shared/transport/limits';
import { errorText, expectSent, expectSuccess, must } from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';
import type { FaultAction } from './types';

// Transient faults on reads end in success with a known number of requests; past Max Tries they end
// in one clear error. Sleeps are faked and bounded by what the code asked for; resets and hangs are
// real sockets, bounded by the timeout the code set (shrunk here so a hang costs little time).

/** The request timeout the hang cases shrink the transport to. */
const SHORT_TIMEOUT_MS = 300;

const suite = faultSuite('transient');
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const GROUP_PATH = '/v1/groups/sandy_lamb';
const getGroup = (maxTries?: number): INodeParameters => ({
	resource: 'group',
	operation: 'get',
	groupId: rl('sandy_lamb'),
	...(maxTries ? { requestOptions: { maxTries } } : {}),
});

const TOO_MANY = { status: 429, body: { code: 'TooManyRequests', message: 'Slow down' } };
const UNAVAILABLE = { status: 503, body: { code: 'ServiceUnavailable', message: 'Try again' } };

/** The first `times` requests get `action`, the rest pass. */
function faultFirst(action: FaultAction, times = 1) {
	suite.proxy.setRule((req) => (req.n <= times ? action : undefined));
}

async function expectGroupAfterFault(): Promise<void> {
	const result = await suite.run(getGroup());
	expectSuccess(result);
	expect(result.items.map((item) => item.json.id)).toEqual(['sandy_lamb']);
	expectSent(suite.proxy, 'GET', GROUP_PATH, 2);
}

describe('Transient faults on a read, then OK: success', () => {
	suite.matrixCase(
		'429 with Retry-After: 2, then OK',
		{ requests: 2, exact: true, sleptMs: 2_000 },
		async ({ sleeps }) => {
			faultFirst({ ...TOO_MANY, headers: { 'Retry-After': '2' } });
			await expectGroupAfterFault();
			must(
				sleeps.length === 1 && sleeps[0] >= 2_000,
				`slept ${sleeps.join(', ')} ms, expected one wait of ≥ 2000`,
			);
			return `success after waiting ${sleeps[0]} ms (Retry-After)`;
		},
	);

	const cases: Array<[string, FaultAction]> = [
		['503, then OK', UNAVAILABLE],
		['connection reset, then OK', 'reset'],
		['hang (request timeout 300 ms), then OK', 'hang'],
	];
	for (const [name, action] of cases) {
		const bound = {
			requests: 2,
			exact: true,
			sleptMs: backoffsMs(1),
			timeoutMs: SHORT_TIMEOUT_MS,
		};
		suite.matrixCase(name, bound, async () => {
			transportLimits.requestTimeoutMs = SHORT_TIMEOUT_MS;
			faultFirst(action);
			await expectGroupAfterFault();
			return 'success on the 2nd try';
		});
	}
});

/** The node failed once, with a message that reads well for this number of tries. */
function expectOneClearError(result: Awaited<ReturnType<typeof suite.run>>): string {
	must(result.error !== undefined, `succeeded with ${result.items.length} item(s)`);
	const text = errorText(result);
	must(!/\b1 tries\b/.test(text), `message says "1 tries": ${text}`);
	return `one error: ${result.error.message}`;
}

describe('Faults beyond Max Tries: one clear error', () => {
	const cases: Array<[string, FaultAction, number]> = [
		['503 on every try, Max Tries 3', UNAVAILABLE, 3],
		['503, Max Tries 1 (no retry)', UNAVAILABLE, 1],
		['hang on every try (timeout 300 ms), Max Tries 2', 'hang', 2],
	];
	for (const [name, action, maxTries] of cases) {
		const bound = {
			requests: maxTries,
			exact: true,
			sleptMs: backoffsMs(maxTries - 1),
			timeoutMs: SHORT_TIMEOUT_MS,
		};
		suite.matrixCase(name, bound, async () => {
			transportLimits.requestTimeoutMs = SHORT_TIMEOUT_MS;
			suite.proxy.setRule(() => action);
			const outcome = expectOneClearError(await suite.run(getGroup(maxTries)));
			const unreachable = action === 'hang' && /could not reach/i.test(outcome);
			must(!unreachable, `a timeout reads as unreachable: ${outcome}`);
			return outcome;
		});
	}

	suite.matrixCase(
		'429 with Retry-After: 120 on every try: waits stay within the retry budget',
		{ requests: 5, sleptMs: transportLimits.retryBudgetMs },
		async ({ sleeps }) => {
			suite.proxy.setRule(() => ({ ...TOO_MANY, headers: { 'Retry-After': '120' } }));
			const outcome = expectOneClearError(await suite.run(getGroup(5)));
			// The bound holds the waits to the retry budget.
			const slept = sleeps.reduce((sum, ms) => sum + ms, 0);
			return `${outcome} (waited ${slept / 1000} s)`;
		},
	);
});

const reloadSchema: INodeParameters = {
	resource: 'connector',
	operation: 'reloadSchema',
	connectorId: rl('mellow_crane'),
};

describe('Writes under transient faults', () => {
	suite.matrixCase(
		'Group Create: 429 (never applied), then OK: retried, one group',
		{ requests: 2, exact: true, sleptMs: 1_000 },
		async () => {
			faultFirst({ ...TOO_MANY, headers: { 'Retry-After': '1' } });
			const result = await suite.run({
				resource: 'group',
				operation: 'create',
				name: 'Rate Limited Group',
			});
			expectSuccess(result);
			const named = [...suite.sandbox.state.groups.values()].filter(
				(group) => group.name === 'Rate Limited Group',
			);
			must(named.length === 1, `${named.length} groups named "Rate Limited Group"`);
			return 'success, 1 group';
		},
	);

	suite.matrixCase(
		'Reload Schema: answer after 400 ms with request timeout 100 ms: the long timeout applies',
		{ requests: 1, exact: true, sleptMs: 0, timeoutMs: 1_500 },
		async ({ attempts }) => {
			transportLimits.requestTimeoutMs = 100;
			transportLimits.longRequestTimeoutMs = 1_500;
			suite.proxy.setRule(() => ({ delayMs: 400 }));
			const result = await suite.run(reloadSchema);
			expectSuccess(result);
			const set = attempts.map((attempt) => attempt.timeoutMs);
			must(set.join() === '1500', `timeouts set: ${set.join(', ')} ms, expected the long 1500`);
			return 'success (one POST, timeout 1.5 s)';
		},
	);

	suite.matrixCase(
		'Reload Schema: hang past the long timeout: not re-sent',
		{ requests: 1, exact: true, sleptMs: 0, timeoutMs: SHORT_TIMEOUT_MS },
		async () => {
			transportLimits.longRequestTimeoutMs = SHORT_TIMEOUT_MS;
			suite.proxy.setRule(() => 'hang');
			const result = await suite.run(reloadSchema);
			must(result.error !== undefined, 'succeeded although no answer came');
			expectSent(suite.proxy, 'POST', '/v1/connections/mellow_crane/schemas/reload', 1);
			return `one error: ${result.error.message}`;
		},
	);
});
