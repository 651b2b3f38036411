import type { IDataObject } from 'n8n-workflow';

import { fivetran } from '../../fixtures';
import { controlTime, NODE_KEY, persisted, pollTrigger } from '../helpers';
import {
	transformation,
	transformationList,
	transformationPoller as poller,
} from '../watchedHelpers';

const parameters = {
	scope: 'account',
	events: ['transformationFailed', 'transformationSucceeded'],
};
const ENDED_0 = '2025-12-31T09:30:00.000Z';

const events = (items: IDataObject[] | null) =>
	items?.map((item) => [item.event, item.transformation_id, item.occurred_at]) ?? null;

describe('Fivetran Trigger: transformation runs, exactly once', () => {
	it("first poll records; a failed run alerts once with Fivetran's messages; a later success once; running counts nothing", async () => {
		const { poll, staticData } = poller();
		expect(
			await poll(
				[transformation('t1', { status: 'FAILED' }), transformation('t2')],
				'2026-01-01T00:00:00.000Z',
			),
		).toBeNull();
		expect(staticData[NODE_KEY]).toEqual({
			v: 1,
			polledAt: Date.parse('2026-01-01T00:00:00.000Z'),
			transformations: { ended: { t1: Date.parse(ENDED_0), t2: Date.parse(ENDED_0) } },
		});

		// t1 runs: nothing ended yet (last_ended_at is the previous run's).
		const running = transformation('t1', {
			status: 'RUNNING',
			last_started_at: '2026-01-01T00:01:00.000Z',
		});
		expect(await poll([running, transformation('t2')], '2026-01-01T00:02:00.000Z')).toBeNull();

		const failed = transformation('t1', {
			status: 'FAILED',
			last_started_at: '2026-01-01T00:01:00.000Z',
			last_ended_at: '2026-01-01T00:03:00.000Z',
			errors: ['model orders failed: relation "raw.orders" does not exist'],
		});
		const alert = await poll([failed, transformation('t2')], '2026-01-01T00:05:00.000Z');
		expect(alert).toEqual([
			{
				event: 'transformationFailed',
				transformation_id: 't1',
				name: 't1_model',
				type: 'DBT_CORE',
				status: 'FAILED',
				paused: false,
				project_id: 'proj_1',
				group_id: null,
				last_started_at: '2026-01-01T00:01:00.000Z',
				last_ended_at: '2026-01-01T00:03:00.000Z',
				previous_run_ended_at: ENDED_0,
				errors: ['model orders failed: relation "raw.orders" does not exist'],
				occurred_at: '2026-01-01T00:03:00.000Z',
				dashboard_url: 'https://fivetran.com/dashboard/transformations',
			},
		]);
		expect(await poll([failed, transformation('t2')], '2026-01-01T00:10:00.000Z')).toBeNull();

		const succeeded = transformation('t1', { last_ended_at: '2026-01-01T00:12:00.000Z' });
		expect(
			events(await poll([succeeded, transformation('t2')], '2026-01-01T00:15:00.000Z')),
		).toEqual([['transformationSucceeded', 't1', '2026-01-01T00:12:00.000Z']]);
		expect(await poll([succeeded, transformation('t2')], '2026-01-01T00:20:00.000Z')).toBeNull();
	});

	it.each(['PARTIALLY_SUCCEEDED', 'CANCELED', 'BLOCKED'])(
		'%s counts as failed; NEW (never ran) counts as nothing',
		async (status) => {
			const { poll } = poller();
			await poll(
				[transformation('t1'), transformation('n', { last_ended_at: null, status: 'NEW' })],
				'2026-01-01T00:00:00.000Z',
			);
			const ended = transformation('t1', { status, last_ended_at: '2026-01-01T00:01:00.000Z' });
			expect(
				events(
					await poll(
						[ended, transformation('n', { status: 'NEW', last_ended_at: null })],
						'2026-01-01T00:05:00.000Z',
					),
				),
			).toEqual([['transformationFailed', 't1', '2026-01-01T00:01:00.000Z']]);
		},
	);

	it('only the chosen outcome; a new transformation counts runs ended after the last poll', async () => {
		const { poll } = poller(['transformationFailed']);
		await poll([transformation('t1')], '2026-01-01T00:00:00.000Z');
		const succeeded = transformation('t1', { last_ended_at: '2026-01-01T00:01:00.000Z' });
		const fresh = transformation('new', {
			status: 'FAILED',
			last_ended_at: '2026-01-01T00:02:00.000Z',
		});
		expect(events(await poll([succeeded, fresh], '2026-01-01T00:05:00.000Z'))).toEqual([
			['transformationFailed', 'new', '2026-01-01T00:02:00.000Z'],
		]);
	});

	it('a failed read changes nothing; the next good poll reports the run', async () => {
		const { poll, staticData } = poller();
		await poll([transformation('t1')], '2026-01-01T00:00:00.000Z');
		const before = persisted(staticData);
		fivetran()
			.get('/v1/transformations')
			.query({ limit: 1000 })
			.reply(401, { code: 'AuthFailed', message: 'bad key' });
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow();
		expect(persisted(staticData)).toEqual(before);
		const failed = transformation('t1', {
			status: 'FAILED',
			last_ended_at: '2026-01-01T00:06:00.000Z',
		});
		expect(events(await poll([failed], '2026-01-01T00:10:00.000Z'))).toEqual([
			['transformationFailed', 't1', '2026-01-01T00:06:00.000Z'],
		]);
	});

	it('an answer holding a transformation without an ID fails the poll and keeps the memory', async () => {
		const { poll, staticData } = poller();
		await poll([transformation('t1')], '2026-01-01T00:00:00.000Z');
		const before = persisted(staticData);
		const { id: _dropped, ...noId } = transformation('t1');
		transformationList([noId]);
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow(
			"Fivetran's answer to GET /transformations holds a transformation without an ID",
		);
		expect(persisted(staticData)).toEqual(before);
	});

	it('a transformation absent once keeps its mark; absent twice it is forgotten', async () => {
		const { poll, staticData } = poller();
		const t1 = transformation('t1', { status: 'FAILED' });
		await poll([t1], '2026-01-01T00:00:00.000Z');
		expect(await poll([], '2026-01-01T00:05:00.000Z')).toBeNull();
		expect((staticData[NODE_KEY] as IDataObject).transformations).toEqual({
			ended: { t1: Date.parse(ENDED_0) },
			missing: ['t1'],
		});
		expect(await poll([t1], '2026-01-01T00:06:00.000Z')).toBeNull(); // back: not reported again
		await poll([], '2026-01-01T00:07:00.000Z');
		await poll([], '2026-01-01T00:08:00.000Z');
		expect((staticData[NODE_KEY] as IDataObject).transformations).toEqual({ ended: {} });
	});

	it('events added to a running trigger: a silent baseline for them', async () => {
		const time = controlTime();
		const staticData: IDataObject = {
			[NODE_KEY]: { v: 1, polledAt: 1, broken: [], incomplete: [] },
		};
		time.set('2026-01-01T00:00:00.000Z');
		transformationList([
			transformation('t1', { status: 'FAILED', last_ended_at: '2025-12-31T23:59:00.000Z' }),
		]);
		expect(await pollTrigger(parameters, staticData)).toBeNull();
		expect((staticData[NODE_KEY] as IDataObject).transformations).toEqual({
			ended: { t1: Date.parse('2025-12-31T23:59:00.000Z') },
		});
	});

	it('Fetch Test Event with no failed run: the latest run, marked as a sample in its first fields', async () => {
		controlTime();
		const api = transformationList([transformation('t1')]);

		const items = await pollTrigger(
			{ scope: 'account', events: ['transformationFailed'] },
			{},
			'manual',
		);

		expect(api.isDone()).toBe(true);
		expect(items).toHaveLength(1);
		expect(Object.keys(items?.[0] ?? {}).slice(0, 3)).toEqual(['sample_notice', 'sample', 'event']);
		expect(items?.[0]).toMatchObject({
			sample_notice:
				'Sample, not an event: nothing in the chosen scope matches "Transformation Failed" right now; this is transformation t1_model (t1) as it is now, shown as an example. The active workflow only outputs real events.',
			sample: true,
			event: 'transformationFailed',
			transformation_id: 't1',
			status: 'SUCCEEDED',
		});
	});
});
