'use strict';
// examples/sync-end-webhook.json live in `n8n start`: the Fivetran Webhook Trigger registers a
// webhook in the sandbox on activation, the sandbox delivers signed (and forged, unsigned, tampered,
// repeated) sync_end events to n8n, a restart keeps one registration, deactivation removes it.
// Prints the measured figures: executions per delivery kind, delivery-to-execution time.
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { withN8nOutput } = require('../lib/active-n8n');
const { startCollector } = require('../lib/collector');
const { workflowId } = require('../lib/harness');
const { ownerSession, listExecutions, readExecution } = require('../lib/n8n-rest');
const { pointSlackAt, waitFor } = require('../lib/trigger-example');

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'sync-end-webhook.json');
const EXAMPLE_CREDENTIAL = { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi' };
const TRIGGER = 'Fivetran Webhook Trigger';
const REASON = 'Password authentication failed for user "fivetran".';

function exampleUnderTest(collectorUrl) {
	const workflow = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-fivetran.fivetranWebhookTrigger');
	assert.ok(trigger, 'the example has a Fivetran Webhook Trigger');
	pointSlackAt(workflow, `${collectorUrl}/slack`);
	return { ...workflow, id: workflowId('example-sync-end-webhook'), active: false };
}

async function webhookExample(ctx) {
	const collector = await startCollector();
	const workflow = exampleUnderTest(collector.url);
	const trigger = workflow.nodes.find((n) => n.name === TRIGGER);
	let n8n = null;
	const figures = {};
	try {
		n8n = await ctx.startActiveN8n({
			runtime: ctx.runtime,
			credentials: [{ ...EXAMPLE_CREDENTIAL, data: ctx.credentialData.good }],
			workflows: [workflow],
		});
		const hookUrl = `${n8n.url}/webhook/${trigger.webhookId}/webhook`;
		const registrations = async () => {
			const { body } = await ctx.api('GET', '/webhooks?limit=1000');
			return body.data.items.filter((w) => w.url.startsWith(n8n.url));
		};
		const slackPosts = () => collector.received.filter((r) => r.path === '/slack');
		let session = null; // n8n's REST API answers only once n8n is fully up
		const executions = async () => (await listExecutions(session, workflow.id)).filter((e) => e.mode === 'webhook');
		const executionCount = async (count, what) => {
			let list = [];
			try {
				await waitFor(what, async () => {
					list = await executions();
					return list.length >= count && list.every((e) => ['success', 'error', 'crashed'].includes(e.status));
				}, 60000);
			} catch (e) {
				const all = await listExecutions(session, workflow.id).catch((err) => err.message);
				e.message += `; executions: ${JSON.stringify(all)}`;
				throw e;
			}
			return list;
		};
		// Deliveries that must start nothing: give n8n time to start one if it wrongly would.
		const noNewExecutions = async (count, what) => {
			await new Promise((r) => setTimeout(r, 1500));
			assert.equal((await executions()).length, count, what);
		};
		const deliver = async (opts) => await ctx.control.deliverWebhookEvent({ event: 'sync_end', connectorId: 'mellow_crane', ...opts });

		// 1. Activation registered exactly one webhook pointing at n8n, after a 2xx registration test.
		await waitFor('the webhook registration', async () => (await registrations()).length > 0, 120000);
		session = await ownerSession(n8n.url);
		const [registered] = await registrations();
		assert.equal((await registrations()).length, 1, 'exactly one registration');
		assert.equal(registered.url, hookUrl);
		assert.deepEqual(registered.events, ['sync_end']);
		assert.equal(registered.active, true);
		const tests = ctx.control.webhookDeliveries().filter((d) => d.kind === 'registration');
		assert.deepEqual(tests.map((d) => d.status), [200], "n8n answered Fivetran's registration test with 200");
		assert.equal((await executions()).length, 0, 'the registration test starts no execution');

		// 2. A signed failure starts exactly one execution that alerts with Fivetran's reason.
		const sentAt = Date.now();
		const failure = await deliver({ status: 'FAILURE', reason: REASON });
		assert.deepEqual(failure.deliveries.map((d) => d.status), [200]);
		const [first] = await executionCount(1, 'the execution for the signed failure');
		figures.deliveryToStartMs = Date.parse(first.startedAt) - sentAt;
		const run = await readExecution(session, first.id);
		assert.equal(run.status, 'success', JSON.stringify(run.error));
		const item = run.runData[TRIGGER][0].data.main[0][0].json;
		assert.equal(item.event, 'sync_end');
		assert.equal(item.connector_id, 'mellow_crane');
		assert.equal(item.sync_outcome, 'failed');
		assert.equal(item.failure_reason, REASON);
		assert.equal(item.dashboard_url, 'https://fivetran.com/dashboard/connectors/mellow_crane/status');
		await waitFor('the Slack alert', () => slackPosts().length === 1, 30000);
		const text = slackPosts()[0].body.text;
		for (const part of ['Fivetran sync failed', 'mellow_crane', REASON]) assert.ok(text.includes(part), `alert has "${part}": ${text}`);

		// 3. Forged, unsigned and tampered deliveries get 401 and start nothing.
		for (const signature of ['wrong', 'none', 'tampered']) {
			const refused = await deliver({ status: 'FAILURE', reason: REASON, signature, created: new Date().toISOString() });
			assert.deepEqual(refused.deliveries.map((d) => d.status), [401], `${signature} signature`);
		}
		await noNewExecutions(1, 'forged, unsigned and tampered deliveries start nothing');

		// 4. A delivery sent twice (Fivetran's retry) starts one execution; success takes the other branch.
		const twice = await deliver({ status: 'SUCCESSFUL', times: 2 });
		assert.deepEqual(twice.deliveries.map((d) => d.status), [200, 200]);
		await executionCount(2, 'the execution for the repeated delivery');
		await noNewExecutions(2, 'the repeat starts nothing');
		assert.equal(slackPosts().length, 1, 'a successful sync posts no alert');
		figures.executions = { signed: 1, forged: 0, unsigned: 0, tampered: 0, duplicateOfTwo: 1 };

		// 5. A restart adopts the registration (same webhook, same secret): one, and it still works.
		await n8n.restart();
		// Deliver once n8n has finished starting: 1.x may take a webhook call while it still starts
		// up (from the registrations it kept) and, once in a while, answer 200 without a run.
		const started = () => n8n.output().split('Editor is now accessible').length - 1;
		await waitFor('n8n to finish starting after the restart', () => started() >= 2, 120000);
		let afterRestart;
		await waitFor('n8n to take deliveries again after the restart', async () => {
			afterRestart = await deliver({ status: 'SUCCESSFUL', created: new Date().toISOString() });
			return afterRestart.deliveries[0]?.status !== 404;
		}, 60000);
		assert.deepEqual(afterRestart.deliveries.map((d) => d.status), [200]);
		await waitFor('n8n REST API after the restart', () => executions().then(() => true, () => false), 60000);
		await executionCount(3, 'the execution after the restart');
		const kept = await registrations();
		figures.registrationsAfterRestart = kept.length;
		assert.equal(kept.length, 1, 'exactly one registration after the restart');
		assert.equal(kept[0].id, registered.id, 'the same webhook was adopted');

		// 6. The editor's "listen for test event": a second registration at n8n's test URL, which
		//    Fivetran's webhook test (Webhook > Send Test Event) reaches; removed after that run.
		const workflowData = await session.get(`/workflows/${workflow.id}`);
		const listening = await session.post(`/workflows/${workflow.id}/run`, {
			workflowData,
			triggerToStartFrom: { name: TRIGGER },
			destinationNode: { nodeName: TRIGGER, mode: 'inclusive' },
		});
		assert.equal(listening?.waitingForWebhook, true, `listening: ${JSON.stringify(listening)}`);
		const testUrl = `${n8n.url}/webhook-test/${trigger.webhookId}/webhook`;
		const testHook = async () => (await registrations()).find((w) => w.url === testUrl);
		await waitFor('the registration for the editor', async () => Boolean(await testHook()), 30000);
		const tested = await ctx.api('POST', `/webhooks/${(await testHook()).id}/test`, { body: { event: 'sync_end' } });
		assert.equal(tested.body.data.succeed, true, `Send Test Event: ${JSON.stringify(tested.body)}`);
		let manual;
		await waitFor('the listening run', async () => {
			const all = await listExecutions(session, workflow.id);
			manual = all.find((e) => e.mode === 'manual' && ['success', 'error'].includes(e.status));
			return Boolean(manual);
		}, 30000);
		const manualRun = await readExecution(session, manual.id);
		assert.equal(manualRun.runData[TRIGGER][0].data.main[0][0].json.test_event, true);
		await waitFor('the editor registration to be removed', async () => !(await testHook()), 30000);
		assert.equal((await registrations()).length, 1, 'the production registration stays');

		// 7. Deactivation removes it.
		await session.post(`/workflows/${workflow.id}/deactivate`, {});
		await waitFor('the webhook to be deleted', async () => (await registrations()).length === 0, 30000);
		console.log(`    webhook figures [${ctx.target}]: ${JSON.stringify(figures)}`);
	} catch (e) {
		throw withN8nOutput(e, n8n);
	} finally {
		if (n8n) await n8n.stop();
		await collector.close();
	}
}

module.exports = [
	{
		name: 'webhook trigger (example sync-end-webhook): one registration, signed event runs once, forged/unsigned/tampered/duplicate run none, restart keeps one, listening in the editor registers and removes a test webhook, deactivation removes the registration',
		run: (ctx) => webhookExample(ctx),
	},
];
