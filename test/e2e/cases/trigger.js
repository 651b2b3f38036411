'use strict';
// Fivetran Trigger in a live n8n (`n8n start`, workflow active), as users run it. The workflow is
// examples/broken-connector-alert.json itself with two changes: its Slack webhook URL points at a
// local collector, and it polls every 5 s instead of every 5 minutes.
//
// Poll schedule (measured): n8n refuses a sub-minute cron at activation ("The polling interval is
// too short"): 2.40.7 any seconds field that is not a single number (`*/5`, `0,5,...`), 1.123.x a
// seconds field containing `*`. Both accept several poll times, and twelve "every minute at second
// S" entries (S = 0, 5, ..., 55) poll every 5 s in both. Users can set up the same in the editor.
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { startActiveN8n } = require('../lib/active-n8n');
const { startCollector } = require('../lib/collector');
const { ownerSession, fetchTestEvent, listExecutions } = require('../lib/n8n-rest');
const { workflowId } = require('../lib/harness');

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'broken-connector-alert.json');
// The credential the examples reference (the one `npm start` creates), here pointing at the sandbox.
const EXAMPLE_CREDENTIAL = { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi' };
const EVERY_5_SECONDS = Array.from({ length: 12 }, (_, i) => ({ mode: 'custom', cronExpression: `${i * 5} * * * * *` }));
const FIRST_POLL_TIMEOUT_MS = 120000; // n8n starting up and activating
const POLL_TIMEOUT_MS = 30000; // six scheduled polls
const DEMO_BROKEN = ['fuzzy_badger', 'tidy_marmot']; // broken in the demo seed before n8n starts

function exampleUnderTest(collectorUrl) {
	const workflow = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-fivetran.fivetranTrigger');
	const webhook = workflow.nodes.find(
		(n) => n.type === 'n8n-nodes-base.httpRequest' && String(n.parameters.url).startsWith('https://hooks.slack.com/'),
	);
	assert.ok(trigger && webhook, 'the example has a Fivetran Trigger and an HTTP Request to a Slack webhook');
	trigger.parameters.pollTimes = { item: EVERY_5_SECONDS };
	webhook.parameters.url = `${collectorUrl}/slack`;
	return { workflow: { ...workflow, id: workflowId('example-broken-connector-alert'), active: false }, triggerName: trigger.name };
}

async function waitFor(what, check, timeoutMs) {
	const until = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

function assertAlert(text, { reason }) {
	for (const part of [
		'Fivetran connector broken',
		'app_db (postgres)', // connector name and service
		'Product Analytics', // group name, read by the example's Get Group node
		'mellow_crane',
		reason, // the task Fivetran (here the sandbox) attached to the broken connector
		'https://fivetran.com/dashboard/connectors/mellow_crane/status',
	]) {
		assert.ok(text.includes(part), `alert text should contain "${part}":\n${text}`);
	}
}

module.exports = [
	{
		name: 'trigger: example broken-connector-alert on a live n8n alerts once per break; Fetch Test Event',
		async run(ctx) {
			const started = Date.now();
			const times = {};
			const mark = (name) => (times[name] = ((Date.now() - started) / 1000).toFixed(1));
			const collector = await startCollector();
			const alerts = () => collector.received.filter((r) => r.path === '/slack');
			// Each poll reads the account's connector list once (8 demo connectors: one page).
			const polls = () => ctx.requests('GET', '/v1/connections');
			let n8n = null;
			// n8n keeps retrying a failed activation (1.x even polls on each try): fail on the first report.
			const activated = () => {
				const failed = /problem activating the workflow: "(.+)"/.exec(n8n.output());
				if (failed) throw new Error(`n8n could not activate the workflow: ${failed[1]}`);
				return true;
			};
			const nextPolls = async (count, what) => {
				const target = polls() + count;
				await waitFor(what, () => activated() && polls() >= target, POLL_TIMEOUT_MS * count);
			};
			try {
				const { workflow, triggerName } = exampleUnderTest(collector.url);
				n8n = await startActiveN8n({
					runtime: ctx.runtime,
					credentials: [{ ...EXAMPLE_CREDENTIAL, data: ctx.credentialData.good }],
					workflows: [workflow],
				});
				mark('n8nUp');

				// 1. Baseline: the poll at activation records the account; already-broken connectors are not reported.
				await waitFor('the first poll', () => activated() && polls() >= 1, FIRST_POLL_TIMEOUT_MS);
				mark('firstPoll');
				await nextPolls(2, 'two scheduled polls after the first one');
				mark('baselineDone');
				assert.equal(alerts().length, 0, `no alert for the already-broken ${DEMO_BROKEN.join(', ')}`);

				// 2. A connector breaks: exactly one alert, not repeated while it stays broken.
				const firstReason = 'The source rejected the credentials. Reconnect to resume syncing.';
				ctx.control.breakConnection('mellow_crane', firstReason);
				const brokeAt = Date.now();
				await waitFor('the alert for mellow_crane', () => alerts().length >= 1, POLL_TIMEOUT_MS);
				times.alertDelay = ((Date.now() - brokeAt) / 1000).toFixed(1);
				assertAlert(alerts()[0].body.text, { reason: firstReason });
				await nextPolls(2, 'two polls after the alert');
				assert.equal(alerts().length, 1, 'still broken: no second alert');

				// 3. Fixed (Connector Recovered is not selected: no alert), then broken again: one more alert.
				ctx.control.fixConnection('mellow_crane');
				await nextPolls(1, 'a poll that sees the fix');
				assert.equal(alerts().length, 1, 'the fix itself sends no alert');
				const secondReason = 'Password authentication failed for user "fivetran".';
				ctx.control.breakConnection('mellow_crane', secondReason);
				await waitFor('the alert for the second break', () => alerts().length >= 2, POLL_TIMEOUT_MS);
				assertAlert(alerts()[1].body.text, { reason: secondReason });
				await nextPolls(1, 'a poll after the second alert');
				mark('alertsDone');

				// 4. n8n's own record: one successful trigger execution per break, nothing else.
				const session = await ownerSession(n8n.url);
				let executions = [];
				await waitFor('both trigger executions to finish', async () => {
					executions = (await listExecutions(session, workflow.id)).filter((e) => e.mode === 'trigger');
					return executions.length >= 2 && executions.every((e) => ['success', 'error', 'crashed'].includes(e.status));
				}, POLL_TIMEOUT_MS);
				assert.deepEqual(executions.map((e) => e.status), ['success', 'success'], 'one successful execution per break');
				assert.equal(ctx.requests('GET', '/v1/groups/quiet_heron'), 2, 'Get Group ran once per alert');

				// 5. The editor's "Fetch Test Event": the trigger alone, in manual mode, shows connectors broken now.
				const test = await fetchTestEvent(session, workflow.id, triggerName);
				mark('fetchTestEventDone');
				assert.equal(test.execution.status, 'success', `manual run failed: ${JSON.stringify(test.execution.error)}`);
				assert.equal(test.execution.mode, 'manual');
				assert.deepEqual(test.ranNodes, [triggerName], 'only the trigger ran');
				assert.deepEqual(test.items.map((i) => i.connector_id).sort(), [...DEMO_BROKEN, 'mellow_crane'].sort());
				for (const item of test.items) {
					assert.equal(item.event, 'connectorBroken');
					assert.equal(item.sample, undefined, 'real matches are not marked as samples');
					assert.ok(item.dashboard_url.endsWith(`/${item.connector_id}/status`));
				}

				// Nothing more reached the webhook, and no further trigger execution happened.
				const after = (await listExecutions(session, workflow.id)).filter((e) => e.mode === 'trigger');
				assert.equal(after.length, 2, 'still one trigger execution per break');
				assert.equal(alerts().length, 2, 'exactly two alerts in total');

				// With nothing broken, Fetch Test Event still shows the item shape: one real connector marked as a sample.
				for (const id of [...DEMO_BROKEN, 'mellow_crane']) ctx.control.fixConnection(id);
				const sample = await fetchTestEvent(session, workflow.id, triggerName);
				assert.equal(sample.execution.status, 'success');
				assert.equal(sample.items.length, 1);
				assert.equal(sample.items[0].sample, true);
				assert.equal(sample.items[0].event, 'connectorBroken');
				mark('done');
				console.log(`    timings [${ctx.target}] s since case start: ${JSON.stringify(times)}; polls seen ${polls()}`);
			} catch (e) {
				if (n8n) e.message += `\n    n8n output (last lines):\n      ${n8n.outputTail(25).replace(/\n/g, '\n      ')}`;
				throw e;
			} finally {
				if (n8n) await n8n.stop();
				await collector.close();
			}
		},
	},
];
