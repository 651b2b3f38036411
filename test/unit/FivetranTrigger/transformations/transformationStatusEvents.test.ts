import type { IDataObject } from 'n8n-workflow';

import { controlTime, NODE_KEY, pollTrigger } from '../helpers';
import {
	transformation,
	transformationList,
	transformationPoller as poller,
} from '../watchedHelpers';

// Transformation Failed / Succeeded on answers without last_started_at / last_ended_at, as real
// Fivetran answers come (issue 20 row 1): a run is seen by the status changing between polls.

/** A list item as Fivetran's own clients record it: no start or end time. */
function sparse(id: string, status: string): IDataObject {
	const {
		last_started_at: _started,
		last_ended_at: _ended,
		...rest
	} = transformation(id, { status });
	return rest;
}

const events = (items: IDataObject[] | null) =>
	items?.map((item) => [item.event, item.transformation_id, item.status, item.occurred_at]) ?? null;

describe('Fivetran Trigger: transformation runs without end times', () => {
	it('records statuses first; RUNNING then FAILED alerts once, at the poll that saw it; then SUCCEEDED once', async () => {
		const { poll, staticData } = poller();
		expect(await poll([sparse('t1', 'SUCCEEDED')], '2026-01-01T00:00:00.000Z')).toBeNull();
		expect((staticData[NODE_KEY] as IDataObject).transformations).toEqual({
			ended: {},
			statuses: { t1: 'SUCCEEDED' },
		});

		expect(await poll([sparse('t1', 'RUNNING')], '2026-01-01T00:05:00.000Z')).toBeNull();
		expect(events(await poll([sparse('t1', 'FAILED')], '2026-01-01T00:10:00.000Z'))).toEqual([
			['transformationFailed', 't1', 'FAILED', '2026-01-01T00:10:00.000Z'],
		]);
		expect(await poll([sparse('t1', 'FAILED')], '2026-01-01T00:15:00.000Z')).toBeNull();
		// A run between two polls, never seen running: the status changed.
		expect(events(await poll([sparse('t1', 'SUCCEEDED')], '2026-01-01T00:20:00.000Z'))).toEqual([
			['transformationSucceeded', 't1', 'SUCCEEDED', '2026-01-01T00:20:00.000Z'],
		]);
		expect(await poll([sparse('t1', 'SUCCEEDED')], '2026-01-01T00:25:00.000Z')).toBeNull();
	});

	it.each(['PARTIALLY_SUCCEEDED', 'CANCELED', 'BLOCKED'])(
		'RUNNING then %s is a failed run; NEW and SCHEDULING are none',
		async (status) => {
			const { poll } = poller();
			await poll([sparse('t1', 'RUNNING'), sparse('n', 'NEW')], '2026-01-01T00:00:00.000Z');
			expect(
				events(
					await poll([sparse('t1', status), sparse('n', 'SCHEDULING')], '2026-01-01T00:05:00.000Z'),
				),
			).toEqual([['transformationFailed', 't1', status, '2026-01-01T00:05:00.000Z']]);
		},
	);

	it('only the chosen outcome; a transformation first seen now is a baseline', async () => {
		const { poll } = poller(['transformationSucceeded']);
		await poll([sparse('t1', 'RUNNING')], '2026-01-01T00:00:00.000Z');
		expect(
			events(
				await poll(
					[sparse('t1', 'FAILED'), sparse('new', 'SUCCEEDED')],
					'2026-01-01T00:05:00.000Z',
				),
			),
		).toBeNull();
	});

	it('a transformation absent once keeps its status; back with another status, its run is reported', async () => {
		const { poll, staticData } = poller();
		await poll([sparse('t1', 'RUNNING')], '2026-01-01T00:00:00.000Z');
		await poll([], '2026-01-01T00:05:00.000Z');
		expect((staticData[NODE_KEY] as IDataObject).transformations).toEqual({
			ended: {},
			statuses: { t1: 'RUNNING' },
			missing: ['t1'],
		});
		expect(events(await poll([sparse('t1', 'SUCCEEDED')], '2026-01-01T00:10:00.000Z'))).toEqual([
			['transformationSucceeded', 't1', 'SUCCEEDED', '2026-01-01T00:10:00.000Z'],
		]);
	});

	it('Fetch Test Event reports the latest outcome of a transformation without end times', async () => {
		controlTime();
		transformationList([sparse('t1', 'FAILED')]);
		const items = await pollTrigger(
			{ scope: 'account', events: ['transformationFailed'] },
			{},
			'manual',
		);
		expect(items).toHaveLength(1);
		expect(items?.[0]).toMatchObject({
			event: 'transformationFailed',
			transformation_id: 't1',
			status: 'FAILED',
			last_ended_at: null,
		});
		expect(items?.[0]).not.toHaveProperty('sample');
	});
});
