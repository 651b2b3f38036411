import { summaryFirst } from '../../../../../nodes/Fivetran/common/wait/summaryFirst';

describe('summaryFirst', () => {
	it('puts the summary fields first, then the object, and the summary wins a name clash', () => {
		const out = summaryFirst(
			{ sync_succeeded: true, polls: 2 },
			{ id: 'c1', polls: 'from Fivetran', schema: 'app_db' },
		);

		expect(Object.keys(out)).toEqual(['sync_succeeded', 'polls', 'id', 'schema']);
		expect(out).toEqual({ sync_succeeded: true, polls: 2, id: 'c1', schema: 'app_db' });
	});
});
