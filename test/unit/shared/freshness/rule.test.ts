import type { IDataObject } from 'n8n-workflow';

import { readConnectorState } from '../../../../nodes/shared/connector/connectorState';
import { judgeFreshness } from '../../../../nodes/shared/freshness/rule';

const NOW = Date.parse('2026-01-01T12:00:00Z');
const MARK = Date.parse('2026-01-01T10:00:00Z');

function state(fields: IDataObject, status: IDataObject = {}) {
	return readConnectorState({
		succeeded_at: '2026-01-01T11:00:00Z',
		failed_at: null,
		paused: false,
		...fields,
		status: {
			setup_state: 'connected',
			sync_state: 'scheduled',
			update_state: 'on_schedule',
			tasks: [],
			...status,
		},
	});
}

describe('the freshness rule', () => {
	it('fresh: a success at or after the mark, idle; age from succeeded_at', () => {
		expect(judgeFreshness(state({}), MARK, NOW)).toEqual({
			fresh: true,
			reason: null,
			ageMs: 3_600_000,
			delayed: false,
		});
		expect(judgeFreshness(state({ succeeded_at: '2026-01-01T10:00:00Z' }), MARK, NOW).fresh).toBe(
			true,
		);
	});

	it('a success seen while syncing does not count yet (Fivetran moves it at phase ends)', () => {
		expect(judgeFreshness(state({}, { sync_state: 'syncing' }), MARK, NOW)).toMatchObject({
			fresh: false,
			reason: 'syncing',
		});
	});

	it('why not, most urgent first', () => {
		const old = { succeeded_at: '2026-01-01T09:00:00Z' };
		const cases: Array<[IDataObject, IDataObject, string]> = [
			[old, { setup_state: 'broken', sync_state: 'paused' }, 'broken'],
			[old, { setup_state: 'incomplete' }, 'setup_incomplete'],
			[{ ...old, paused: true }, {}, 'paused'],
			[old, { sync_state: 'rescheduled' }, 'rescheduled'],
			[{ succeeded_at: null }, {}, 'never_synced'],
			[{ ...old, failed_at: '2026-01-01T09:30:00Z' }, {}, 'sync_failed'],
			[old, {}, 'stale'],
		];
		for (const [fields, status, reason] of cases) {
			expect(judgeFreshness(state(fields, status), MARK, NOW).reason).toBe(reason);
		}
	});

	it("Fivetran's own signal: update_state delayed", () => {
		expect(judgeFreshness(state({}, { update_state: 'delayed' }), MARK, NOW).delayed).toBe(true);
	});
});
