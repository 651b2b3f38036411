'use strict';
// examples/sync-then-transform.json as shipped (sync the group's connectors and wait, then run its
// transformations and wait, then the summary), with a transformation run that succeeds and one that
// fails; and a run whose failure stops the workflow with Fivetran's message (On Failure: Stop With Error).
const assert = require('node:assert/strict');
const path = require('path');

const WORKFLOWS = path.join(__dirname, '..', 'workflows');
const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const example = (name) => path.relative(WORKFLOWS, path.join(EXAMPLES, name));

const GROUP_CONNECTORS = ['clever_lynx', 'mellow_crane', 'steady_ibis'];
const FAILURE = 'dbt run failed: model orders_daily: relation "raw.orders" does not exist';
const sorted = (list) => [...list].sort();

let endedBefore = null;

function expectSyncsAndOneRun(r, ctx) {
	assert.equal(r.status, 'success', r.error ? r.error.message : '');
	const syncs = r.items('Sync and Wait');
	assert.deepEqual(sorted(syncs.map((s) => s.connector_id ?? s.id)), GROUP_CONNECTORS);
	assert.ok(syncs.every((s) => s.sync_succeeded === true), JSON.stringify(syncs.map((s) => s.sync_succeeded)));
	// The paused transformation of the group (sleepy_koala) is left out by the Paused filter.
	assert.deepEqual(r.items('Transformations of Group').map((t) => t.id), ['tidal_narwhal']);
	assert.equal(ctx.requests('POST', '/v1/transformations/tidal_narwhal/run'), 1);
	assert.equal(ctx.requests('POST', '/v1/transformations/sleepy_koala/run'), 0);
	const [run, ...more] = r.items('Run and Wait');
	assert.equal(more.length, 0);
	const lastSyncEnd = Math.max(...syncs.map((s) => Date.parse(s.succeeded_at)));
	assert.ok(Date.parse(run.run_requested_at ?? run.last_started_at) >= lastSyncEnd, 'the run starts after every sync has ended');
	assert.ok(Date.parse(run.last_ended_at) > Date.parse(endedBefore), 'a new run ended');
	return { run, summary: r.items('Summary')[0] };
}

module.exports = [
	{
		name: 'example sync-then-transform: 3 syncs waited for, then the active transformation run and waited for, then one summary',
		workflow: example('sync-then-transform'),
		before(ctx) {
			endedBefore = ctx.control.getTransformation('tidal_narwhal').last_ended_at;
		},
		expect(r, ctx) {
			const { run, summary } = expectSyncsAndOneRun(r, ctx);
			assert.equal(run.run_succeeded, true, JSON.stringify(run));
			assert.equal(run.run_status, 'SUCCEEDED');
			assert.equal(summary.all_succeeded, true);
			assert.equal(summary.text.split('\n').length, 4, summary.text);
			assert.match(summary.text, /✅ transformation Daily product models: done at /);
		},
	},
	{
		name: "example sync-then-transform with a failing transformation: an item with the outcome and Fivetran's message reaches the summary",
		workflow: example('sync-then-transform'),
		before(ctx) {
			endedBefore = ctx.control.getTransformation('tidal_narwhal').last_ended_at;
			ctx.control.failNextTransformationRun('tidal_narwhal', FAILURE);
		},
		expect(r, ctx) {
			const { run, summary } = expectSyncsAndOneRun(r, ctx);
			assert.equal(run.run_succeeded, false);
			assert.equal(run.run_status, 'FAILED');
			assert.deepEqual(run.run_messages, [FAILURE], JSON.stringify(run));
			assert.equal(summary.all_succeeded, false);
			assert.ok(summary.text.includes(`❌ transformation Daily product models: FAILED: ${FAILURE}`), summary.text);
		},
	},
	{
		name: "transformation run and wait, On Failure Stop With Error: the execution fails with Fivetran's message",
		workflow: 'transformation-run-fails',
		before(ctx) {
			ctx.control.failNextTransformationRun('tidal_narwhal', FAILURE);
		},
		expect(r, ctx) {
			assert.equal(r.status, 'error');
			const text = `${r.error.message} ${r.error.description || ''}`;
			assert.ok(text.includes(FAILURE), text);
			assert.match(text, /tidal_narwhal|Daily product models/);
			assert.equal(ctx.requests('POST', '/v1/transformations/tidal_narwhal/run'), 1);
		},
	},
];
