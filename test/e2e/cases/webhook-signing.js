'use strict';
// Webhook Create signs with the secret of a "Fivetran Webhook Signing Secret API" credential (issue
// 19): the sandbox receives it, while neither the output nor a failed run's stored error holds it.
const assert = require('node:assert/strict');
const { WEBHOOK_SIGNING_SECRET } = require('../lib/webhook-secret');

module.exports = [
	{
		name: 'webhook create signs with the secret from its credential; the output masks it',
		workflow: 'webhook-create-signed',
		expect(r, ctx) {
			assert.equal(r.status, 'success');
			const [created] = r.items('Fivetran');
			assert.equal(created.secret, '******');
			const stored = [...ctx.sandbox.state.webhooks.values()].find((w) => w.id === created.id);
			assert.ok(stored, 'the sandbox holds the new webhook');
			assert.equal(stored.secret, WEBHOOK_SIGNING_SECRET, 'the sandbox received the credential\'s secret');
			assert.ok(!JSON.stringify(r.run).includes(WEBHOOK_SIGNING_SECRET), 'no secret in the execution');
		},
	},
	{
		name: 'webhook create that Fivetran refuses (400): the stored error, node included, holds no secret',
		workflow: 'webhook-create-signed-fails',
		expect(r) {
			assert.equal(r.status, 'error');
			const error = r.nodeError('Fivetran');
			assert.match(error.message, /could not deliver a test event/);
			assert.ok(error.node && error.node.parameters, 'n8n stored the node with its parameters');
			assert.ok(!JSON.stringify(r.run).includes(WEBHOOK_SIGNING_SECRET), 'no secret in the stored run');
		},
	},
];
