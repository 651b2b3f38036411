import type { RunBaseline } from '../../../../nodes/shared/transformation/transformationRun';
import {
	endedRunStatus,
	readTransformationRun,
	RUN_STATUSES,
	runEndWatcher,
} from '../../../../nodes/shared/transformation/transformationRun';

const ms = (iso: string) => Date.parse(iso);
const baseline: RunBaseline = {
	startedMs: ms('2026-01-01T00:00:00Z'),
	endedMs: ms('2026-01-01T00:05:00Z'),
};

const run = (status: string, started: string | null, ended: string | null, extra = {}) =>
	readTransformationRun({ status, last_started_at: started, last_ended_at: ended, ...extra });

describe('endedRunStatus: has the requested run ended, and how', () => {
	it.each([
		[
			'the previous run (final status, old times)',
			run('SUCCEEDED', '2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z'),
			undefined,
		],
		['running', run('RUNNING', '2026-01-01T01:00:00Z', '2026-01-01T00:05:00Z'), undefined],
		[
			'a new start while the status still shows the last run',
			run('SUCCEEDED', '2026-01-01T01:00:00Z', '2026-01-01T00:05:00Z'),
			undefined,
		],
		[
			'ended after the baseline',
			run('FAILED', '2026-01-01T01:00:00Z', '2026-01-01T01:02:00Z'),
			'FAILED',
		],
		[
			'ended after the baseline, start not given',
			run('SUCCEEDED', null, '2026-01-01T01:02:00Z'),
			'SUCCEEDED',
		],
		[
			'blocked without an end, started after the baseline',
			run('BLOCKED', '2026-01-01T01:00:00Z', null),
			'BLOCKED',
		],
		[
			'never ran before, now partly succeeded',
			run('PARTIALLY_SUCCEEDED', '2026-01-01T01:00:00Z', '2026-01-01T01:01:00Z'),
			'PARTIALLY_SUCCEEDED',
		],
		[
			'lower-case status',
			run('canceled', '2026-01-01T01:00:00Z', '2026-01-01T01:01:00Z'),
			'CANCELED',
		],
	])('%s', (_case, seen, expected) => {
		expect(endedRunStatus(seen, baseline)).toBe(expected);
	});

	it("reads Fivetran's messages from errors, message and error; none is fine", () => {
		expect(
			run('FAILED', null, null, { errors: ['a', ' ', 3], message: 'b', error: 'c' }).messages,
		).toEqual(['a', 'b', 'c']);
		expect(run('FAILED', null, null).messages).toEqual([]);
	});

	it('a transformation never run and never run since: nothing ended', () => {
		const never = { startedMs: -Infinity, endedMs: -Infinity };
		expect(endedRunStatus(run('NEW', null, null), never)).toBeUndefined();
		expect(endedRunStatus(run('SUCCEEDED', null, null), never)).toBeUndefined();
	});
});

describe('runEndWatcher: answers without start and end times decide from status alone', () => {
	const bare = (status: string) => readTransformationRun({ id: 't', status });
	/** What the watcher says at each poll, after a baseline with status `before`. */
	const verdicts = (before: string, polls: string[]) => {
		const watch = runEndWatcher(bare(before));
		return polls.map((status) => watch(bare(status)) ?? '-');
	};

	it.each([
		['SUCCEEDED', ['SUCCEEDED', 'RUNNING', 'SUCCEEDED'], ['-', '-', 'SUCCEEDED']],
		['SUCCEEDED', ['SCHEDULING', 'TERMINATING', 'CANCELED'], ['-', '-', 'CANCELED']],
		['SUCCEEDED', ['FAILED'], ['FAILED']],
		['FAILED', ['SUCCEEDED'], ['SUCCEEDED']],
		['NEW', ['NEW', 'BLOCKED'], ['-', 'BLOCKED']],
		['NEW', ['PARTIALLY_SUCCEEDED'], ['PARTIALLY_SUCCEEDED']],
		['SUCCEEDED', ['SUCCEEDED', 'SUCCEEDED'], ['-', '-']],
		// A run going on at the request: its end may be the previous run's.
		['RUNNING', ['RUNNING', 'FAILED', 'FAILED'], ['-', '-', '-']],
		['RUNNING', ['SUCCEEDED', 'RUNNING', 'SUCCEEDED'], ['-', '-', 'SUCCEEDED']],
		['RUNNING', ['FAILED', 'SUCCEEDED'], ['-', 'SUCCEEDED']],
		// A status this package does not know is never an outcome, but is a run going on.
		['SUCCEEDED', ['QUEUED', 'SUCCEEDED'], ['-', 'SUCCEEDED']],
	])('before %s, polls %j -> %j', (before, polls, expected) => {
		expect(verdicts(before, polls)).toEqual(expected);
	});

	it('every documented status is either final or in progress, NEW neither', () => {
		for (const status of RUN_STATUSES) {
			const ended = verdicts('SUCCEEDED', ['RUNNING', status])[1];
			expect([status, ended]).toEqual([
				status,
				['NEW', 'SCHEDULING', 'RUNNING', 'TERMINATING'].includes(status) ? '-' : status,
			]);
		}
	});

	it('a poll with times is judged by them, as before', () => {
		const watch = runEndWatcher(run('SUCCEEDED', '2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z'));
		expect(watch(run('SUCCEEDED', '2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z'))).toBeUndefined();
		expect(watch(run('FAILED', '2026-01-01T01:00:00Z', '2026-01-01T01:02:00Z'))).toBe('FAILED');
	});
});
