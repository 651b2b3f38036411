'use strict';
// What the trigger cases share: examples/broken-connector-alert.json as a live workflow (its Slack
// webhook URL, in its Settings node, pointed at a local collector, polling every 5 s), and waiting for polls and alerts.
//
// Poll schedule (measured): n8n refuses a sub-minute cron at activation ("The polling interval is
// too short"): 2.40.7 any seconds field that is not a single number (`*/5`, `0,5,...`), 1.123.x a
// seconds field containing `*`. Both accept several poll times, and twelve "every minute at second
// S" entries (S = 0, 5, ..., 55) poll every 5 s in both. Users can set up the same in the editor.
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { withN8nOutput } = require('./active-n8n');
const { startCollector } = require('./collector');
const { workflowId } = require('./harness');
const { listExecutions } = require('./n8n-rest');

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'broken-connector-alert.json');
// The credential the examples reference (the one `npm start` creates), here pointing at the sandbox.
const EXAMPLE_CREDENTIAL = { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi' };
const EVERY_5_SECONDS = Array.from({ length: 12 }, (_, i) => ({ mode: 'custom', cronExpression: `${i * 5} * * * * *` }));
const FIRST_POLL_TIMEOUT_MS = 120000; // n8n starting up and activating
const POLL_TIMEOUT_MS = 30000; // six scheduled polls

/**
 * Fills in the Slack incoming-webhook URL an example keeps in its Settings node (empty as shipped,
 * so the example runs without posting), as a user would: its Post to Slack node then posts there.
 */
function pointSlackAt(workflow, url) {
	const settings = workflow.nodes.find((n) => n.name === 'Settings' && n.type === 'n8n-nodes-base.set');
	const field = settings?.parameters.assignments.assignments.find((a) => a.name === 'slack_webhook_url');
	const post = workflow.nodes.find((n) => n.type === 'n8n-nodes-base.httpRequest' && String(n.parameters.url).includes('slack_webhook_url'));
	assert.ok(field && post, 'the example keeps its Slack URL in Settings (slack_webhook_url) and posts to it');
	assert.equal(field.value, '', 'shipped without a Slack URL');
	assert.ok(!post.disabled, 'Post to Slack is enabled (the If before it decides)');
	field.value = url;
}

// `triggerOptions`: set in the trigger's Options, as a user would (e.g. Parallel Group Reads).
function exampleUnderTest(collectorUrl, triggerOptions = {}) {
	const workflow = JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));
	const trigger = workflow.nodes.find((n) => n.type === 'n8n-nodes-fivetran.fivetranTrigger');
	assert.ok(trigger, 'the example has a Fivetran Trigger');
	trigger.parameters.pollTimes = { item: EVERY_5_SECONDS };
	trigger.parameters.options = { ...trigger.parameters.options, ...triggerOptions };
	pointSlackAt(workflow, `${collectorUrl}/slack`);
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
		'https://fivetran.com/connect-card/setup?', // the fix-it link the example adds (Create Connect Card)
	]) {
		assert.ok(text.includes(part), `alert text should contain "${part}":\n${text}`);
	}
}

/**
 * Runs `body(live)` with the example active in a running n8n (`triggerOptions` merged into the
 * trigger's Options); `live` has `n8n`, `workflow`,
 * `triggerName`, `alerts()`, `polls()` and `waitFor` helpers. On failure the error carries n8n's
 * last lines; n8n and the collector are always stopped.
 */
async function withLiveExample(ctx, { env, triggerOptions } = {}, body) {
	const collector = await startCollector();
	let n8n = null;
	// Each poll reads the account's connector list once (8 demo connectors: one page).
	const polls = () => ctx.requests('GET', '/v1/connections');
	// n8n keeps retrying a failed activation (1.x even polls on each try): fail on the first report.
	const activated = () => {
		const failed = /problem activating the workflow: "(.+)"/.exec(n8n.output());
		if (failed) throw new Error(`n8n could not activate the workflow: ${failed[1]}`);
		return true;
	};
	const live = {
		alerts: () => collector.received.filter((r) => r.path === '/slack'),
		polls,
		firstPoll: async (after = 0) =>
			await waitFor('the poll at activation', () => activated() && polls() > after, FIRST_POLL_TIMEOUT_MS),
		nextPolls: async (count, what) => {
			const target = polls() + count;
			await waitFor(what, () => activated() && polls() >= target, POLL_TIMEOUT_MS * count);
		},
		alertCount: async (count, what) => await waitFor(what, () => live.alerts().length >= count, POLL_TIMEOUT_MS),
	};
	try {
		const { workflow, triggerName } = exampleUnderTest(collector.url, triggerOptions);
		n8n = await ctx.startActiveN8n({
			runtime: ctx.runtime,
			credentials: [{ ...EXAMPLE_CREDENTIAL, data: ctx.credentialData.good }],
			workflows: [workflow],
			env,
		});
		Object.assign(live, { n8n, workflow, triggerName });
		await body(live);
	} catch (e) {
		throw withN8nOutput(e, n8n);
	} finally {
		if (n8n) await n8n.stop();
		await collector.close();
	}
}

/**
 * Waits until `count` trigger executions have finished; resolves with them (n8n's own record). In
 * queue mode (`n8n` has workers) each must have been run by a worker, the poll itself by the main.
 */
async function finishedTriggerExecutions(session, id, count, n8n) {
	let executions = [];
	await waitFor(`${count} trigger executions to finish`, async () => {
		executions = (await listExecutions(session, id)).filter((e) => e.mode === 'trigger');
		return executions.length >= count && executions.every((e) => ['success', 'error', 'crashed'].includes(e.status));
	}, POLL_TIMEOUT_MS);
	if (n8n?.workerOf) {
		for (const e of executions) assert.ok(n8n.workerOf(e.id), `trigger execution ${e.id} was run by a worker`);
	}
	return executions;
}

module.exports = { withLiveExample, waitFor, assertAlert, finishedTriggerExecutions, pointSlackAt };
