'use strict';
// The workflows in examples/ (what `npm start` imports) run as they are, from their own files,
// with the credential they reference ("Fivetran (sandbox)", which the runner imports too).
// (examples/broken-connector-alert.json has a trigger, so it runs in cases/trigger.js instead;
// examples/durable-sync-wait.json parks itself in the database, so it runs in a live n8n here.)
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { withN8nOutput } = require('../lib/active-n8n');
const { ownerSession, readExecution } = require('../lib/n8n-rest');
const { waitFor } = require('../lib/trigger-example');

const WORKFLOWS = path.join(__dirname, '..', 'workflows');
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
// A case's `workflow` is a path below test/e2e/workflows without ".json"; this one leads to examples/.
const example = (name) => path.relative(WORKFLOWS, path.join(EXAMPLES, name));

const EXAMPLE_CREDENTIAL = { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi' };
const SANDY_LAMB = ['dapper_walrus', 'fuzzy_badger', 'lively_puffin'];

// Set in a case's `before`, read in its `expect` (cases run one after another).
let succeededBefore = {};

module.exports = [
	{
		name: 'example nightly-sync-and-wait: Salesforce, then Postgres, each waited for, then the summary',
		workflow: example('nightly-sync-and-wait'),
		before(ctx) {
			succeededBefore = {
				dapper_walrus: ctx.control.getConnection('dapper_walrus').succeeded_at,
				mellow_crane: ctx.control.getConnection('mellow_crane').succeeded_at,
			};
		},
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const [salesforce] = r.items('Sync Salesforce');
			const [postgres] = r.items('Sync Postgres');
			for (const [out, id] of [[salesforce, 'dapper_walrus'], [postgres, 'mellow_crane']]) {
				assert.equal(out.connector_id, id);
				assert.equal(out.sync_succeeded, true, `${id}: ${JSON.stringify(out)}`);
				assert.ok(Date.parse(out.succeeded_at) > Date.parse(succeededBefore[id]), `${id} has a new succeeded_at`);
			}
			assert.ok(
				Date.parse(postgres.sync_requested_at) >= Date.parse(salesforce.succeeded_at),
				'Postgres is synced only after the Salesforce sync has finished',
			);

			const [summary] = r.items('Summary');
			assert.equal(summary.all_succeeded, true);
			assert.deepEqual(summary.connectors.map((c) => c.connector_id), ['dapper_walrus', 'mellow_crane']);
			assert.equal(summary.connectors[1].finished_at, postgres.succeeded_at);
			const lines = summary.text.split('\n');
			assert.equal(lines.length, 2);
			assert.match(lines[0], /^salesforce \(salesforce\): succeeded at /);
			assert.match(lines[1], /^postgres \(app_db\): succeeded at /);
			assert.equal(ctx.requests('POST', '/v1/connections/dapper_walrus/sync'), 1);
			assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/sync'), 1);
		},
	},
	{
		// Queue mode runs this example as a production execution on the workers (queue-cases/durable-loop.js).
		modes: ['single'],
		// `n8n execute` ends when the Wait parks the execution (status "waiting"), so this one runs in
		// `n8n start`, whose wait tracker resumes it, as the editor's Execute workflow button runs it.
		name: 'example durable-sync-wait: Sync without waiting, Wait 70 s parked in the database, Check Sync says running, loops, then succeeded, Done',
		// A 90 s sync: the first check (after 70 s) finds it running, the second (after 140 s) finished.
		sandbox: { syncDurationMs: 90000 },
		async run(ctx) {
			const workflow = JSON.parse(fs.readFileSync(path.join(EXAMPLES, 'durable-sync-wait.json'), 'utf8'));
			const before = ctx.control.getConnection('dapper_walrus').succeeded_at;
			let n8n = null;
			try {
				n8n = await ctx.startActiveN8n({
					runtime: ctx.runtime,
					credentials: [{ ...EXAMPLE_CREDENTIAL, data: ctx.credentialData.good }],
					workflows: [workflow],
				});
				// /healthz answers before the REST API is mounted.
				let session = null;
				await waitFor('n8n\'s REST API', async () => {
					session = await ownerSession(n8n.url).catch(() => null);
					return session !== null;
				}, 60000);
				const workflowData = await session.get(`/workflows/${workflow.id}`);
				const started = await session.post(`/workflows/${workflow.id}/run`, {
					workflowData,
					triggerToStartFrom: { name: 'Run now' },
				});
				assert.ok(started && started.executionId, `manual run started: ${JSON.stringify(started)}`);
				const status = async () => (await session.get(`/executions/${started.executionId}`)).status;
				await waitFor('the execution to be parked by the Wait node', async () => (await status()) === 'waiting', 60000);

				const run = await readExecution(session, started.executionId, 300000);
				assert.equal(run.status, 'success', JSON.stringify(run.error));
				const items = (node, runIndex = 0, output = 0) =>
					(run.runData[node]?.[runIndex]?.data?.main?.[output] ?? []).map((i) => i.json);
				const [requested] = items('Sync Salesforce');
				assert.equal(requested.success, true);
				assert.equal(requested.previous_sync_end_at, new Date(before).toISOString());
				assert.equal(run.runData['Wait'].length, 2, 'parked twice');
				assert.equal(run.runData['Check Sync'].length, 2, 'two checks');
				const [running] = items('Check Sync', 0);
				assert.equal(running.sync_finished, false, JSON.stringify(running));
				assert.equal(running.sync_outcome, 'running');
				assert.equal(running.checks, 1);
				assert.equal(items('Finished?', 0, 1).length, 1, 'the first check went back to the Wait');
				const [checked] = items('Check Sync', 1);
				assert.equal(checked.sync_finished, true, JSON.stringify(checked));
				assert.equal(checked.sync_outcome, 'succeeded');
				assert.equal(checked.sync_succeeded, true);
				assert.equal(checked.checks, 2);
				assert.equal(checked.connector_id, 'dapper_walrus');
				assert.equal(checked.sync_requested_at, requested.sync_requested_at);
				assert.ok(checked.waited_seconds >= 140, `waited ${checked.waited_seconds} s`);
				assert.equal(checked.previous_sync_end_at, requested.previous_sync_end_at, 'handed on unchanged');
				assert.ok(Date.parse(checked.succeeded_at) > Date.parse(before), 'a new succeeded_at');
				assert.equal(items('Done').length, 1);
				assert.equal(run.runData['Sync Failed'], undefined, 'Sync Failed did not run');
				assert.equal(ctx.requests('POST', '/v1/connections/dapper_walrus/sync'), 1);
				assert.equal(ctx.requests('GET', '/v1/connections/dapper_walrus'), 3, 'the baseline, then two checks');
			} catch (e) {
				throw withN8nOutput(e, n8n);
			} finally {
				if (n8n) await n8n.stop();
			}
		},
	},
	{
		name: 'example bulk-pause-resume: pauses every connector of the group, one request each',
		workflow: example('bulk-pause-resume'),
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			assert.deepEqual(r.items('List Connectors in Group').map((c) => c.id).sort(), SANDY_LAMB);
			const paused = r.items('Pause Connector');
			assert.deepEqual(paused.map((c) => c.id).sort(), SANDY_LAMB);
			assert.ok(paused.every((c) => c.paused === true));
			assert.equal(r.ran('Resume Connector'), false, 'action "pause" takes only the pause branch');
			for (const id of SANDY_LAMB) assert.equal(ctx.sandbox.state.connections.get(id).paused, true, id);
			assert.equal(ctx.sandbox.state.connections.get('mellow_crane').paused, false, 'other groups untouched');
			assert.equal(ctx.requests('PATCH'), 3);
		},
	},
	{
		name: 'example broken-connector-report: count and one line per broken connector',
		workflow: example('broken-connector-report'),
		expect(r) {
			assert.equal(r.status, 'success');
			const [report] = r.items('Build Report');
			assert.equal(report.count, 2);
			const lines = report.report.split('\n');
			assert.equal(lines[0], '2 broken Fivetran connectors:');
			const googleAds = lines.find((l) => l.startsWith('- google_ads (google_ads): '));
			assert.ok(googleAds, `a line for fuzzy_badger in:\n${report.report}`);
			assert.match(googleAds, /Google Ads access was revoked/);
			assert.match(googleAds, /https:\/\/fivetran\.com\/dashboard\/connectors\/fuzzy_badger\/status$/);
			assert.ok(lines.some((l) => l.startsWith('- budget_sheet.fy2024 (google_sheets): The named range')));
			assert.deepEqual(report.connectors.map((c) => c.id).sort(), ['fuzzy_badger', 'tidy_marmot']);
		},
	},
	{
		name: 'example broken-connector-report: nothing broken still gives a report (count 0)',
		workflow: example('broken-connector-report'),
		before(ctx) {
			ctx.control.fixConnection('fuzzy_badger');
			ctx.control.fixConnection('tidy_marmot');
		},
		expect(r) {
			assert.equal(r.status, 'success');
			assert.deepEqual(r.items('Build Report'), [
				{ count: 0, report: 'No broken Fivetran connectors.', connectors: [] },
			]);
		},
	},
];
