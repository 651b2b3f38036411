'use strict';
// e2e cases for issue 22 ("Is my data fresh?"): Wait for Fresh Data over two groups, Check Fresh
// Data in a Wait-node loop, the trigger's Data Stale firing once, Get Sync History, Connector
// Type and Account Get Info.
const assert = require('node:assert/strict');
const { ownerSession, listExecutions, readExecution } = require('../lib/n8n-rest');
const { waitFor, finishedTriggerExecutions } = require('../lib/trigger-example');
const { workflowId } = require('../lib/harness');
const { withN8nOutput } = require('../lib/active-n8n');

const E2E_CREDENTIAL = { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi' };
const EVERY_5_SECONDS = Array.from({ length: 12 }, (_, i) => ({ mode: 'custom', cronExpression: `${i * 5} * * * * *` }));

/** A live workflow: Fivetran Trigger (Data Stale after 60 minutes, every 5 s) -> No Op. */
function staleAlertWorkflow() {
	return {
		id: workflowId('fresh-data-stale-trigger'),
		name: 'Data Stale (e2e)',
		active: false,
		nodes: [
			{
				parameters: {
					pollTimes: { item: EVERY_5_SECONDS },
					scope: 'account',
					events: ['dataStale'],
					staleAfter: 60,
					staleAfterUnit: 'minutes',
				},
				id: 'a4d0c1a2-0b51-4f7e-9a43-22a000000001',
				name: 'Fivetran Trigger',
				type: 'n8n-nodes-fivetran.fivetranTrigger',
				typeVersion: 1,
				position: [0, 0],
				credentials: { fivetranApi: { id: E2E_CREDENTIAL.id, name: E2E_CREDENTIAL.name } },
			},
			{ parameters: {}, id: 'a4d0c1a2-0b51-4f7e-9a43-22a000000002', name: 'Stale', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [300, 0] },
		],
		connections: { 'Fivetran Trigger': { main: [[{ node: 'Stale', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

module.exports = [
	{
		name: 'fresh data: Wait for Fresh Data over 2 groups starts one sync per stale connector, skips paused and broken, one list per group per look',
		workflow: 'fresh-data-wait',
		expect(r, ctx) {
			assert.equal(r.status, 'success', JSON.stringify(r.error));
			const [summary, ...rows] = r.items('Fivetran');
			assert.equal(summary.all_fresh, true, JSON.stringify(summary));
			assert.equal(summary.total, 5);
			assert.deepEqual([...summary.skipped_ids].sort(), ['fuzzy_badger', 'lively_puffin', 'tidy_marmot']);
			assert.deepEqual([...summary.syncs_requested].sort(), ['dapper_walrus', 'noble_falcon']);
			assert.equal(rows.length, 5);
			const why = Object.fromEntries(rows.map((row) => [row.connector_id, row.why_not]));
			assert.deepEqual(why, { dapper_walrus: null, fuzzy_badger: 'broken', lively_puffin: 'paused', noble_falcon: null, tidy_marmot: 'broken' });
			assert.match(rows.find((row) => row.connector_id === 'fuzzy_badger').why_not_detail, /Google Ads access was revoked/);
			// Each look: one list per group; no GET per connector; each sync requested once.
			const looks = summary.looks;
			assert.ok(looks >= 2, `looks ${looks}`);
			assert.equal(ctx.requests('GET', '/v1/groups/sandy_lamb/connections'), looks);
			assert.equal(ctx.requests('GET', '/v1/groups/brisk_otter/connections'), looks);
			assert.equal(ctx.requests('GET', '/v1/connections/dapper_walrus'), 0);
			assert.equal(ctx.requests('POST', '/v1/connections/dapper_walrus/sync'), 1);
			assert.equal(ctx.requests('POST', '/v1/connections/noble_falcon/sync'), 1);
			assert.equal(ctx.requests('POST'), 2);
		},
	},
	{
		name: 'fresh data: Check Fresh Data in a Wait loop: first check requests the syncs, a later one finds all fresh, no second sync',
		workflow: 'fresh-data-check-loop',
		sandbox: { syncDurationMs: 1500 },
		expect(r, ctx) {
			assert.equal(r.status, 'success', JSON.stringify(r.error));
			const checks = r.run.data.resultData.runData['Check Fresh Data'].map((run) => run.data.main[0][0].json);
			assert.ok(checks.length >= 2, `${checks.length} checks`);
			assert.equal(checks[0].all_fresh, false);
			assert.deepEqual([...checks[0].syncs_requested].sort(), ['mellow_crane', 'noble_falcon']);
			const last = checks.at(-1);
			assert.equal(last.all_fresh, true, JSON.stringify(last));
			assert.equal(last.checks, checks.length);
			assert.ok(checks.every((c) => c.fresh_after === checks[0].fresh_after), 'the first check\'s mark is kept');
			assert.equal(r.items('Done').length, 1);
			assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/sync'), 1);
			assert.equal(ctx.requests('POST', '/v1/connections/noble_falcon/sync'), 1);
			// The first check reads each chosen connector once; later checks one list per group.
			assert.equal(ctx.requests('GET', '/v1/connections/mellow_crane'), 1);
			assert.equal(ctx.requests('GET', '/v1/groups/quiet_heron/connections'), checks.length - 1);
		},
	},
	{
		name: 'fresh data: trigger Data Stale fires once when a connector crosses the threshold, not again on the next polls',
		async run(ctx) {
			const workflow = staleAlertWorkflow();
			let n8n = null;
			const polls = () => ctx.requests('GET', '/v1/connections');
			try {
				n8n = await ctx.startActiveN8n({
					runtime: ctx.runtime,
					credentials: [{ ...E2E_CREDENTIAL, data: ctx.credentialData.good }],
					workflows: [workflow],
				});
				await waitFor('the poll at activation and one more', () => polls() >= 2, 120000);
				const session = await ownerSession(n8n.url);
				assert.equal((await listExecutions(session, workflow.id)).length, 0, 'the baseline reports nothing');

				const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000).toISOString();
				ctx.control.setConnection('mellow_crane', { succeeded_at: twoHoursAgo });
				const [execution] = await finishedTriggerExecutions(session, workflow.id, 1, n8n);
				const pollsAfter = polls();
				await waitFor('two more polls', () => polls() >= pollsAfter + 2, 60000);
				const all = (await listExecutions(session, workflow.id)).filter((e) => e.mode === 'trigger');
				assert.equal(all.length, 1, 'still one: no second Data Stale while it stays stale');

				const run = await readExecution(session, execution.id);
				const items = run.runData['Fivetran Trigger'][0].data.main[0].map((i) => i.json);
				assert.deepEqual(items.map((i) => [i.event, i.connector_id]), [['dataStale', 'mellow_crane']]);
				assert.equal(items[0].stale_after_minutes, 60);
				assert.ok(items[0].data_age_minutes >= 120, JSON.stringify(items[0]));
			} catch (e) {
				throw withN8nOutput(e, n8n);
			} finally {
				if (n8n) await n8n.stop();
			}
		},
	},
];
