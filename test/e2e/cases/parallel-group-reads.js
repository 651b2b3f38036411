'use strict';
// "Parallel Group Reads" (issue 23, docs/big-accounts.md) in a real n8n: Connector → Get Many over
// the whole account, Group → Get Connectors with several items, and the Fivetran Trigger's poll.
// Run only these: E2E_ONLY='parallel group reads' npm run test:e2e
//
// The account: 4,000 generated connectors spread over 40 groups (gen_group_01..40, 100 each), then
// gen_003001..gen_004000 moved into gen_group_05, so that group's list is two pages (expected counts
// and orders are computed from the sandbox's store). Every group list is answered 20 ms late (a
// fault matching only that route), so lists read side by side overlap and the sandbox's
// peakInFlight shows it; everything else answers at once.
const assert = require('node:assert/strict');
const { withLiveExample, assertAlert } = require('../lib/trigger-example');

const ACCOUNT = { seed: 'empty', generateConnectors: 4000 };
const BIG_GROUP = 'gen_group_05';
const GROUP_LIST_ROUTE = 'GET /v1/groups/:id/connections';
const PAGE = 1000;

const genId = (i) => `gen_${String(i).padStart(6, '0')}`;

/** Moves gen_003001..gen_004000 into BIG_GROUP (now more than one page) and slows group lists. */
function prepareAccount(ctx) {
	for (let i = 3001; i <= 4000; i++) ctx.control.setConnection(genId(i), { group_id: BIG_GROUP });
	assert.ok(ctx.sandbox.state.connectionsInGroup(BIG_GROUP).length > PAGE, `${BIG_GROUP} holds more than one page`);
	ctx.control.faults({ delayMs: 20, match: GROUP_LIST_ROUTE });
}

const idsInGroup = (store, groupId) => store.connectionsInGroup(groupId).map((c) => c.id);
const pagesOf = (store, groupId) => Math.max(1, Math.ceil(store.connectionsInGroup(groupId).length / PAGE));

/** The account as the docs promise it: grouped by group in GET /groups order, Fivetran's order within. */
function accountByGroup(store) {
	return store.groupList().flatMap((g) => idsInGroup(store, g.id));
}

/** Same IDs in the same order; on a difference, says where (not 4,000 IDs). */
function assertSameOrder(actual, expected, what) {
	const at = actual.findIndex((id, i) => id !== expected[i]);
	assert.ok(at === -1 && actual.length === expected.length,
		`${what}: ${actual.length} IDs, expected ${expected.length}; first difference at ${at}: ${actual[at]} instead of ${expected[at]}`);
}

function assertPeakInFlight(ctx, parallel) {
	const { peakInFlight, total } = ctx.stats();
	console.log(`    [${ctx.target}] ${total} requests, peak in flight ${peakInFlight}`);
	assert.ok(peakInFlight > 1, `lists were read side by side (peak in flight ${peakInFlight})`);
	assert.ok(peakInFlight <= parallel, `at most ${parallel} lists at once (peak in flight ${peakInFlight})`);
}

/** The output items with their pairedItem, as n8n recorded them. */
function outputWithPairing(r, node) {
	return r.run.data.resultData.runData[node][0].data.main[0];
}

/**
 * A group deleted between GET /groups and its own list: the first group list read (gen_group_01,
 * long before `groupId`'s turn with 4 lists at a time) deletes `groupId`, so its list answers 404.
 * One shot: the store's own method is back after the first call.
 */
function deleteGroupOnFirstGroupList(store, groupId) {
	const read = store.connectionsInGroup;
	store.connectionsInGroup = function (id) {
		delete store.connectionsInGroup;
		store.removeGroup(groupId);
		return read.call(this, id);
	};
}

module.exports = [
	{
		name: 'connector getAll, whole account, parallel group reads 4: each connector once, grouped by group, 1 + 1 + group pages requests',
		workflow: 'connector-getAll-parallel',
		sandbox: ACCOUNT,
		before: prepareAccount,
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const store = ctx.sandbox.state;
			const ids = r.items('Fivetran').map((c) => c.id);
			assert.equal(new Set(ids).size, 4000, 'every connector, none twice');
			assertSameOrder(ids, accountByGroup(store), 'grouped by group in the order of GET /groups');

			const groups = store.groupList().map((g) => g.id);
			const groupPages = groups.reduce((n, id) => n + pagesOf(store, id), 0);
			assert.equal(groupPages, groups.length + 1, `one group of two pages (${BIG_GROUP})`);
			assert.equal(ctx.requests('GET', '/v1/connections'), 1, 'the account list first page (the account is bigger)');
			assert.equal(ctx.requests('GET', '/v1/groups'), 1, 'one page of groups');
			assert.equal(ctx.requests('GET', `/v1/groups/${BIG_GROUP}/connections`), 2);
			assert.equal(ctx.stats().byRoute[GROUP_LIST_ROUTE], groupPages, 'one request per group page');
			assert.equal(ctx.requests(), 2 + groupPages, 'nothing else');
			assertPeakInFlight(ctx, 4);
		},
	},
	{
		name: 'connector getAll, whole account, parallel group reads 4: a group deleted during the read is skipped with a warning',
		workflow: 'connector-getAll-parallel',
		sandbox: ACCOUNT,
		before(ctx) {
			prepareAccount(ctx);
			deleteGroupOnFirstGroupList(ctx.sandbox.state, 'gen_group_30');
		},
		expect(r, ctx) {
			const store = ctx.sandbox.state;
			delete store.connectionsInGroup; // in case the hook never fired
			assert.equal(store.groups.has('gen_group_30'), false, 'the hook deleted the group during the read');
			assert.equal(r.status, 'success', 'a deleted group does not fail the list');
			const ids = r.items('Fivetran').map((c) => c.id);
			assertSameOrder(ids, accountByGroup(store), 'the rest of the account, grouped by group');
			assert.ok(ids.length > 3800, `${ids.length} connectors: only gen_group_30's are missing`);
			assert.equal(ctx.requests('GET', '/v1/groups/gen_group_30/connections'), 1, 'its list was asked for once (404, not retried)');
			assert.equal(ctx.stats().byStatus['404'], 1);

			// n8n shows the warning above the output: a hint on the node's run (both targets record hints).
			const hints = r.run.data.resultData.runData.Fivetran[0].hints ?? [];
			const warning = hints.find((h) => /gen_group_30/.test(h.message));
			assert.ok(warning, `a hint names the skipped group; hints: ${JSON.stringify(hints)}`);
			assert.equal(warning.type, 'warning');
			assert.match(warning.message, /Skipped 1 group\(s\) deleted while the account was read/);
		},
	},
	{
		name: 'group getConnectors, 5 items, parallel group reads 3: each item\'s connectors, paired to it, in the items\' order',
		workflow: 'group-getConnectors-parallel',
		sandbox: ACCOUNT,
		before: prepareAccount,
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const store = ctx.sandbox.state;
			const groups = r.items('Items').map((i) => i.groupId);
			assert.deepEqual(groups, ['gen_group_03', BIG_GROUP, 'gen_group_01', 'gen_group_12', 'gen_group_07']);
			const out = outputWithPairing(r, 'Fivetran');
			const expected = groups.flatMap((g, item) => idsInGroup(store, g).map((id) => ({ id, item })));
			assertSameOrder(out.map((o) => o.json.id), expected.map((e) => e.id), "the items' groups in the items' order");
			const unpaired = out.findIndex((o, i) => o.pairedItem?.item !== expected[i].item);
			assert.equal(unpaired, -1, `output ${unpaired} is paired to item ${JSON.stringify(out[unpaired]?.pairedItem)}, expected ${expected[unpaired]?.item}`);

			for (const g of groups) assert.equal(ctx.requests('GET', `/v1/groups/${g}/connections`), pagesOf(store, g), `${g}: one request per page`);
			assert.equal(ctx.requests(), groups.length + 1, 'one page each, two for the big group, nothing else');
			assertPeakInFlight(ctx, 3);
		},
	},
	{
		name: 'trigger: example broken-connector-alert with parallel group reads 4 over 4,008 connectors alerts once per break',
		sandbox: { seed: 'demo', generateConnectors: 4000 },
		async run(ctx) {
			ctx.control.faults({ delayMs: 20, match: GROUP_LIST_ROUTE });
			// gen_003999 is in the last group read (gen_group_40); mellow_crane in the demo's third.
			const lastGroupConnector = genId(3999);
			assert.equal(ctx.control.getConnection(lastGroupConnector).group_id, 'gen_group_40');
			await withLiveExample(ctx, { triggerOptions: { parallelGroupReads: 4 } }, async ({ alerts, polls, firstPoll, nextPolls, alertCount }) => {
				await firstPoll();
				await nextPolls(1, 'a scheduled poll after the baseline');
				assert.equal(alerts().length, 0, 'no alert for the connectors broken before activation');

				const reason = 'The source rejected the credentials. Reconnect to resume syncing.';
				ctx.control.breakConnection('mellow_crane', reason);
				ctx.control.breakConnection(lastGroupConnector, reason);
				await alertCount(2, 'one alert for each of the two breaks');
				await nextPolls(2, 'two polls after the alerts');
				assert.equal(alerts().length, 2, 'still broken: no alert repeated');
				const texts = alerts().map((a) => a.body.text);
				assertAlert(texts.find((t) => t.includes('mellow_crane')) ?? '', { reason });
				assert.ok(texts.some((t) => t.includes(lastGroupConnector)), `an alert for ${lastGroupConnector}`);

				// Each poll read the groups side by side: GET /groups once per poll (the last one may be in flight).
				const groupReads = ctx.requests('GET', '/v1/groups');
				assert.ok(groupReads >= polls() - 1 && groupReads <= polls(), `${groupReads} group lists for ${polls()} polls`);
				const { peakInFlight } = ctx.stats();
				console.log(`    [${ctx.target}] ${polls()} polls, ${groupReads} GET /groups, ${ctx.stats().byRoute[GROUP_LIST_ROUTE]} group list pages, peak in flight ${peakInFlight}`);
				assert.ok(peakInFlight > 1, `side by side (peak in flight ${peakInFlight})`);
			});
		},
	},
];
