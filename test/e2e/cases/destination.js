'use strict';
// e2e cases for the Destination resource. Case format: see test/e2e/README.md.
// A destination needs a group without one, so the workflow creates that group first (Group
// Create) and hands its id down the chain: create, get, update, setup tests, delete.
const assert = require('node:assert/strict');

const DEMO_DESTINATIONS = ['brisk_otter', 'quiet_heron', 'sandy_lamb'];

module.exports = [
	{
		name: 'destination getAll, then create (on a new group), get, update, runSetupTests, delete',
		workflow: 'destination-lifecycle',
		expect(r, ctx) {
			assert.equal(r.status, 'success');

			// The list branch sits above the create branch, so n8n (execution order v1) runs it first.
			const listed = r.items('List Destinations');
			assert.deepEqual(listed.map((d) => d.id).sort(), DEMO_DESTINATIONS);
			assert.ok(listed.every((d) => d.service && d.config === undefined), 'the list leaves config out');

			const group = r.items('Create Group')[0];
			const [created] = r.items('Create Destination');
			assert.equal(created.id, group.id, 'a destination takes its group id');
			assert.equal(created.service, 'postgres_warehouse');
			assert.equal(created.region, 'GCP_US_EAST4');
			assert.equal(created.time_zone_offset, '+1');
			assert.equal(created.config.password, '******');
			assert.equal(created.setup_tests.length, 3);

			const [got] = r.items('Get Destination');
			assert.equal(got.id, group.id);
			assert.equal(got.config.database, 'e2e');
			assert.equal(got.setup_status, 'CONNECTED');

			const [updated] = r.items('Update Destination');
			assert.equal(updated.config.database, 'e2e_renamed');
			assert.equal(updated.time_zone_offset, '+1', 'fields not given keep their value');
			assert.equal(updated.config.host, 'pg.e2e.example');

			const tests = r.items('Setup Tests');
			assert.equal(tests.length, 3, 'one item per setup test');
			assert.ok(tests.every((t) => t.destination_id === group.id && t.title && t.status === 'PASSED'));

			const deleted = r.items('Delete Destination');
			assert.equal(deleted.length, 1, 'Execute Once: one delete for the three test items');
			assert.equal(deleted[0].deleted, true, `output: ${JSON.stringify(deleted[0])}`);
			assert.equal(deleted[0].id, group.id);
			assert.equal(ctx.sandbox.state.destinations.has(group.id), false);
			assert.ok(ctx.sandbox.state.groups.has(group.id), 'the group stays');
			assert.equal(ctx.requests('POST', '/v1/destinations'), 1);
			assert.equal(ctx.requests('PATCH', `/v1/destinations/${group.id}`), 1);
			assert.equal(ctx.requests('DELETE', `/v1/destinations/${group.id}`), 1);
		},
	},
];
