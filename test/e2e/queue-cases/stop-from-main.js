'use strict';
// Queue mode: the editor's Stop (POST /rest/executions/:id/stop on the main) ends a Sync's wait that
// runs on a worker: n8n tells the worker through Redis, the node's wait sees the execution's cancel
// signal, and no further poll reaches Fivetran.
const assert = require('node:assert/strict');
const { readExecution } = require('../lib/n8n-rest');
const { waitFor } = require('../lib/trigger-example');

const CONNECTOR = 'mellow_crane';
const POLL_INTERVAL_MS = 5000; // the workflow's Poll Interval
const STOP_BOUND_MS = 10000;

const polls = (ctx) => ctx.requests('GET', `/v1/connections/${CONNECTOR}`);

module.exports = [
	{
		name: 'queue: Stop on the main ends a Sync wait running on a worker, within 10 s, and no poll follows',
		uses: ['connector-sync-wait-long'],
		sandbox: { syncDurationMs: 10 * 60000 }, // a sync that outlasts the case
		async run(ctx) {
			const { harness } = ctx;
			const executionId = await harness.start('connector-sync-wait-long');
			// The baseline read, then at least one poll of the running wait.
			await waitFor('the wait to poll', () => polls(ctx) >= 2, 60000);
			const worker = harness.cluster.workerOf(executionId);
			assert.ok(worker, `a worker started execution ${executionId}`);

			const stopAt = Date.now();
			await harness.session.post(`/executions/${executionId}/stop`);
			const execution = await readExecution(harness.session, executionId, STOP_BOUND_MS + 5000);
			const endedMs = Date.now() - stopAt;
			const pollsAtEnd = polls(ctx);
			assert.equal(execution.status, 'canceled', `recorded as canceled, got ${execution.status}`);
			assert.ok(endedMs <= STOP_BOUND_MS, `the wait ended ${endedMs} ms after Stop (bound ${STOP_BOUND_MS} ms)`);
			await new Promise((r) => setTimeout(r, POLL_INTERVAL_MS + 2000));
			assert.equal(polls(ctx), pollsAtEnd, 'no poll after the execution ended');
			assert.equal(ctx.requests('POST', `/v1/connections/${CONNECTOR}/sync`), 1, 'one sync request');
			console.log(`    stop -> canceled on ${worker}: ${endedMs} ms; polls before stop ${pollsAtEnd - 1}`);
		},
	},
];
