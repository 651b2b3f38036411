import {
	filteredOutBecause,
	syncOutcomeOf,
	toDeliveryItem,
} from '../../../nodes/FivetranWebhookTrigger/deliveryItem';
import type { Filters } from '../../../nodes/FivetranWebhookTrigger/settings';
import { syncEnd } from './helpers';

// What one delivery says, for every sync_end status spelling seen and for both spellings of the
// renamed fields (issue 20 rows 2 and 6).

const RECEIVED = '2026-11-29T10:00:01.000Z';
const filters = (overrides: Partial<Filters> = {}): Filters => ({
	connectorIds: [],
	syncOutcomes: [],
	includeTestEvents: false,
	...overrides,
});

describe('sync_end statuses', () => {
	it.each([
		['SUCCESSFUL', 'succeeded'],
		['successful', 'succeeded'],
		['SUCCESS', 'succeeded'],
		['SUCCEEDED', 'succeeded'],
		['FAILURE', 'failed'],
		['FAILURE_WITH_TASK', 'failed'],
		['FAILED', 'failed'],
		['failed', 'failed'],
		['failure', 'failed'],
		['RESCHEDULED', 'rescheduled'],
		['rescheduled', 'rescheduled'],
		['PARTIAL', 'unknown'],
		[null, 'unknown'],
	])('%s -> %s', (status, outcome) => {
		expect(syncOutcomeOf(status)).toBe(outcome);
	});

	it('FAILED is a failed sync, and "Only Sync Outcomes: failed" keeps it', () => {
		const payload = syncEnd({}, { status: 'FAILED', reason: 'Password expired' });
		expect(toDeliveryItem(payload, RECEIVED)).toMatchObject({
			status: 'FAILED',
			sync_outcome: 'failed',
			failure_reason: 'Password expired',
		});
		expect(filteredOutBecause(payload, filters({ syncOutcomes: ['failed'] }))).toBeUndefined();
		expect(filteredOutBecause(payload, filters({ syncOutcomes: ['succeeded'] }))).toBe(
			'sync outcome not in "Only Sync Outcomes"',
		);
	});

	it('an unknown status is passed through and named, and passes the outcome filter', () => {
		const payload = syncEnd({}, { status: 'HALF_DONE' });
		const item = toDeliveryItem(payload, RECEIVED);
		expect(item).toMatchObject({
			status: 'HALF_DONE',
			sync_outcome: 'unknown',
			unknown_values: ['data.status "HALF_DONE"'],
		});
		expect(filteredOutBecause(payload, filters({ syncOutcomes: ['failed'] }))).toBeUndefined();
	});

	it('a sync_end without data.status says so; a top-level status is read when data has none', () => {
		expect(toDeliveryItem(syncEnd({}, {}), RECEIVED)).toMatchObject({
			status: null,
			sync_outcome: 'unknown',
			unknown_values: ['data.status null'],
		});
		const topLevel = { ...syncEnd({}, {}), status: 'FAILED' };
		expect(toDeliveryItem(topLevel, RECEIVED)).toMatchObject({
			status: 'FAILED',
			sync_outcome: 'failed',
		});
	});

	it('a known status carries no unknown_values; other events carry no outcome', () => {
		expect(toDeliveryItem(syncEnd(), RECEIVED)).not.toHaveProperty('unknown_values');
		const start = toDeliveryItem(syncEnd({ event: 'sync_start', data: {} }), RECEIVED);
		expect(start).toMatchObject({ sync_outcome: null });
		expect(start).not.toHaveProperty('unknown_values');
	});
});

describe('renamed fields', () => {
	const renamed = () => {
		const { connector_id, connector_name, connector_type, destination_group_id, ...rest } =
			syncEnd();
		return {
			...rest,
			connection_id: connector_id,
			connection_name: connector_name,
			connection_type: connector_type,
			group_id: destination_group_id,
		};
	};

	it('reads connection_id, connection_name, connection_type and group_id', () => {
		expect(toDeliveryItem(renamed(), RECEIVED)).toMatchObject({
			connector_id: 'sandy_lamb',
			connector_name: 'pg_main',
			service: 'postgres',
			group_id: 'decent_dropsy',
			dashboard_url: 'https://fivetran.com/dashboard/connectors/sandy_lamb/status',
			test_event: false,
		});
	});

	it('"Only These Connectors" keeps a delivery under either spelling and drops others', () => {
		const only = filters({ connectorIds: ['sandy_lamb'] });
		expect(filteredOutBecause(renamed(), only)).toBeUndefined();
		expect(filteredOutBecause(syncEnd(), only)).toBeUndefined();
		expect(filteredOutBecause({ ...renamed(), connection_id: 'other' }, only)).toBe(
			'connector not in "Only These Connectors"',
		);
	});

	it('a test delivery is recognised by its made-up connection_id', () => {
		const test = { ...renamed(), connection_id: '_connection_1' };
		expect(toDeliveryItem(test, RECEIVED)).toMatchObject({ test_event: true, dashboard_url: null });
	});
});
