'use strict';
// Queue mode: examples/durable-sync-wait.json as a production execution. The Wait node parks the
// execution in Postgres (status "waiting") and the main hands it to a worker again when it is due,
// so a worker is busy only while Sync and Check Sync run, not while the sync does.
const assert = require('node:assert/strict');
const path = require('path');
const { readExecution } = require('../lib/n8n-rest');
const { waitFor } = require('../lib/trigger-example');

const WORKFLOWS = path.join(__dirname, '..', 'workflows');
const EXAMPLE = path.relative(WORKFLOWS, path.join(__dirname, '..', '..', '..', 'examples', 'durable-sync-wait'));
const CONNECTOR = 'dapper_walrus';

module.exports = [
	{
		name: 'queue: durable-sync-wait parks in the database, resumes on a worker, Check Sync says succeeded',
		uses: [EXAMPLE],
		sandbox: { syncDurationMs: 30000 }, // ends within the first 70 s Wait
		async run(ctx) {
			const { harness } = ctx;
			const before = ctx.control.getConnection(CONNECTOR).succeeded_at;
			const executionId = await harness.start(EXAMPLE);
			const status = async () => (await harness.session.get(`/executions/${executionId}`)).status;
			await waitFor('the execution to be parked by the Wait node', async () => (await status()) === 'waiting', 60000);
			const startsWhileParked = harness.cluster.startCount(executionId);

			const run = await readExecution(harness.session, executionId, 240000);
			assert.equal(run.status, 'success', JSON.stringify(run.error));
			const checks = run.runData['Check Sync'] ?? [];
			const last = (checks.at(-1)?.data?.main?.[0] ?? [])[0]?.json;
			assert.ok(last, 'Check Sync ran');
			assert.equal(last.sync_outcome, 'succeeded', JSON.stringify(last));
			assert.equal(last.sync_succeeded, true);
			assert.ok(Date.parse(last.succeeded_at) > Date.parse(before), 'a new succeeded_at');
			assert.equal(ctx.requests('POST', `/v1/connections/${CONNECTOR}/sync`), 1, 'one sync request');
			assert.equal(ctx.requests('GET', `/v1/connections/${CONNECTOR}`), 1 + checks.length, 'the baseline, then one GET per check');

			// Started once before the Wait, and once more per resume: no worker held it while parked.
			assert.equal(startsWhileParked, 1, 'one worker start before the Wait');
			const starts = harness.cluster.startCount(executionId);
			assert.equal(starts, 1 + checks.length, 'one more worker start per resume');
			console.log(`    execution ${executionId}: ${checks.length} check(s), started ${starts} times on ${harness.cluster.workersOf(executionId).join(', ')}`);
		},
	},
];
