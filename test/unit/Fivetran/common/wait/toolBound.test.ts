import type { INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../../../../credentials/FivetranApi.credentials';
import { TOOL_MAX_WAIT_MS } from '../../../../../nodes/Fivetran/common/wait/toolBound';
import { runNode } from '../../../../harness';
import { credentialsFor, fakeTime, fivetran, runFivetran, success } from '../../../fixtures';
import {
	CONNECTOR_PATH,
	connector,
	syncRequested,
	T0,
	waitingSync,
} from '../../connector/syncHelpers';
import {
	runWithPolls,
	T0 as RUN_T0,
	TRANSFORMATION_PATH,
	transformation,
	waitingRun,
} from '../../transformation/helpers';
import { fivetranTool, runTool } from '../../toolVariant';

/** A sync that never ends: every poll sees it running. */
function foreverSyncing() {
	syncRequested();
	return fivetran()
		.get(CONNECTOR_PATH)
		.times(1000)
		.reply(200, success(connector({ syncState: 'syncing' })));
}

afterEach(() => jest.restoreAllMocks());

describe('Wait for Completion as an AI tool: at most 5 minutes, whatever the Timeout', () => {
	it('Sync with a 60 min Timeout ends after 5 min in tool mode, saying why and what to do next', async () => {
		const time = fakeTime(T0);
		foreverSyncing();

		const { error, items } = await runTool(waitingSync({ timeout: 60 }));

		expect(items).toEqual([]);
		expect(error?.message).toContain(
			'Gave up waiting for the sync of connector "sandy_lamb" after 5 min',
		);
		expect(error?.message).toContain('as an AI tool a wait is capped at 5 minutes');
		expect(String(error?.description)).toContain('Check Sync');
		expect(String(error?.description)).toContain('Do not start it again');
		expect(time.now() - T0).toBeLessThanOrEqual(TOOL_MAX_WAIT_MS);
		expect(time.now() - T0).toBeGreaterThanOrEqual(TOOL_MAX_WAIT_MS - 30_000);
	});

	it('the same Sync as a workflow step keeps waiting past 5 minutes, up to its Timeout', async () => {
		const time = fakeTime(T0);
		foreverSyncing();

		const { error } = await runFivetran(waitingSync({ timeout: 10 }));

		expect(error?.message).toContain('after 10 min (Timeout)');
		expect(error?.message).not.toContain('AI tool');
		expect(time.now() - T0).toBeGreaterThan(TOOL_MAX_WAIT_MS);
	});

	it('a Timeout shorter than the cap is kept, and its error has no tool advice', async () => {
		const time = fakeTime(T0);
		foreverSyncing();

		const { error } = await runTool(waitingSync({ timeout: 2 }));

		expect(error?.message).toContain('after 2 min (Timeout)');
		expect(error?.message).not.toContain('AI tool');
		expect(time.now() - T0).toBeLessThanOrEqual(2 * 60_000);
	});

	it('Transformation Run with Wait for Completion is capped the same way', async () => {
		const time = fakeTime(RUN_T0);
		runWithPolls([]);
		fivetran()
			.get(TRANSFORMATION_PATH)
			.times(1000)
			.reply(
				200,
				success(
					transformation({
						status: 'RUNNING',
						startedAt: new Date(RUN_T0 + 1000).toISOString(),
						endedAt: null,
					}),
				),
			);

		const { error } = await runTool(waitingRun({ timeout: 120 }));

		expect(error?.message).toContain('as an AI tool a wait is capped at 5 minutes');
		expect(String(error?.description)).toContain('Transformation > Get');
		expect(time.now() - RUN_T0).toBeLessThanOrEqual(TOOL_MAX_WAIT_MS);
	});
});
