'use strict';
// The alert example across an n8n restart. n8n (default settings) saves a poller's static data
// only at activation and after a poll that emitted items, so the poll that saw the connector
// recover (it emits nothing: Connector Recovered is not selected) is forgotten by the restart.
// The trigger remembers Fivetran's succeeded_at with each broken connector: the sync after the
// fix proves the recovery, so the new break still alerts, exactly once.
// Also run under n8n 2.x's durable poll cursors (static data committed after every poll).
const assert = require('node:assert/strict');
const { ownerSession } = require('../lib/n8n-rest');
const { withLiveExample, assertAlert, finishedTriggerExecutions } = require('../lib/trigger-example');

const DURABLE_CURSORS = {
	N8N_POLLER_DURABLE_CURSORS_ENABLED: 'true',
	N8N_SCHEDULER_ENABLED: 'true',
	N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
	N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'true',
	// n8n's default misfire grace: after the restart the missed poll times (12 per minute here) run
	// late and at once, each from the cursor stored when it starts; the trigger skips the ones that
	// would repeat a poll it already ran (nodes/FivetranTrigger/poll/recentPolls.ts).
};

async function recoveryAndNewBreakAroundRestart(ctx, env) {
	const started = Date.now();
	const times = {};
	const mark = (name) => (times[name] = ((Date.now() - started) / 1000).toFixed(1));
	await withLiveExample(ctx, { env }, async ({ n8n, workflow, alerts, polls, firstPoll, nextPolls, alertCount }) => {
		await firstPoll();
		await nextPolls(1, 'a scheduled poll after the baseline');
		mark('baselineDone');

		// 1. mellow_crane breaks: one alert (that poll emitted, so n8n saved the trigger's memory).
		const firstReason = 'The source rejected the credentials. Reconnect to resume syncing.';
		ctx.control.breakConnection('mellow_crane', firstReason);
		await alertCount(1, 'the alert for the first break');
		assertAlert(alerts()[0].body.text, { reason: firstReason });

		// 2. Fixed and synced; a poll sees it (and emits nothing, so nothing is saved).
		ctx.control.fixConnection('mellow_crane');
		await nextPolls(1, 'a poll that sees the fix');
		assert.equal(alerts().length, 1, 'the fix sends no alert');
		mark('fixSeen');

		// 3. n8n stops; meanwhile the connector breaks again; n8n starts.
		const secondReason = 'Password authentication failed for user "fivetran".';
		await n8n.restart(async () => ctx.control.breakConnection('mellow_crane', secondReason));
		mark('restarted');
		const afterRestart = polls();
		await firstPoll(afterRestart);
		await alertCount(2, 'the alert for the break during the restart');
		mark('secondAlert');
		assertAlert(alerts()[1].body.text, { reason: secondReason });
		await nextPolls(2, 'two polls after the second alert');
		assert.equal(alerts().length, 2, 'exactly one new alert after the restart');

		const session = await ownerSession(n8n.url);
		const executions = await finishedTriggerExecutions(session, workflow.id, 2, n8n);
		assert.deepEqual(executions.map((e) => e.status), ['success', 'success'], 'one successful execution per break');
		mark('done');
		console.log(`    timings [${ctx.target}${env ? ', durable cursors' : ''}] s since case start: ${JSON.stringify(times)}; polls seen ${polls()}`);
	});
}

module.exports = [
	{
		name: 'trigger restart: recovered (seen by a silent poll), n8n restarted, broken again: exactly one new alert',
		run: (ctx) => recoveryAndNewBreakAroundRestart(ctx),
	},
	{
		name: 'trigger restart under durable poll cursors (n8n 2.x): exactly one new alert',
		targets: ['2.40.7'],
		run: (ctx) => recoveryAndNewBreakAroundRestart(ctx, DURABLE_CURSORS),
	},
];
