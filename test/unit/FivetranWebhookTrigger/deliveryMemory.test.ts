import type { IDataObject, INodeParameters } from 'n8n-workflow';

import {
	deliveryKey,
	forgetAllDeliveries,
	isFirstDelivery,
} from '../../../nodes/FivetranWebhookTrigger/deliveryMemory';
import { rememberSecret, forgetSecret } from '../../../nodes/FivetranWebhookTrigger/secrets';
import type { WebhookNodeOptions } from '../../harness/webhook';
import { deliver, runHook } from '../../harness/webhook';
import { fakeTime, fivetran, success } from '../fixtures';
import { savedRegistration, sign, syncEnd, triggerOptions, webhookObject } from './helpers';

const SECRET = 'c'.repeat(64);
const saved = () => ({
	'node:Fivetran Webhook Trigger': { webhookId: 'wh_1', webhookSecret: SECRET },
});

function active(parameters: INodeParameters = {}): WebhookNodeOptions {
	return triggerOptions(parameters, { staticData: saved() });
}

const signed = (payload: unknown, secret = SECRET) => {
	const body = JSON.stringify(payload);
	return { body, headers: { 'X-Fivetran-Signature-256': sign(body, secret) } };
};

/** Five minutes after the sample deliveries were created (their `created` is 10:00). */
const NOW = Date.parse('2026-11-29T10:05:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const createdAt = (millis: number) => new Date(millis).toISOString();

beforeEach(() => {
	forgetAllDeliveries();
	fakeTime(NOW);
});

describe('signature', () => {
	it('starts the workflow for a correctly signed delivery, with the fields people act on', async () => {
		const payload = syncEnd({}, { status: 'FAILURE_WITH_TASK', reason: 'Password expired' });
		const result = await deliver(active(), signed(payload));
		expect(result.items).toEqual([
			expect.objectContaining({
				event: 'sync_end',
				event_label: 'Sync Ended',
				connector_id: 'sandy_lamb',
				connector_name: 'pg_main',
				service: 'postgres',
				group_id: 'decent_dropsy',
				sync_id: payload.sync_id,
				status: 'FAILURE_WITH_TASK',
				sync_outcome: 'failed',
				failure_reason: 'Password expired',
				event_time: '2026-11-29T10:00:00.000Z',
				dashboard_url: 'https://fivetran.com/dashboard/connectors/sandy_lamb/status',
				test_event: false,
				payload,
			}),
		]);
	});

	it('accepts the signature in lower case too', async () => {
		const body = JSON.stringify(syncEnd());
		const headers = { 'x-fivetran-signature-256': sign(body, SECRET).toLowerCase() };
		expect((await deliver(active(), { body, headers })).items).toHaveLength(1);
	});

	it.each([
		[
			'a wrong secret',
			(body: string) => ({ 'X-Fivetran-Signature-256': sign(body, 'd'.repeat(64)) }),
		],
		['a missing header', () => ({})],
		['a malformed header', () => ({ 'X-Fivetran-Signature-256': 'sha256=abc' })],
	])('answers 401 and starts nothing for %s', async (_, headersFor) => {
		const body = JSON.stringify(syncEnd());
		const result = await deliver(active(), { body, headers: headersFor(body) });
		expect(result.status).toBe(401);
		expect(result.response).toEqual({ noWebhookResponse: true });
		expect(result.items).toBeUndefined();
		expect(JSON.stringify(result.sent)).not.toContain(SECRET);
	});

	it('answers 401 for a tampered body carrying the original signature', async () => {
		const original = signed(syncEnd());
		const tampered = original.body.replace('SUCCESSFUL', 'FAILURE');
		const result = await deliver(active(), { body: tampered, headers: original.headers });
		expect(result.status).toBe(401);
		expect(result.items).toBeUndefined();
	});

	it('answers 401 when the node has no secret (never registered)', async () => {
		const result = await deliver(triggerOptions(), signed(syncEnd()));
		expect(result.status).toBe(401);
	});
});

describe('test deliveries', () => {
	const testPayload = syncEnd({
		connector_id: '_connection_1',
		connector_name: '_connection_name',
		destination_group_id: '_destination_1',
	});

	it("answers Fivetran's registration test with 2xx while the node registers, even before the secret is saved", async () => {
		const options = triggerOptions();
		let during: Awaited<ReturnType<typeof deliver>> | undefined;
		fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, success({ items: [], next_cursor: null }))
			.post('/v1/webhooks/account')
			.reply(async (_uri, body) => {
				// Fivetran delivers its test before it answers; static data is not saved yet.
				const secret = String((body as IDataObject).secret);
				during = await deliver(triggerOptions(), signed(testPayload, secret));
				return [200, success(webhookObject())];
			});
		expect(await runHook(options, 'create')).toBe(true);
		expect(during?.status).toBeUndefined();
		expect(during?.response.webhookResponse).toMatchObject({ started: false });
		expect(during?.items).toBeUndefined();
	});

	it('answers any delivery that arrives while it registers with 2xx and starts nothing (Fivetran does not document the check)', async () => {
		const options = triggerOptions();
		let during: Awaited<ReturnType<typeof deliver>> | undefined;
		fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, success({ items: [], next_cursor: null }))
			.post('/v1/webhooks/account')
			.reply(async () => {
				during = await deliver(triggerOptions(), { body: JSON.stringify(syncEnd()) });
				return [200, success(webhookObject())];
			});
		expect(await runHook(options, 'create')).toBe(true);
		expect(during?.items).toBeUndefined();
		expect(during?.status).toBeUndefined();
		// Once registered, the same unsigned delivery is refused.
		expect((await deliver(options, { body: JSON.stringify(syncEnd()) })).status).toBe(401);
	});

	it('starts nothing for a signed test event by default, and starts the workflow with Include Test Events', async () => {
		const quiet = await deliver(active(), signed(testPayload));
		expect(quiet.items).toBeUndefined();
		expect(quiet.response.webhookResponse).toMatchObject({ started: false });

		const included = await deliver(
			active({ filters: { includeTestEvents: true } }),
			signed(testPayload),
		);
		expect(included.items).toEqual([
			expect.objectContaining({ test_event: true, dashboard_url: null }),
		]);
	});

	it('while the editor listens, a test event starts the run (that is what listening is for)', async () => {
		const key = 'harness-workflow/fivetran-webhook-trigger-id/test';
		rememberSecret(key, SECRET, false);
		try {
			const result = await deliver(triggerOptions({}, { listening: true }), signed(testPayload));
			expect(result.items).toEqual([expect.objectContaining({ test_event: true })]);
		} finally {
			forgetSecret(key);
		}
	});

	it('refuses an unsigned test-looking delivery when no registration is running', async () => {
		const result = await deliver(active(), { body: JSON.stringify(testPayload) });
		expect(result.status).toBe(401);
	});
});

describe('duplicates and filters', () => {
	it('starts one execution for a delivery Fivetran repeats, also with another key order', async () => {
		const payload = syncEnd();
		const first = await deliver(active(), signed(payload));
		const again = await deliver(active(), signed(payload));
		const reordered = Object.fromEntries(Object.entries(payload).reverse());
		const third = await deliver(active(), signed(reordered));
		expect(first.items).toHaveLength(1);
		expect(again.items).toBeUndefined();
		expect(again.response.webhookResponse).toMatchObject({ started: false });
		expect(third.items).toBeUndefined();
	});

	it('starts a run for the next sync of the same connector', async () => {
		await deliver(active(), signed(syncEnd()));
		const next = await deliver(
			active(),
			signed(syncEnd({ sync_id: 'another-sync', created: '2026-11-29T10:03:00.000Z' })),
		);
		expect(next.items).toHaveLength(1);
	});

	it('keeps to the chosen connectors', async () => {
		const options = active({
			filters: {
				onlyConnectors: {
					connector: [{ connectorId: { __rl: true, mode: 'id', value: 'other_one' } }],
				},
			},
		});
		expect((await deliver(options, signed(syncEnd()))).items).toBeUndefined();
		expect(
			(await deliver(options, signed(syncEnd({ connector_id: 'other_one' })))).items,
		).toHaveLength(1);
	});

	it('keeps to the chosen sync outcomes, and lets other events through', async () => {
		const options = active({
			events: ['sync_end', 'sync_start'],
			filters: { syncOutcomes: ['failed'] },
		});
		expect((await deliver(options, signed(syncEnd()))).items).toBeUndefined();
		expect(
			(await deliver(options, signed(syncEnd({}, { status: 'FAILURE', reason: 'x' })))).items,
		).toHaveLength(1);
		expect(
			(await deliver(options, signed(syncEnd({ event: 'sync_start', data: {} })))).items,
		).toHaveLength(1);
	});

	it('ignores an event that was not chosen (an old registration still sending it)', async () => {
		const result = await deliver(active(), signed(syncEnd({ event: 'pause_connector' })));
		expect(result.items).toBeUndefined();
		expect(result.response.webhookResponse).toMatchObject({ started: false });
	});

	it('refuses a signed body that is not a JSON object', async () => {
		const body = '[1,2,3]';
		const result = await deliver(active(), {
			body,
			headers: { 'X-Fivetran-Signature-256': sign(body, SECRET) },
		});
		expect(result.status).toBe(401);
	});
});

describe("replays are bounded by the delivery's own time (created, inside the signed body)", () => {
	it.each([
		[
			'created 25 h and 1 min ago (older than Fivetran retries)',
			NOW - 25 * HOUR - MINUTE,
			'a replay',
		],
		['created 16 min in the future', NOW + 16 * MINUTE, 'in the future'],
	])('%s: answered 2xx (no retries), nothing started', async (_case, created, why) => {
		const result = await deliver(active(), signed(syncEnd({ created: createdAt(created) })));

		expect(result.items).toBeUndefined();
		expect(result.status).toBeUndefined(); // n8n's own 200, not an error status
		expect(result.response.webhookResponse).toMatchObject({ received: true, started: false });
		expect(JSON.stringify(result.response.webhookResponse)).toContain(why);
	});

	it.each([
		['created 24 h 59 min ago (a late Fivetran retry)', NOW - 25 * HOUR + MINUTE],
		['created 14 min in the future (clock drift)', NOW + 14 * MINUTE],
	])('%s: starts the workflow', async (_case, created) => {
		const result = await deliver(active(), signed(syncEnd({ created: createdAt(created) })));
		expect(result.items).toHaveLength(1);
	});

	it.each([
		['without created', { created: undefined }],
		['with a created that is not a time', { created: 'yesterday' }],
	])('a signed delivery %s starts nothing (its age cannot be checked)', async (_case, change) => {
		const result = await deliver(active(), signed(syncEnd(change)));
		expect(result.items).toBeUndefined();
		expect(result.response.webhookResponse).toMatchObject({ started: false });
	});

	it('a delivery replayed after a restart is recognised from the static data n8n saved', async () => {
		const staticData = saved();
		const payload = syncEnd();
		const first = await deliver(triggerOptions({}, { staticData }), signed(payload));
		forgetAllDeliveries(); // a restart: this process's memory is gone

		const replayed = await deliver(triggerOptions({}, { staticData }), signed(payload));

		expect(first.items).toHaveLength(1);
		expect(replayed.items).toBeUndefined();
		expect(replayed.response.webhookResponse).toMatchObject({ started: false });
	});

	it('without saved static data a restart forgets (the documented limit): the created bound is what remains', async () => {
		const payload = syncEnd();
		await deliver(active(), signed(payload));
		forgetAllDeliveries();

		expect((await deliver(active(), signed(payload))).items).toHaveLength(1);
	});

	it('the static data keeps the newest 1,000 deliveries, each until it could no longer be accepted', () => {
		const staticData: IDataObject = {};
		const keys = Array.from({ length: 1_001 }, (_, i) => deliveryKey({ n: i }));
		for (const key of keys) expect(isFirstDelivery('node-a', key, staticData)).toBe(true);
		forgetAllDeliveries();

		const record = staticData.startedDeliveries as Record<string, number>;
		expect(Object.keys(record)).toHaveLength(1_000);
		expect(new Set(Object.values(record))).toEqual(new Set([NOW + 25 * HOUR + 15 * MINUTE]));
		expect(isFirstDelivery('node-a', keys[1_000], staticData)).toBe(false);
		expect(isFirstDelivery('node-a', keys[0], staticData)).toBe(true); // the oldest was dropped
	});
});
