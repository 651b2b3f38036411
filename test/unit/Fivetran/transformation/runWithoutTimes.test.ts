import type { IDataObject } from 'n8n-workflow';

import { fakeTime, runFivetran } from '../../fixtures';
import { runAnswering, T0, transformation, TRANSFORMATION_ID, waitingRun } from './helpers';

// Real transformation answers carry no last_started_at / last_ended_at (issue 20 row 1): a run ends
// when its status leaves the running states after the run was requested, and a status that may be
// the previous run's is never taken for this run's outcome.

/** A GET answer as Fivetran's own clients record it: no start or end time at all. */
function sparse(status: string, extra: IDataObject = {}): IDataObject {
	const { last_started_at: _started, last_ended_at: _ended, ...rest } = transformation({ status });
	return { ...rest, ...extra };
}

/** The baseline GET, the POST /run, then one GET per status. */
const runSeeing = (before: string, polls: string[], extra: IDataObject = {}) =>
	runAnswering(
		sparse(before),
		polls.map((status) => sparse(status, extra)),
	);

describe('Transformation > Run and wait, answers without start and end times', () => {
	it('SUCCEEDED before, then RUNNING, then SUCCEEDED: ends with success at the first SUCCEEDED after RUNNING', async () => {
		const time = fakeTime(T0);
		const api = runSeeing('SUCCEEDED', ['SUCCEEDED', 'RUNNING', 'SUCCEEDED']);

		const { items, error } = await runFivetran(waitingRun());

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			run_succeeded: true,
			run_status: 'SUCCEEDED',
			transformation_id: TRANSFORMATION_ID,
			run_duration_seconds: null,
			polls: 3,
		});
		expect(items[0].json).not.toHaveProperty('last_ended_at');
		expect(time.sleeps).toEqual([30_000, 30_000]);
		expect(api.isDone()).toBe(true);
	});

	it('a status that changed from the previous outcome ends the wait, even if RUNNING was never seen', async () => {
		fakeTime(T0);
		const api = runSeeing('SUCCEEDED', ['FAILED'], { errors: ['model orders failed'] });

		const { items, error } = await runFivetran(waitingRun({ onFailure: 'output' }));

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			run_succeeded: false,
			run_status: 'FAILED',
			run_outcome: 'failed',
			run_messages: ['model orders failed'],
			polls: 1,
		});
		expect(api.isDone()).toBe(true);
	});

	it("a previous run still going at the request: its end is not this run's; the next run's is", async () => {
		fakeTime(T0);
		const api = runSeeing('RUNNING', ['RUNNING', 'FAILED', 'SCHEDULING', 'SUCCEEDED']);

		const { items, error } = await runFivetran(waitingRun());

		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ run_succeeded: true, polls: 4 });
		expect(api.isDone()).toBe(true);
	});

	it('the same final status at every poll is no evidence: the Timeout ends the wait and says why', async () => {
		const time = fakeTime(T0);
		const api = runSeeing('SUCCEEDED', ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);

		const { items, error } = await runFivetran(waitingRun({ timeout: 1, pollInterval: 25 }));

		expect(items).toEqual([]);
		expect(error?.message).toBe(
			`Gave up waiting for the run of transformation "${TRANSFORMATION_ID}" after 1 min (Timeout)`,
		);
		expect(error?.description).toContain('Last seen: status SUCCEEDED, but');
		expect(error?.description).toContain('may be the previous run');
		expect(time.sleeps).toEqual([25_000, 25_000]);
		expect(api.isDone()).toBe(true);
	});
});
