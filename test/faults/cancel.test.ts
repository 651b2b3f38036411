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
