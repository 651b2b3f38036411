'use strict';
// Fivetran Trigger in a live n8n (`n8n start`, workflow active), as users run it. The workflow is
// examples/broken-connector-alert.json itself with two changes: its Slack webhook URL points at a
// local collector, and it polls every 5 s instead of every 5 minutes (lib/trigger-example.js).
const assert = require('node:assert/strict');
const { ownerSession, fetchTestEvent, listExecutions } = require('../lib/n8n-rest');
const { withLiveExample, assertAlert, finishedTriggerExecutions } = require('../lib/trigger-example');

const DEMO_BROKEN = ['fuzzy_badger', 'tidy_marmot']; // broken in the demo seed before n8n starts

module.exports = [
	{
		name: 'trigger: example broken-connector-alert on a live n8n alerts once per break; Fetch Test Event',
		async run(ctx) {
			const started = Date.now();
			const times = {};
			const mark = (name) => (times[name] = ((Date.now() - started) / 1000).toFixed(1));
			await withLiveExample(ctx, {}, async ({ n8n, workflow, triggerName, alerts, polls, firstPoll, nextPolls, alertCount }) => {
				mark('n8nUp');

				// 1. Baseline: the poll at activation records the account; already-broken connectors are not reported.
				await firstPoll();
				mark('firstPoll');
				await nextPolls(2, 'two scheduled polls after the first one');
				mark('baselineDone');
				assert.equal(alerts().length, 0, `no alert for the already-broken ${DEMO_BROKEN.join(', ')}`);

				// 2. A connector breaks: exactly one alert, not repeated while it stays broken.
				const firstReason = 'The source rejected the credentials. Reconnect to resume syncing.';
				ctx.control.breakConnection('mellow_crane', firstReason);
				const brokeAt = Date.now();
				await alertCount(1, 'the alert for mellow_crane');
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
				await alertCount(2, 'the alert for the second break');
				assertAlert(alerts()[1].body.text, { reason: secondReason });
				await nextPolls(1, 'a poll after the second alert');
				mark('alertsDone');

				// 4. n8n's own record: one successful trigger execution per break, nothing else.
				const session = await ownerSession(n8n.url);
				const executions = await finishedTriggerExecutions(session, workflow.id, 2, n8n);
				assert.deepEqual(executions.map((e) => e.status), ['success', 'success'], 'one successful execution per break');
				assert.equal(ctx.requests('GET', '/v1/groups/quiet_heron'), 2, 'Get Group ran once per alert');
				assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/connect-card'), 2, 'one Connect Card link per alert');

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
			});
		},
	},
];
