import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { forgetAllDeliveries } from '../../nodes/FivetranWebhookTrigger/deliveryMemory';
import { clock } from '../../nodes/shared/clock';
import { WEBHOOK_EVENT_NAMES } from '../../nodes/shared/webhook/events';
import { deliver } from '../harness/webhook';
import { savedRegistration, sign, triggerOptions } from '../unit/FivetranWebhookTrigger/helpers';
import { fixture, fixturesIn } from './fixtures';

// The webhook trigger over real-shaped deliveries (test/fixtures/real/webhookPayload): every
// payload starts the workflow with the fields people act on read from whichever spelling it uses.

const SECRET = 'e'.repeat(64);

async function deliverFixture(name: string, parameters: INodeParameters = {}) {
	const payload = fixture(`webhookPayload/${name}`);
	const body = JSON.stringify(payload);
	// Real payloads are dated; the trigger refuses replays older than 25 h, so the test's clock
	// stands one minute after the delivery was created, as Fivetran's first attempt would.
	jest.spyOn(clock, 'now').mockReturnValue(Date.parse(String(payload.created)) + 60_000);
	const options = triggerOptions(
		{ events: [...WEBHOOK_EVENT_NAMES], ...parameters },
		{ staticData: savedRegistration(SECRET) },
	);
	return await deliver(options, {
		body,
		headers: { 'X-Fivetran-Signature-256': sign(body, SECRET) },
	});
}

async function itemOf(name: string, parameters: INodeParameters = {}): Promise<IDataObject> {
	const result = await deliverFixture(name, parameters);
	expect(result.items).toHaveLength(1);
	return result.items![0];
}

beforeEach(() => forgetAllDeliveries());

interface Expectation {
	payload: string;
	fields: IDataObject;
}

const expectations: Expectation[] = [
	{
		payload: 'sync_start',
		fields: { event: 'sync_start', connector_id: 'quiet_walrus', group_id: 'amber_pelican' },
	},
	{
		payload: 'sync_end-successful',
		fields: { status: 'SUCCESSFUL', sync_outcome: 'succeeded', service: 'google_sheets' },
	},
	{
		payload: 'sync_end-failure',
		fields: { sync_outcome: 'failed', failure_reason: 'Connection reset by peer' },
	},
	{
		payload: 'sync_end-failure_with_task',
		fields: { status: 'FAILURE_WITH_TASK', sync_outcome: 'failed' },
	},
	{
		payload: 'sync_end-failed',
		fields: { status: 'FAILED', sync_outcome: 'failed' },
	},
	{
		payload: 'sync_end-rescheduled',
		fields: { sync_outcome: 'rescheduled', connector_id: 'restless_ibex' },
	},
	{ payload: 'sync_end-lowercase', fields: { status: 'successful', sync_outcome: 'succeeded' } },
	{ payload: 'sync_end-unknown-status', fields: { status: 'FUTURE_PARTIAL_SUCCESS' } },
	{
		payload: 'sync_end-connection-spelling',
		fields: { connector_id: 'sunken_kiwi', sync_outcome: 'failed' },
	},
	{ payload: 'sync_end-group_id', fields: { group_id: 'amber_pelican' } },
	{
		payload: 'sync_end-sparse',
		fields: { connector_id: 'quiet_walrus', sync_outcome: 'succeeded' },
	},
	{
		payload: 'create_connector',
		fields: { event: 'create_connector', connector_id: 'tidy_puffin' },
	},
	{ payload: 'connection_failure', fields: { failure_reason: 'Host unreachable' } },
	{ payload: 'dbt_run_failed', fields: { event: 'dbt_run_failed', group_id: 'amber_pelican' } },
	{ payload: 'transformation_failed', fields: { status: 'FAILED', group_id: 'amber_pelican' } },
];

describe('Webhook trigger over real-shaped payloads', () => {
	it('has an expectation for every payload fixture but the test event', () => {
		const names = fixturesIn('webhookPayload').map((name) => name.split('/')[1]);
		expect(names.filter((name) => name !== 'test-event').sort()).toEqual(
			expectations.map((e) => e.payload).sort(),
		);
	});

	for (const { payload, fields } of expectations) {
		it(`${payload}: ${JSON.stringify(fields)}, the payload kept`, async () => {
			const item = await itemOf(payload);
			expect(item).toEqual(expect.objectContaining(fields));
			expect(item.payload).toEqual(fixture(`webhookPayload/${payload}`));
			expect(item.event_time).toBe(fixture(`webhookPayload/${payload}`).created);
		});
	}

	it("test-event: Fivetran's test delivery starts the workflow only with Include Test Events", async () => {
		expect((await deliverFixture('test-event')).items).toBeUndefined();
		const item = await itemOf('test-event', { filters: { includeTestEvents: true } });
		expect(item).toEqual(expect.objectContaining({ test_event: true, dashboard_url: null }));
	});
});

describe('Webhook trigger filters over real-shaped payloads', () => {
	const failedOnly = { filters: { syncOutcomes: ['failed'] } };
	const onlyKiwi = {
		filters: {
			onlyConnectors: {
				connector: [{ connectorId: { __rl: true, mode: 'id', value: 'sunken_kiwi' } }],
			},
		},
	};

	it.each(['sync_end-failure', 'sync_end-failure_with_task'])(
		'"Only Sync Outcomes: failed" keeps %s',
		async (payload) => {
			expect((await deliverFixture(payload, failedOnly)).items).toHaveLength(1);
		},
	);

	it('"Only Sync Outcomes: failed" keeps sync_end-failed (status FAILED)', async () => {
		expect((await deliverFixture('sync_end-failed', failedOnly)).items).toHaveLength(1);
	});

	it.each(['sync_end-successful', 'sync_end-rescheduled'])(
		'"Only Sync Outcomes: failed" leaves out %s',
		async (payload) => {
			expect((await deliverFixture(payload, failedOnly)).items).toBeUndefined();
		},
	);

	// A status Fivetran may add later could be a failure: it is kept, with the outcome unknown and
	// the value named, rather than dropped by a filter that cannot judge it.
	it('"Only Sync Outcomes: failed" keeps an unknown status, named', async () => {
		const { items } = await deliverFixture('sync_end-unknown-status', failedOnly);
		expect(items).toHaveLength(1);
		expect(items![0]).toMatchObject({
			sync_outcome: 'unknown',
			unknown_values: ['data.status "FUTURE_PARTIAL_SUCCESS"'],
		});
	});

	it('"Only These Connectors" keeps the chosen connector and leaves out others', async () => {
		expect((await deliverFixture('sync_end-failure', onlyKiwi)).items).toHaveLength(1);
		expect((await deliverFixture('sync_end-successful', onlyKiwi)).items).toBeUndefined();
	});

	it('"Only These Connectors" keeps a payload spelling connection_id', async () => {
		expect((await deliverFixture('sync_end-connection-spelling', onlyKiwi)).items).toHaveLength(1);
	});
});
