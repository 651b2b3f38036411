'use strict';
// The sandbox's sparse objects (issue 20), shaped like the real answers of Fivetran's clients: a
// transformation that never shows run times and an agent without online / enabled / version. In
// real n8n the node passes them through as they are: no field is added, none is set to null.
const assert = require('node:assert/strict');

module.exports = [
	{
		name: 'sparse objects: Get Many transformations and agents pass a transformation without run times and an agent without online through',
		workflow: 'sparse-objects-list',
		expect(r) {
			assert.equal(r.status, 'success', r.error ? r.error.message : '');
			const tapir = r.items('Transformations').find((t) => t.id === 'mossy_tapir');
			assert.ok(tapir, 'mossy_tapir is listed');
			assert.equal(tapir.status, 'SUCCEEDED');
			assert.ok(!('last_started_at' in tapir) && !('last_ended_at' in tapir), JSON.stringify(tapir));
			const pangolin = r.items('Agents').find((a) => a.id === 'faint_pangolin');
			assert.deepEqual(pangolin, {
				id: 'faint_pangolin',
				display_name: 'marketing-vm-agent',
				group_id: 'sandy_lamb',
				registered_at: '2024-03-02T10:00:00.000Z',
				usage: [],
			});
		},
	},
];
