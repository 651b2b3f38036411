import type { IDataObject } from 'n8n-workflow';

import { runHook } from '../../harness/webhook';
import { fivetran, success } from '../fixtures';
import { nodeData, savedRegistration, triggerOptions, urlOf, webhookObject } from './helpers';

const HEX_SECRET = /^[0-9a-f]{64}$/;
const list = (items: IDataObject[]) => success({ items, next_cursor: null });

describe('registration on activation', () => {
	it('registers an account webhook for the production URL with a new secret kept in static data', async () => {
		const options = triggerOptions({ events: ['sync_end', 'connection_failure'] });
		let sent: IDataObject = {};
		const api = fivetran()
			.get('/v1/webhooks')
			.times(2)
			.query({ limit: 1000 })
			.reply(200, list([webhookObject({ id: 'other', url: 'https://elsewhere.example/hook' })]))
			.post('/v1/webhooks/account', (body: IDataObject) => {
				sent = body;
				return true;
			})
			.reply(200, success(webhookObject({ id: 'wh_new' }), 'Account webhook has been created'));

		expect(await runHook(options, 'checkExists')).toBe(false);
		expect(await runHook(options, 'create')).toBe(true);

		expect(api.isDone()).toBe(true);
		expect(sent).toMatchObject({
			url: urlOf(options),
			events: ['connection_failure', 'sync_end'],
			active: true,
		});
		expect(String(sent.secret)).toMatch(HEX_SECRET);
		expect(nodeData(options.staticData!)).toEqual({
			webhookId: 'wh_new',
			webhookSecret: sent.secret,
		});
	});

	it('registers a group webhook under the chosen group', async () => {
		const options = triggerOptions({
			scope: 'group',
			groupId: { __rl: true, mode: 'id', value: 'decent_dropsy' },
		});
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([]))
			.post('/v1/webhooks/group/decent_dropsy', (body: IDataObject) => body.url === urlOf(options))
			.reply(200, success(webhookObject({ id: 'wh_g', type: 'group', group_id: 'decent_dropsy' })));
		expect(await runHook(options, 'create')).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(nodeData(options.staticData!).webhookId).toBe('wh_g');
	});

	it('adopts its own webhook after a restart: checkExists is true and nothing is created', async () => {
		const staticData = savedRegistration();
		const options = triggerOptions({}, { staticData });
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject()]));
		expect(await runHook(options, 'checkExists')).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('removes a second webhook delivering to the same URL when it adopts its own', async () => {
		const staticData = savedRegistration();
		const options = triggerOptions({}, { staticData });
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject(), webhookObject({ id: 'wh_dup' })]))
			.delete('/v1/webhooks/wh_dup')
			.reply(200, success(undefined, 'Webhook has been deleted'));
		expect(await runHook(options, 'checkExists')).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('when its secret was lost, re-keys the webhook already delivering here instead of adding one', async () => {
		const options = triggerOptions();
		let patched: IDataObject = {};
		const api = fivetran()
			.get('/v1/webhooks')
			.times(2)
			.query({ limit: 1000 })
			.reply(200, list([webhookObject()]))
			.patch('/v1/webhooks/wh_1', (body: IDataObject) => {
				patched = body;
				return true;
			})
			.reply(200, success(webhookObject()));
		expect(await runHook(options, 'checkExists')).toBe(false);
		expect(await runHook(options, 'create')).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(patched).toEqual({
			events: ['sync_end'],
			active: true,
			secret: expect.stringMatching(HEX_SECRET),
		});
		expect(nodeData(options.staticData!)).toEqual({
			webhookId: 'wh_1',
			webhookSecret: patched.secret,
		});
	});

	it('replaces a webhook of another scope that delivers here (scope changed): delete, then create', async () => {
		const options = triggerOptions({ scope: 'group', groupId: 'decent_dropsy' });
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject({ type: 'account' })]))
			.delete('/v1/webhooks/wh_1')
			.reply(200, success())
			.post('/v1/webhooks/group/decent_dropsy')
			.reply(200, success(webhookObject({ id: 'wh_g', type: 'group', group_id: 'decent_dropsy' })));
		expect(await runHook(options, 'create')).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('after a lost create answer, adopts the webhook Fivetran made instead of creating a second', async () => {
		const options = triggerOptions();
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([]))
			.post('/v1/webhooks/account')
			.reply(502, 'Bad gateway')
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject({ id: 'wh_made' })]))
			.patch('/v1/webhooks/wh_made')
			.reply(200, success(webhookObject({ id: 'wh_made' })));
		expect(await runHook(options, 'create')).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(nodeData(options.staticData!).webhookId).toBe('wh_made');
	});

	it('after a lost create answer with nothing made, fails without a second POST', async () => {
		const options = triggerOptions();
		fivetran()
			.get('/v1/webhooks')
			.times(2)
			.query({ limit: 1000 })
			.reply(200, list([]))
			.post('/v1/webhooks/account')
			.once()
			.reply(502, 'Bad gateway');
		await expect(runHook(options, 'create')).rejects.toThrow('nothing was registered');
		expect(nodeData(options.staticData!)).toEqual({});
	});

	it("refuses a plain-HTTP n8n URL for Fivetran's API before any request, saying what to do", async () => {
		const options = triggerOptions({}, { publicUrl: 'http://n8n.internal:5678' });
		const error = await runHook(options, 'create').catch(
			(e: Error & { description?: string }) => e,
		);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toContain('only to HTTPS');
		expect((error as { description: string }).description).toContain('WEBHOOK_URL');
	});

	it('accepts a plain-HTTP n8n URL when the Base URL is the local sandbox', async () => {
		const options = triggerOptions({}, { publicUrl: 'http://127.0.0.1:5678' });
		options.credentials!.fivetranApi.baseUrl = 'http://127.0.0.1:4010/v1';
		const sandbox = require('nock')('http://127.0.0.1:4010')
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([]))
			.post('/v1/webhooks/account', (body: IDataObject) => body.url === urlOf(options))
			.reply(200, success(webhookObject({ id: 'wh_local' })));
		expect(await runHook(options, 'create')).toBe(true);
		expect(sandbox.isDone()).toBe(true);
	});

	it("explains Fivetran's 400 (its test delivery failed) with what to check, never the secret", async () => {
		const options = triggerOptions();
		fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([]))
			.post('/v1/webhooks/account')
			.reply(400, { code: 'InvalidInput', message: 'Test webhook delivery failed' });
		const error = (await runHook(options, 'create').catch((e) => e)) as Error & {
			description: string;
		};
		expect(error.message).toContain('Test webhook delivery failed');
		expect(error.description).toContain('HTTPS');
		expect(`${error.message} ${error.description}`).not.toMatch(/[0-9a-f]{64}/);
	});

	it('refuses an invalid group ID before any request', async () => {
		const options = triggerOptions({ scope: 'group', groupId: '../users' });
		await expect(runHook(options, 'create')).rejects.toThrow('"Group" is not a valid Fivetran ID');
	});
});

describe('removal on deactivation', () => {
	const saved = () => savedRegistration();

	it('deletes its webhook and forgets the secret', async () => {
		const options = triggerOptions({}, { staticData: saved() });
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject()]))
			.delete('/v1/webhooks/wh_1')
			.reply(200, success(undefined, 'Webhook has been deleted'));
		expect(await runHook(options, 'delete')).toBe(true);
		expect(api.isDone()).toBe(true);
		expect(nodeData(options.staticData!)).toEqual({});
	});

	it('counts a 404 (already deleted in Fivetran) as removed', async () => {
		const options = triggerOptions({}, { staticData: saved() });
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([]))
			.delete('/v1/webhooks/wh_1')
			.reply(404, { code: 'NotFound', message: 'Webhook not found' });
		expect(await runHook(options, 'delete')).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('also deletes webhooks that deliver here but were never saved (a lost answer)', async () => {
		const options = triggerOptions();
		const api = fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject({ id: 'wh_orphan' })]))
			.delete('/v1/webhooks/wh_orphan')
			.reply(200, success());
		expect(await runHook(options, 'delete')).toBe(true);
		expect(api.isDone()).toBe(true);
	});

	it('reports false (and keeps what it knows) when Fivetran refuses the delete', async () => {
		const options = triggerOptions({}, { staticData: saved() });
		fivetran()
			.get('/v1/webhooks')
			.query({ limit: 1000 })
			.reply(200, list([webhookObject()]))
			.delete('/v1/webhooks/wh_1')
			.reply(403, { code: 'AccessDenied', message: 'No permission' });
		expect(await runHook(options, 'delete')).toBe(false);
		expect(nodeData(options.staticData!).webhookId).toBe('wh_1');
	});
});
