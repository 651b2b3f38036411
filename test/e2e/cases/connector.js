'use strict';
// e2e cases for the Connector resource. Case format: see test/e2e/README.md.
// Several read-only or chained operations share one workflow (each `n8n execute` costs seconds);
// every node is named after what it does, so a failed assertion points at the operation.
const assert = require('node:assert/strict');

const DEMO_CONNECTIONS = [
	'clever_lynx', 'dapper_walrus', 'fuzzy_badger', 'lively_puffin',
	'mellow_crane', 'noble_falcon', 'steady_ibis', 'tidy_marmot',
];
const DEMO_BROKEN = ['fuzzy_badger', 'tidy_marmot'];

// Set in a case's `before`, read in its `expect` (cases run one after another).
let succeededBefore = null;

const sorted = (list) => [...list].sort();
const errorText = (r) => `${r.error.message} ${r.error.description || ''}`;

module.exports = [
	{
		name: 'connector getAll (account, broken filter), get and getStatus read the demo account',
		workflow: 'connector-read',
		expect(r, ctx) {
			assert.equal(r.status, 'success');

			const all = r.items('List All');
			assert.deepEqual(sorted(all.map((c) => c.id)), DEMO_CONNECTIONS);
			assert.ok(all.every((c) => c.group_id && c.service && c.status), 'each connector has group, service and status');

			assert.deepEqual(sorted(r.items('List Broken').map((c) => c.id)), DEMO_BROKEN);
			assert.ok(r.items('List Broken').every((c) => c.status.setup_state === 'broken'));
			// Both lists fit one page; the status filter is applied after reading, not by Fivetran.
			assert.equal(ctx.requests('GET', '/v1/connections'), 2);

			const [got, ...moreGot] = r.items('Get');
			assert.equal(moreGot.length, 0);
			assert.equal(got.id, 'mellow_crane');
			assert.equal(got.service, 'postgres');
			assert.equal(got.schema, 'app_db');
			assert.equal(got.config.password, '******', 'secrets stay masked as Fivetran returns them');

			const [status] = r.items('Get Status');
			assert.equal(status.id, 'fuzzy_badger');
			assert.equal(status.is_broken, true);
			assert.equal(status.setup_state, 'broken');
			assert.equal(status.tasks[0].code, 'reconnect');
			assert.match(status.dashboard_url, /fuzzy_badger/);
		},
	},
	{
		name: 'connector get survives two 429s (Retry-After 1 s) and succeeds',
		workflow: 'connector-read',
		before(ctx) {
			// Only the Get node's request is rate-limited; the other nodes read normally.
			ctx.control.faults({ rateLimitNext: 2, retryAfter: 1, match: 'GET /v1/connections/mellow_crane' });
		},
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			assert.equal(r.items('Get')[0].id, 'mellow_crane');
			assert.equal(ctx.requests('GET', '/v1/connections/mellow_crane'), 3, 'two 429s, then the answer');
			assert.equal(ctx.stats().byStatus['429'], 2);
		},
	},
	{
		name: 'connector create (postgres, config JSON) then delete with confirmDelete',
		workflow: 'connector-create-delete',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const [created] = r.items('Create');
			assert.ok(created.id, 'created connector has an id');
			assert.equal(created.service, 'postgres');
			assert.equal(created.group_id, 'quiet_heron');
			assert.equal(created.schema, 'e2e_pg');
			assert.equal(created.sync_frequency, 60);
			assert.equal(created.config.password, '******');
			assert.deepEqual(created.setup_tests.map((t) => t.status), ['PASSED', 'PASSED', 'PASSED']);

			const [deleted] = r.items('Delete');
			assert.equal(deleted.deleted, true, `output: ${JSON.stringify(deleted)}`);
			assert.equal(deleted.id, created.id);
			assert.match(deleted.message, new RegExp(created.id));
			assert.equal(ctx.sandbox.state.connections.has(created.id), false);
			assert.equal(ctx.requests('POST', '/v1/connections'), 1);
			assert.equal(ctx.requests('DELETE', `/v1/connections/${created.id}`), 1);
		},
	},
	{
		name: 'connector update (sync_frequency), pause, resume and runSetupTests (one item per test)',
		workflow: 'connector-settings',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			assert.equal(r.items('Update')[0].sync_frequency, 120);
			assert.equal(r.items('Pause')[0].paused, true);
			assert.equal(r.items('Pause')[0].status.sync_state, 'paused');
			assert.equal(r.items('Resume')[0].paused, false);
			assert.equal(r.items('Resume')[0].status.sync_state, 'scheduled');
			const stored = ctx.sandbox.state.connections.get('mellow_crane');
			assert.equal(stored.sync_frequency, 120);
			assert.equal(stored.paused, false);
			assert.equal(ctx.requests('PATCH', '/v1/connections/mellow_crane'), 3);

			const tests = r.items('Setup Tests');
			assert.equal(tests.length, 3, 'a database connector has three setup tests');
			assert.ok(tests.every((t) => t.connector_id === 'mellow_crane' && t.title && t.status === 'PASSED'));

			// A broken connector whose config did not change fails its last test with the task message.
			const broken = r.items('Setup Tests (broken)');
			assert.deepEqual(broken.map((t) => t.status), ['PASSED', 'FAILED']);
			assert.match(broken[1].message, /Google Ads access was revoked/);
		},
	},
	{
		name: 'connector getSchemaConfig, updateSchemaConfig (disable a table), reloadSchema, resyncTables',
		workflow: 'connector-schema',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const before = r.items('Get Schema Config')[0];
			assert.equal(before.schemas.public.tables.orders.enabled, true);

			const updated = r.items('Disable Table')[0];
			assert.equal(updated.schemas.public.tables.orders.enabled, false);
			assert.equal(updated.schemas.public.tables.users.enabled, true, 'only the named table changes');

			const reloaded = r.items('Reload Schema')[0];
			assert.equal(reloaded.schemas.public.tables.orders.enabled, false, 'PRESERVE keeps the disabled table');
			assert.deepEqual(Object.keys(reloaded.schemas).sort(), ['billing', 'public']);

			const [resync] = r.items('Resync Table');
			assert.equal(resync.success, true);
			assert.deepEqual(resync.tables, { public: ['users'] });
			assert.ok(resync.message, 'carries the Fivetran message');

			const stored = ctx.sandbox.state.schemaConfigs.get('mellow_crane');
			assert.equal(stored.schemas.public.tables.orders.enabled, false);
			assert.equal(ctx.requests('PATCH', '/v1/connections/mellow_crane/schemas'), 1);
			assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/schemas/reload'), 1);
			assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/schemas/tables/resync'), 1);
		},
	},
	{
		name: 'connector getState and updateState on the paused Connector SDK connector',
		workflow: 'connector-state',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			assert.equal(r.items('Pause')[0].paused, true);
			assert.deepEqual(r.items('Get State')[0], { state: { cursor: '2024-06-01T00:00:00Z', page: 42 } });
			const newState = { cursor: '2025-01-01T00:00:00Z', page: 1 };
			assert.deepEqual(r.items('Update State')[0].state, newState);
			assert.deepEqual(ctx.sandbox.state.sdkStates.get('clever_lynx'), newState);
			assert.equal(r.items('Resume')[0].paused, false);
			assert.equal(ctx.requests('PATCH', '/v1/connections/clever_lynx/state'), 1);
		},
	},
	{
		name: 'connector getState on a non-SDK connector fails with a clear message',
		workflow: 'connector-getState-not-sdk',
		async expect(r, ctx) {
			assert.equal(r.status, 'error');
			assert.equal(r.lastNode, 'Fivetran');
			const text = errorText(r);
			assert.match(text, /no state endpoint for connector "mellow_crane"/);
			assert.match(text, /Connector SDK and Function connectors/);
			const direct = await ctx.api('GET', '/connections/mellow_crane/state');
			assert.equal(direct.status, 400);
			assert.ok(text.includes(direct.body.message), `error should quote "${direct.body.message}", got "${text}"`);
		},
	},
	{
		name: 'connector historicalResync without confirmation fails naming it and sends no request',
		workflow: 'connector-historicalResync-unconfirmed',
		expect(r, ctx) {
			assert.equal(r.status, 'error');
			assert.match(r.error.message, /Confirm Resync/);
			assert.equal(ctx.requests('POST'), 0, 'no POST reached the API');
			assert.equal(ctx.requests(), 0, 'not even a read');
			assert.equal(ctx.sandbox.state.connections.get('mellow_crane').status.is_historical_sync, false);
		},
	},
	{
		name: 'connector sync with Wait for Completion ends with a new succeeded_at',
		workflow: 'connector-sync-wait',
		before(ctx) {
			succeededBefore = ctx.control.getConnection('mellow_crane').succeeded_at;
		},
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const [out] = r.items('Fivetran');
			assert.equal(out.sync_succeeded, true, `output: ${JSON.stringify(out)}`);
			assert.ok(Date.parse(out.succeeded_at) > Date.parse(succeededBefore), `${out.succeeded_at} is newer than ${succeededBefore}`);
			assert.ok(Date.parse(out.succeeded_at) >= Date.parse(out.sync_requested_at), 'the sync ended after it was requested');
			assert.equal(out.status.sync_state, 'scheduled');
			assert.equal(out.succeeded_at, ctx.control.getConnection('mellow_crane').succeeded_at);
			assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/sync'), 1);
		},
	},
	{
		name: 'connector sync whose run fails, with On Failure "output", gives sync_succeeded false',
		workflow: 'connector-sync-wait',
		before(ctx) {
			ctx.control.failNextSync('mellow_crane', { reason: 'E2E: the source closed the connection' });
		},
		expect(r) {
			assert.equal(r.status, 'success', 'no error: the failure is an output item');
			const [out] = r.items('Fivetran');
			assert.equal(out.sync_succeeded, false, `output: ${JSON.stringify(out)}`);
			assert.ok(Date.parse(out.failed_at) >= Date.parse(out.sync_requested_at));
			assert.ok(out.status.tasks.some((t) => t.message === 'E2E: the source closed the connection'));
		},
	},
	{
		name: 'connector getAll returnAll over 50,000 connectors: all of them in 50 list requests',
		workflow: 'connector-getAll-50k',
		sandbox: { seed: 'empty', generateConnectors: 50000 },
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const items = r.items('Fivetran');
			assert.equal(items.length, 50000);
			assert.equal(new Set(items.map((c) => c.id)).size, 50000, 'no connector twice');
			assert.equal(ctx.requests('GET', '/v1/connections'), 50, 'pages of 1000');
			assert.equal(ctx.requests(), 50, 'nothing else');
		},
	},
	{
		name: 'safety level readOnly blocks connector delete, naming the levels, without calling the API',
		workflow: 'connector-delete-read-only',
		expect(r, ctx) {
			assert.equal(r.status, 'error');
			assert.match(r.error.message, /safety level/i);
			const text = errorText(r);
			assert.match(text, /"Everything"/, 'names the level the operation needs');
			assert.match(text, /"Read Only"/, 'names the level the credential has');
			assert.equal(ctx.requests(), 0, 'no request reached the API');
			assert.ok(ctx.sandbox.state.connections.has('mellow_crane'));
		},
	},
];
