import type { INodeProperties } from 'n8n-workflow';

import { Fivetran } from '../../../../../nodes/Fivetran/Fivetran.node';

// The editor clamps a number field to its minValue / maxValue without a word (a poll interval of 2
// became 5): the wait fields have none, say their limits in a hint, and the node refuses values
// out of range before any request (sync.test.ts, run.test.ts, checkSync.test.ts).

const properties = new Fivetran().description.properties;

function fieldsNamed(name: string): Array<[string, INodeProperties]> {
	return properties
		.filter((p) => p.name === name)
		.map((p) => [
			`${String(p.displayOptions?.show?.resource)} ${String(p.displayOptions?.show?.operation)}`,
			p,
		]);
}

describe('Wait fields: no silent change of a value out of range', () => {
	const pollIntervals = fieldsNamed('pollInterval');
	const timeouts = fieldsNamed('timeout');

	it('Sync, Historical Resync, Transformation Run, Check Sync and Wait for Fresh Data have them', () => {
		expect(pollIntervals.map(([where]) => where).sort()).toEqual([
			'connector historicalResync',
			'connector sync',
			'connector waitForFreshData',
			'transformation run',
		]);
		expect(timeouts.map(([where]) => where).sort()).toEqual([
			'connector checkSync',
			'connector historicalResync',
			'connector sync',
			'connector waitForFreshData',
			'transformation run',
		]);
	});

	it.each(pollIntervals)(
		'Poll Interval (%s): no minValue, the hint gives the minimum',
		(_w, field) => {
			expect(field.typeOptions?.minValue).toBeUndefined();
			expect(field.hint).toMatch(
				/^At least 5 seconds; a smaller value stops the node with an error/,
			);
			expect(field.description).toMatch(/at least 5/);
		},
	);

	it.each(timeouts)(
		'Timeout (%s): no minValue / maxValue, the hint gives the range',
		(_w, field) => {
			expect(field.typeOptions?.minValue).toBeUndefined();
			expect(field.typeOptions?.maxValue).toBeUndefined();
			expect(field.hint).toMatch(/^From 1 to 1440 minutes/);
		},
	);
});
