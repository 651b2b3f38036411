import type { INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { transportLimits } from '../../nodes/shared/transport/limits';
import { startNode } from '../harness';
import { must } from './direct';
import { faultSuite } from './env';
import type { FaultAction } from './types';

// Stop (as in the editor) ends a sync wait, a retry sleep or a request in flight within a second,
// and nothing is sent after it. Real sleeps and sockets: this is about wall time.

// Syncs never finish on their own here, so a Sync with Wait is still waiting when stopped.
const suite = faultSuite('cancel', { syncDurationMs: 600_000 });
const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** Starts the node, presses Stop after `stopAfterMs` and measures how the run ended. */
async function stopAfter(parameters: INodeParameters, stopAfterMs: number): Promise<string> {
	const running = startNode({
		nodeType: new Fivetran(),
		parameters,
		credentials: suite.credentials(),
		credentialTypes: [new FivetranApi()],
	});
	const timer = setTimeout(running.stop, stopAfterMs);
	const result = await running.result.finally(() => clearTimeout(timer));
	const endedAt = Date.now();
	const stoppedAt = result.stoppedAt;
	must(
		stoppedAt !== undefined,
		`the run ended by itself before Stop (${result.error?.message ?? 'success'})`,
	);
	const late = suite.proxy.requests.filter((request) => request.at > stoppedAt);
	must(
		late.length === 0,
		`${late.length} request(s) after Stop: ${late.map((r) => `${r.method} ${r.path}`).join(', ')}`,
	);
	must(endedAt - stoppedAt < 1_000, `ended ${endedAt - stoppedAt} ms after Stop`);
	return `ended ${endedAt - stoppedAt} ms after Stop, no request after it`;
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

describe("The wait's Timeout bounds the whole wait, requests in flight included", () => {
	suite.matrixCase(
		'Sync with Wait (Timeout 1 min): status reads hang from 50 s on; ends by the Timeout',
		{ requests: 10, ms: 5_000 },
		async ({ sleeps }) => {
			const slept = () => sleeps.reduce((sum, ms) => sum + ms, 0);
			const started = Date.now();
			// Faked sleeps bring the wait near its end; from then on no status read answers, and each
			// attempt gives up after 500 ms (the shrunk request timeout) so the case runs in real seconds.
			transportLimits.requestTimeoutMs = 500;
			suite.proxy.setRule((req) =>
				req.method === 'GET' && req.path === '/v1/connections/mellow_crane' && slept() >= 50_000
					? 'hang'
					: undefined,
			);
			const result = await suite.run({ ...syncAndWait, pollInterval: 29, timeout: 1 });
			const waited = Date.now() + slept() - started;
			must(result.error !== undefined, 'the wait succeeded although the sync never ended');
			must(waited <= 61_000, `the wait took ${waited / 1000} s (clock time)`);
			return `one error after ${(waited / 1000).toFixed(1)} s of clock time: ${result.error.message}`;
		},
	);
});

describe('Stop ends waits and requests within a second', () => {
	suite.matrixCase(
		'Sync with Wait, stopped mid-wait',
		{ requests: 4, ms: 3_000 },
		async () => await stopAfter(syncAndWait, 1_200),
		{ realSleep: true },
	);

	suite.matrixCase(
		'Group Get retrying 503s, stopped during the backoff sleep',
		{ requests: 2, ms: 2_000 },
		async () => {
			suite.proxy.setRule(() => ({
				status: 503,
				body: { code: 'ServiceUnavailable', message: 'down' },
			}));
			return await stopAfter(getGroup, 300);
		},
		{ realSleep: true },
	);

	suite.matrixCase(
		'Group Get hanging (request timeout 60 s), stopped in flight',
		{ requests: 1, exact: true, ms: 2_000 },
		async () => {
			transportLimits.requestTimeoutMs = 60_000;
			suite.proxy.setRule((): FaultAction => 'hang');
			return await stopAfter(getGroup, 300);
		},
		{ realSleep: true },
	);
});
