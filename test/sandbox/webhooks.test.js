'use strict';
// Webhooks in the sandbox: the /v1/webhooks API, signed deliveries to a local receiver, the
// /_sandbox/webhooks controls and the automatic sync events.
const crypto = require('node:crypto');
const net = require('node:net');
const { start, until } = require('./helpers');
const { startReceiver } = require('./receiver');

const SECRET = 'hook-s3cr3t-never-shown';
const sign = (secret, bytes) => crypto.createHmac('sha256', Buffer.from(secret, 'utf8')).update(bytes).digest('hex').toUpperCase();
const signatureOf = (request) => request.headers['x-fivetran-signature-256'];

// A loopback port with nothing listening: deliveries there fail with ECONNREFUSED.
async function closedPort() {
	const server = net.createServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	await new Promise((resolve) => server.close(resolve));
	return port;
}

describe('sandbox webhooks', () => {
	let sandbox;
	let api;
	let receiver;

	beforeAll(async () => {
		({ sandbox, api } = await start({ syncDurationMs: 150 }));
		receiver = await startReceiver();
	});
	afterAll(async () => {
		await sandbox.close();
		await receiver.close();
	});
	beforeEach(() => {
		sandbox.control.reset();
		receiver.clear();
		receiver.status = 200;
	});

	const createAccountHook = (body) => api.post('/webhooks/account', { url: receiver.url, events: ['sync_end'], ...body });

	describe('create', () => {
		test('answers 200 with the secret masked, after one signed registration delivery', async () => {
			const r = await createAccountHook({ events: ['sync_end', 'sync_start'], secret: SECRET });
			expect(r.status).toBe(200);
			expect(r.body).toMatchObject({ code: 'Success', message: 'Account webhook has been created' });
			expect(r.body.data).toMatchObject({ type: 'account', url: receiver.url, events: ['sync_end', 'sync_start'], active: true, secret: '******', created_by: 'admiral_owl' });
			expect(r.body.data.group_id).toBeUndefined();
			expect(r.text).not.toContain(SECRET);

			expect(receiver.requests).toHaveLength(1); // delivered before the answer
			const [delivery] = receiver.requests;
			expect(delivery.method).toBe('POST');
			expect(delivery.headers['content-type']).toBe('application/json');
			expect(delivery.headers['user-agent']).toBe('Fivetran-Sandbox');
			expect(signatureOf(delivery)).toBe(sign(SECRET, delivery.raw));
			expect(signatureOf(delivery)).toMatch(/^[0-9A-F]{64}$/);
			expect(delivery.body).toEqual({
				event: 'sync_end',
				created: expect.any(String),
				connector_type: '_connection_type',
				connector_id: '_connection_1',
				connector_name: '_connection_name',
				sync_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
				destination_group_id: '_destination_1',
				data: { status: 'SUCCESSFUL' },
			});

			const log = sandbox.control.webhookDeliveries();
			expect(log).toEqual([expect.objectContaining({ webhookId: r.body.data.id, kind: 'registration', event: 'sync_end', signature: 'valid', status: 200 })]);
			expect(JSON.stringify(log)).not.toContain(SECRET);
		});

		test('without a secret the delivery has no signature header', async () => {
			const r = await createAccountHook({ events: ['create_connector'] });
			expect(r.status).toBe(200);
			expect(signatureOf(receiver.requests[0])).toBeUndefined();
			expect(receiver.requests[0].body.data).toEqual({});
			expect(receiver.requests[0].body.sync_id).toBeUndefined();
		});

		test('inactive webhooks are created without a delivery', async () => {
			const r = await createAccountHook({ active: false });
			expect(r.status).toBe(200);
			expect(r.body.data.active).toBe(false);
			expect(receiver.requests).toHaveLength(0);
		});

		test('a receiver answering 500 -> 400 and no webhook is stored', async () => {
			receiver.status = 500;
			const r = await createAccountHook({ secret: SECRET });
			expect(r.status).toBe(400);
			expect(r.body.code).toBe('InvalidInput');
			expect(r.body.message).toBe(`Fivetran could not deliver a test event to ${receiver.url}: HTTP 500`);
			expect(r.text).not.toContain(SECRET);
			expect((await api.get('/webhooks')).body.data.items).toEqual([]);
		});

		test('an unreachable receiver -> 400 naming the error code', async () => {
			const url = `http://127.0.0.1:${await closedPort()}/hook`;
			const r = await api.post('/webhooks/account', { url, events: ['sync_end'] });
			expect(r.status).toBe(400);
			expect(r.body.message).toBe(`Fivetran could not deliver a test event to ${url}: ECONNREFUSED`);
			expect(sandbox.control.webhookDeliveries()[0]).toMatchObject({ kind: 'registration', status: 0, error: 'ECONNREFUSED' });
		});

		test.each([
			[{ url: 'https://example.com/hook' }, "host 'example.com' is not allowed: the sandbox delivers only to 127.0.0.1/localhost"],
			[{ url: 'http://10.0.0.1/hook' }, 'the sandbox delivers only to 127.0.0.1/localhost'],
			[{ url: 'ftp://127.0.0.1/hook' }, "Field 'url' must be an absolute http(s) URL"],
			[{ url: '/relative' }, "Field 'url' must be an absolute http(s) URL"],
			[{ url: undefined }, "Field 'url' is required"],
			[{ events: [] }, "Field 'events' must be a non-empty array"],
			[{ events: ['sync_end', 'sync_ended'] }, "Invalid value 'sync_ended' for field 'events'"],
			[{ active: 'yes' }, "Field 'active' must be a boolean"],
			[{ secret: 5 }, "Field 'secret' must be a string"],
			[{ colour: 'red' }, "Unknown field 'colour'"],
		])('refuses %j with 400', async (patch, message) => {
			const r = await createAccountHook(patch);
			expect(r.status).toBe(400);
			expect(r.body.code).toBe('InvalidInput');
			expect(r.body.message).toContain(message);
			expect(receiver.requests).toHaveLength(0);
		});

		test('group webhooks: 404 for a missing group, group_id in the answer', async () => {
			const missing = await api.post('/webhooks/group/no_such', { url: receiver.url, events: ['sync_end'] });
			expect(missing.status).toBe(404);
			expect(missing.body.code).toBe('NotFound_Group');
			const r = await api.post('/webhooks/group/sandy_lamb', { url: receiver.url, events: ['sync_end'] });
			expect(r.status).toBe(200);
			expect(r.body.message).toBe('Group webhook has been created');
			expect(r.body.data).toMatchObject({ type: 'group', group_id: 'sandy_lamb' });
		});
	});

	test('requireHttps: plain http is refused like Fivetran does', async () => {
		const strict = await start({ requireHttps: true });
		try {
			const r = await strict.api.post('/webhooks/account', { url: receiver.url, events: ['sync_end'] });
			expect(r.status).toBe(400);
			expect(r.body.message).toBe("Field 'url' must be HTTPS");
			expect(receiver.requests).toHaveLength(0);
		} finally {
			await strict.sandbox.close();
		}
	});

	describe('list, get, patch, delete', () => {
		test('CRUD with cursor pagination and 404s', async () => {
			const ids = [];
			for (let i = 0; i < 3; i++) ids.push((await createAccountHook({ active: false })).body.data.id);
			const page1 = await api.get('/webhooks?limit=2');
			expect(page1.body.data.items.map((w) => w.id)).toEqual(ids.slice(0, 2));
			const page2 = await api.get(`/webhooks?limit=2&cursor=${page1.body.data.next_cursor}`);
			expect(page2.body.data.items.map((w) => w.id)).toEqual([ids[2]]);
			expect(page2.body.data.next_cursor).toBeUndefined();

			const got = await api.get(`/webhooks/${ids[0]}`);
			expect(got.body.data).toMatchObject({ id: ids[0], secret: '******' });

			const patched = await api.patch(`/webhooks/${ids[0]}`, { events: ['sync_start'], secret: 'new-secret' });
			expect(patched.status).toBe(200);
			expect(patched.body.data).toMatchObject({ events: ['sync_start'], active: false, secret: '******' });
			expect(sandbox.store.webhooks.get(ids[0]).secret).toBe('new-secret');
			await api.patch(`/webhooks/${ids[0]}`, { secret: '******' }); // the mask keeps the stored value
			expect(sandbox.store.webhooks.get(ids[0]).secret).toBe('new-secret');

			expect((await api.patch(`/webhooks/${ids[0]}`, { url: 'http://example.org/x' })).status).toBe(400);
			expect((await api.patch(`/webhooks/${ids[0]}`, { bogus: 1 })).body.message).toBe("Unknown field 'bogus'");

			const deleted = await api.del(`/webhooks/${ids[0]}`);
			expect(deleted.status).toBe(200);
			expect(deleted.body).toEqual({ code: 'Success', message: `Webhook with id '${ids[0]}' has been deleted` });
			for (const r of [await api.get(`/webhooks/${ids[0]}`), await api.patch(`/webhooks/${ids[0]}`, { active: true }), await api.del(`/webhooks/${ids[0]}`)]) {
				expect(r.status).toBe(404);
				expect(r.body.code).toBe('NotFound_Webhook');
			}
			expect(receiver.requests).toHaveLength(0);
		});

		test('activation via PATCH sends a test delivery; a failing receiver keeps it inactive', async () => {
			const id = (await createAccountHook({ active: false, events: ['pause_connector'], secret: SECRET })).body.data.id;
			receiver.status = 503;
			const refused = await api.patch(`/webhooks/${id}`, { active: true, events: ['resume_connector'] });
			expect(refused.status).toBe(400);
			expect(refused.body.message).toContain('HTTP 503');
			expect(sandbox.store.webhooks.get(id)).toMatchObject({ active: false, events: ['pause_connector'] });

			receiver.status = 200;
			const r = await api.patch(`/webhooks/${id}`, { active: true });
			expect(r.status).toBe(200);
			expect(r.body.data.active).toBe(true);
			expect(receiver.requests).toHaveLength(2);
			const last = receiver.requests[1];
			expect(last.body.event).toBe('pause_connector');
			expect(signatureOf(last)).toBe(sign(SECRET, last.raw));

			await api.patch(`/webhooks/${id}`, { active: true }); // already active: no new delivery
			expect(receiver.requests).toHaveLength(2);
		});
	});

	test('POST /webhooks/:id/test answers succeed and the receiver status', async () => {
		const id = (await createAccountHook({ active: false })).body.data.id;
		const r = await api.post(`/webhooks/${id}/test`, { event: 'connection_failure' });
		expect(r.status).toBe(200);
		expect(r.body.data).toMatchObject({ succeed: true, status: 200, message: expect.any(String) });
		expect(receiver.requests[0].body).toMatchObject({ event: 'connection_failure', connector_id: '_connection_1', data: {} });

		receiver.status = 404;
		const failed = await api.post(`/webhooks/${id}/test`, { event: 'sync_end' });
		expect(failed.body.data).toMatchObject({ succeed: false, status: 404 });

		expect((await api.post(`/webhooks/${id}/test`, {})).body.message).toBe("Field 'event' is required");
		expect((await api.post(`/webhooks/${id}/test`, { event: 'nope' })).body.message).toContain("Invalid value 'nope' for field 'event'");
		expect((await api.post('/webhooks/no_such/test', { event: 'sync_end' })).status).toBe(404);
		expect(sandbox.control.webhookDeliveries().map((d) => d.kind)).toEqual(['test', 'test']);
	});

	describe('control: deliver', () => {
		let hookId;
		beforeEach(async () => {
			hookId = (await createAccountHook({ secret: SECRET, events: ['sync_end'] })).body.data.id;
			receiver.clear();
		});

		test('valid signature, payload from an existing connection', async () => {
			const r = await api.post('/_sandbox/webhooks/deliver', { event: 'sync_end', connectorId: 'noble_falcon', status: 'FAILURE', reason: 'quota', created: '2026-01-02T03:04:05.000Z' });
			expect(r.status).toBe(200);
			expect(r.body.data.deliveries).toEqual([{ webhookId: hookId, url: receiver.url, attempt: 1, status: 200 }]);
			expect(r.body.data.payload).toEqual({
				event: 'sync_end',
				created: '2026-01-02T03:04:05.000Z',
				connector_type: 'stripe',
				connector_id: 'noble_falcon',
				connector_name: expect.any(String),
				sync_id: expect.any(String),
				destination_group_id: 'brisk_otter',
				data: { status: 'FAILURE', reason: 'quota' },
			});
			const [delivery] = receiver.requests;
			expect(delivery.body).toEqual(r.body.data.payload);
			expect(signatureOf(delivery)).toBe(sign(SECRET, delivery.raw));
		});

		test('wrong, none and tampered signatures', async () => {
			const deliver = (signature) => sandbox.control.deliverWebhookEvent({ event: 'sync_end', signature });
			await deliver('wrong');
			await deliver('none');
			const tampered = await deliver('tampered');
			const [wrong, none, changed] = receiver.requests;
			expect(signatureOf(wrong)).toMatch(/^[0-9A-F]{64}$/);
			expect(signatureOf(wrong)).not.toBe(sign(SECRET, wrong.raw));
			expect(signatureOf(none)).toBeUndefined();
			// The header is the valid signature of the original payload, but another body arrives.
			const original = Buffer.from(JSON.stringify(tampered.payload), 'utf8');
			expect(signatureOf(changed)).toBe(sign(SECRET, original));
			expect(changed.raw.equals(original)).toBe(false);
			expect(signatureOf(changed)).not.toBe(sign(SECRET, changed.raw));
			const events = sandbox.control.webhookDeliveries().filter((d) => d.kind === 'event');
			expect(events.map((d) => d.signature)).toEqual(['wrong', 'none', 'tampered']);
		});

		test('times: 2 sends identical bytes and headers twice', async () => {
			const r = await sandbox.control.deliverWebhookEvent({ event: 'sync_end', times: 2 });
			expect(r.deliveries.map((d) => d.attempt)).toEqual([1, 2]);
			expect(receiver.requests).toHaveLength(2);
			const [a, b] = receiver.requests;
			expect(a.raw.equals(b.raw)).toBe(true);
			expect(signatureOf(a)).toBe(signatureOf(b));
			expect(signatureOf(a)).toBe(sign(SECRET, a.raw));
		});

		test('only active, subscribed webhooks get events; webhookId targets one anyway', async () => {
			const other = (await createAccountHook({ events: ['sync_start'] })).body.data.id;
			const off = (await createAccountHook({ active: false })).body.data.id;
			receiver.clear();
			const all = await sandbox.control.deliverWebhookEvent({ event: 'sync_end' });
			expect(all.deliveries.map((d) => d.webhookId)).toEqual([hookId]);
			const one = await sandbox.control.deliverWebhookEvent({ event: 'sync_end', webhookId: off });
			expect(one.deliveries.map((d) => d.webhookId)).toEqual([off]);
			expect(other).toBeDefined();
		});

		test('group webhooks only get events of connections in their group', async () => {
			const group = (await api.post('/webhooks/group/brisk_otter', { url: receiver.url, events: ['sync_end'] })).body.data.id;
			const inGroup = await sandbox.control.deliverWebhookEvent({ event: 'sync_end', connectorId: 'noble_falcon' });
			expect(inGroup.deliveries.map((d) => d.webhookId).sort()).toEqual([hookId, group].sort());
			const elsewhere = await sandbox.control.deliverWebhookEvent({ event: 'sync_end', connectorId: 'mellow_crane' });
			expect(elsewhere.deliveries.map((d) => d.webhookId)).toEqual([hookId]);
		});

		test.each([
			[{}, "Field 'event' is required"],
			[{ event: 'sync_ended' }, "Invalid value 'sync_ended' for field 'event'"],
			[{ event: 'sync_end', status: 'DONE' }, "Invalid value 'DONE' for field 'status'"],
			[{ event: 'sync_start', status: 'FAILURE' }, "'status' applies only to the sync_end event"],
			[{ event: 'sync_end', signature: 'bad' }, "Invalid value 'bad' for field 'signature'"],
			[{ event: 'sync_end', times: 11 }, "Field 'times' must be an integer between 1 and 10"],
			[{ event: 'sync_end', created: 'yesterday' }, "Field 'created' must be an ISO timestamp"],
			[{ event: 'sync_end', extra: 1 }, "Unknown field 'extra'"],
		])('refuses %j with 400', async (body, message) => {
			const r = await api.post('/_sandbox/webhooks/deliver', body);
			expect(r.status).toBe(400);
			expect(r.body.message).toContain(message);
		});

		test('unknown connector or webhook -> 404', async () => {
			expect((await api.post('/_sandbox/webhooks/deliver', { event: 'sync_end', connectorId: 'nope' })).status).toBe(404);
			expect((await api.post('/_sandbox/webhooks/deliver', { event: 'sync_end', webhookId: 'nope' })).status).toBe(404);
		});
	});

	test('delivery log over HTTP, cleared by DELETE and by reset (which also drops webhooks)', async () => {
		await createAccountHook({ secret: SECRET });
		const log = await api.get('/_sandbox/webhooks/deliveries');
		expect(log.body.data).toHaveLength(1);
		expect(log.text).not.toContain(SECRET);
		expect((await api.del('/_sandbox/webhooks/deliveries')).body.data).toEqual([]);
		expect((await api.get('/_sandbox/webhooks/deliveries')).body.data).toEqual([]);

		await createAccountHook();
		await api.post('/_sandbox/reset', {});
		expect((await api.get('/webhooks')).body.data.items).toEqual([]);
		expect(sandbox.control.webhookDeliveries()).toEqual([]);
	});

	describe('automatic events', () => {
		test('sync_start at once and sync_end after the sync, without another request', async () => {
			await createAccountHook({ events: ['sync_start', 'sync_end', 'force_update_connector'], secret: SECRET });
			receiver.clear();
			const r = await api.post('/connections/mellow_crane/sync', { force: true });
			expect(r.status).toBe(200);
			await receiver.waitFor(3); // sync_end needs the once-a-second settle
			const byEvent = Object.fromEntries(receiver.requests.map((q) => [q.body.event, q]));
			expect(Object.keys(byEvent).sort()).toEqual(['force_update_connector', 'sync_end', 'sync_start']);
			expect(byEvent.sync_start.body).toMatchObject({ connector_id: 'mellow_crane', connector_type: 'postgres', destination_group_id: 'quiet_heron', data: {} });
			expect(byEvent.sync_end.body).toMatchObject({ connector_id: 'mellow_crane', data: { status: 'SUCCESSFUL' } });
			expect(byEvent.sync_end.body.sync_id).toBe(byEvent.sync_start.body.sync_id);
			for (const q of receiver.requests) expect(signatureOf(q)).toBe(sign(SECRET, q.raw));
		});

		test('a failing sync ends with FAILURE and the reason', async () => {
			await createAccountHook({ events: ['sync_end'] });
			receiver.clear();
			sandbox.control.failNextSync('noble_falcon', { reason: 'Quota exceeded' });
			await api.post('/connections/noble_falcon/sync', {});
			await receiver.waitFor(1);
			expect(receiver.requests[0].body.data).toEqual({ status: 'FAILURE', reason: 'Quota exceeded' });
		});

		test('pause, resume, break and delete; a receiver failure never fails the API answer', async () => {
			await createAccountHook({ events: ['pause_connector', 'resume_connector', 'connection_failure', 'delete_connector'] });
			receiver.clear();
			receiver.status = 500;
			expect((await api.patch('/connections/noble_falcon', { paused: true })).status).toBe(200);
			expect((await api.patch('/connections/noble_falcon', { paused: false })).status).toBe(200);
			sandbox.control.breakConnection('noble_falcon', 'Token revoked');
			expect((await api.del('/connections/noble_falcon')).status).toBe(200);
			await receiver.waitFor(4);
			expect(receiver.requests.map((q) => q.body.event).sort()).toEqual(['connection_failure', 'delete_connector', 'pause_connector', 'resume_connector']);
			expect(receiver.requests.find((q) => q.body.event === 'connection_failure').body.data).toEqual({ reason: 'Token revoked' });
			// The receiver has answered; the sandbox records each answer when it reaches it.
			const events = () => sandbox.control.webhookDeliveries().filter((d) => d.kind === 'event' && d.status !== undefined);
			await until(() => events().length >= 4);
			expect(events()).toEqual(Array(4).fill(expect.objectContaining({ status: 500 })));
		});
	});
});
