import type { INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { transportLimits } from '../../nodes/shared/transport/limits';
import { startNode } from '../harness';
import { errorText, must } from './direct';
import type { Attempt } from './env';
import { faultSuite } from './env';
import type { FaultAction } from './types';

// Stop (as in the editor) ends a sync wait, a retry sleep or a request in flight, and nothing is sent
// after it. Stop is pressed at a moment the code reaches (a sleep, a request in flight), never after
// a guessed delay; what could outlast Stop is made far longer than the hang guard (sleeps last until
// Stop, the hanging request's timeout is 10 min), so a Stop that is not obeyed fails the case.
// The time from Stop to the end is reported, as information.

// Syncs never finish on their own here, so a Sync with Wait is still waiting when stopped.
const suite = faultSuite('cancel', { syncDurationMs: 600_000 });
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** Resolves once `condition` holds (checked every 10 ms of real time). */
async function until(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Starts the node, presses Stop when `moment` resolves and checks how the run ended. */
async function stopAt(parameters: INodeParameters, moment: Promise<unknown>): Promise<string> {
	const running = startNode({
		nodeType: new Fivetran(),
		parameters,
		credentials: suite.credentials(),
		credentialTypes: [new FivetranApi()],
	});
	const first = await Promise.race([moment.then(() => 'moment'), running.result]);
	running.stop();
	const result = await running.result;
	const endedAt = Date.now();
	must(
		first === 'moment',
		`the run ended by itself before Stop (${errorText(result) || 'success'})`,
	);
	const stoppedAt = result.stoppedAt as number;
	const late = suite.proxy.requests.filter((request) => request.at > stoppedAt);
	must(
		late.length === 0,
		`${late.length} request(s) after Stop: ${late.map((r) => `${r.method} ${r.path}`).join(', ')}`,
	);
	must(/stopped|cancell?ed/i.test(errorText(result)), `not ended by Stop: ${errorText(result)}`);
	return `ended by Stop (${endedAt - stoppedAt} ms after it), no request after it`;
}

const syncAndWait: INodeParameters = {
	resource: 'connector',
	operation: 'sync',
	connectorId: rl('mellow_crane'),
	waitForCompletion: true,
	pollInterval: 5,
	timeout: 60,
};

const getGroup: INodeParameters = {
	resource: 'group',
	operation: 'get',
	groupId: rl('sandy_lamb'),
	requestOptions: { maxTries: 5 },
};

/** Requests that could still run when the wait's deadline has passed, given the timeout set. */
const outlastingDeadline = (attempts: Attempt[]) =>
	attempts.filter((a) => a.deadline !== undefined && a.sentAt + a.timeoutMs > a.deadline);

describe("The wait's Timeout bounds the whole wait, requests in flight included", () => {
	suite.matrixCase(
		'Sync with Wait (Timeout 1 min): status reads hang from 45 s on; ends by the Timeout',
		{ requests: 10, sleptMs: 60_000, timeoutMs: 500 },
		async ({ sleeps, attempts }) => {
			const slept = () => sleeps.reduce((sum, ms) => sum + ms, 0);
			// Faked sleeps bring the wait near its end; from then on no status read answers, and each
			// attempt gives up after 500 ms (the shrunk request timeout) or at the deadline if sooner.
			transportLimits.requestTimeoutMs = 500;
			suite.proxy.setRule((req) =>
				req.method === 'GET' && req.path === '/v1/connections/mellow_crane' && slept() >= 45_000
					? 'hang'
					: undefined,
			);
			const result = await suite.run({ ...syncAndWait, pollInterval: 29, timeout: 1 });
			must(result.error !== undefined, 'the wait succeeded although the sync never ended');
			const timed = attempts.filter((attempt) => attempt.deadline !== undefined);
			must(timed.length > 0, "no request carried the wait's deadline");
			const deadline = timed[0].deadline as number;
			must(
				deadline - timed[0].sentAt <= 60_000,
				`the deadline is ${(deadline - timed[0].sentAt) / 1000} s after the first read`,
			);
			const outlasting = outlastingDeadline(attempts);
			must(
				outlasting.length === 0,
				`${outlasting.length} request(s) were given a timeout past the wait's deadline`,
			);
			return `one error after ${slept() / 1000} s of sleeps, every read cut to the deadline: ${result.error.message}`;
		},
	);
});

describe('Stop ends waits and requests, and nothing is sent after it', () => {
	suite.matrixCase(
		'Sync with Wait, stopped mid-wait',
		{ requests: 4, sleptMs: 5_000 },
		async ({ sleeping }) => await stopAt(syncAndWait, sleeping),
		{ sleepUntilStopped: true },
	);

	suite.matrixCase(
		'Group Get retrying 503s, stopped during the backoff sleep',
		{ requests: 1, exact: true, sleptMs: 1_000 },
		async ({ sleeping }) => {
			suite.proxy.setRule(() => ({
				status: 503,
				body: { code: 'ServiceUnavailable', message: 'down' },
			}));
			return await stopAt(getGroup, sleeping);
		},
		{ sleepUntilStopped: true },
	);

	suite.matrixCase(
		'Group Get hanging (request timeout 10 min), stopped in flight',
		{ requests: 1, exact: true, sleptMs: 0 },
		async () => {
			transportLimits.requestTimeoutMs = 600_000;
			suite.proxy.setRule((): FaultAction => 'hang');
			return await stopAt(
				getGroup,
				until(() => suite.proxy.requests.length > 0),
			);
		},
		{ sleepUntilStopped: true },
	);
});
