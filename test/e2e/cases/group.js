'use strict';
// e2e cases for the Group resource. Case format: see test/e2e/README.md.
const assert = require('node:assert/strict');

const DEMO_GROUPS = ['sandy_lamb', 'brisk_otter', 'quiet_heron'];

module.exports = [
	{
		name: 'harness: plain Code node runs (no Fivetran node involved)',
		workflow: 'harness-smoke',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			assert.deepEqual(r.items('Items'), [{ sum: 3, sandbox: ctx.baseUrl }]);
		},
	},
	{
		name: 'group getAll returnAll lists every demo group',
		workflow: 'group-getAll',
		expect(r) {
			assert.equal(r.status, 'success');
			const ids = r.items('Fivetran').map((g) => g.id);
			assert.deepEqual([...ids].sort(), [...DEMO_GROUPS].sort());
			assert.ok(r.items('Fivetran').every((g) => g.name && g.created_at), 'each group has name and created_at');
		},
	},
	{
		name: 'group getAll with limit 2 returns 2 groups',
		workflow: 'group-getAll-limit',
		expect(r) {
			assert.equal(r.status, 'success');
			assert.equal(r.items('Fivetran').length, 2);
		},
	},
	{
		name: 'group getConnectors returnAll follows cursors over 2 pages (1010 connections)',
		workflow: 'group-getConnectors-pages',
		// 50500 generated connections are spread round-robin over 50 groups: 1010 in each.
		sandbox: { seed: 'empty', generateConnectors: 50500 },
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const items = r.items('Fivetran');
			assert.equal(items.length, 1010);
			assert.equal(new Set(items.map((c) => c.id)).size, 1010, 'no connection twice');
			assert.ok(items.every((c) => c.group_id === 'gen_group_01'));
			const pages = ctx.requests('GET', '/v1/groups/gen_group_01/connections');
			assert.equal(pages, 2, `expected 2 page requests (limit 1000), got ${pages}`);
		},
	},
	{
		name: 'group get returns the group',
		workflow: 'group-get',
		expect(r) {
			assert.equal(r.status, 'success');
			const [g, ...rest] = r.items('Fivetran');
			assert.equal(rest.length, 0);
			assert.equal(g.id, 'sandy_lamb');
			assert.equal(g.name, 'Marketing Warehouse');
		},
	},
	{
		name: 'group create creates it in Fivetran',
		workflow: 'group-create',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const [g] = r.items('Fivetran');
			assert.equal(g.name, 'E2E Created Group');
			assert.ok(g.id, 'created group has an id');
			assert.equal(ctx.sandbox.state.groups.get(g.id).name, 'E2E Created Group');
		},
	},
	{
		name: 'group update renames it',
		workflow: 'group-update',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			assert.equal(r.items('Fivetran')[0].name, 'Finance (renamed by e2e)');
			assert.equal(ctx.sandbox.state.groups.get('brisk_otter').name, 'Finance (renamed by e2e)');
		},
	},
	{
		name: 'group delete with confirmDelete deletes it',
		workflow: 'group-delete',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			// Same shape as connector delete: { deleted, id, message } (ARCHITECTURE.md, Names).
			const [out] = r.items('Fivetran');
			assert.equal(out.deleted, true, `output: ${JSON.stringify(out)}`);
			assert.equal(out.id, 'quiet_heron');
			assert.match(out.message, /quiet_heron/, 'carries Fivetran message');
			assert.equal(ctx.sandbox.state.groups.has('quiet_heron'), false);
		},
	},
	{
		name: 'group delete without confirmDelete fails before any request',
		workflow: 'group-delete-unconfirmed',
		expect(r, ctx) {
			assert.equal(r.status, 'error');
			assert.match(r.error.message, /confirm/i, 'error names the confirmation parameter');
			assert.equal(ctx.requests('DELETE'), 0, 'no DELETE reached the API');
			assert.equal(ctx.sandbox.state.groups.has('quiet_heron'), true);
		},
	},
	{
		name: 'group getUsers lists the members',
		workflow: 'group-getUsers',
		expect(r) {
			assert.equal(r.status, 'success');
			const ids = r.items('Fivetran').map((u) => u.id).sort();
			assert.deepEqual(ids, ['admiral_owl', 'cosmic_wren', 'solar_moose']);
		},
	},
	{
		name: 'group get of an unknown id fails with Fivetran message',
		workflow: 'group-get-not-found',
		async expect(r, ctx) {
			assert.equal(r.status, 'error');
			assert.equal(r.lastNode, 'Fivetran');
			const direct = await ctx.api('GET', '/groups/no_such_group');
			assert.equal(direct.status, 404);
			const text = `${r.error.message} ${r.error.description || ''}`;
			assert.ok(text.includes(direct.body.message), `error should include "${direct.body.message}", got "${text}"`);
		},
	},
	{
		name: 'continue on fail: 2 good items and 1 error item',
		workflow: 'group-get-continue-on-fail',
		expect(r) {
			assert.equal(r.status, 'success');
			const items = r.items('Fivetran');
			assert.equal(items.length, 3);
			assert.equal(items[0].id, 'sandy_lamb');
			assert.ok(items[1].error, 'second item carries the error');
			assert.match(JSON.stringify(items[1].error), /no_such_group/);
			assert.equal(items[2].id, 'brisk_otter');
		},
	},
];
