'use strict';
// The three workflows of the queue benchmark, as n8n workflow JSON: the in-node wait (Sync with Wait for
// Completion holds a worker slot for the whole sync), the durable loop (Sync, then Wait >= 65 s so n8n
// parks the execution in the database, then one Check Sync per resume) and a short unrelated workflow
// whose webhook answers when a worker has run it.
const crypto = require('crypto');

const CREDENTIAL = { id: 'benchQueueCred01', name: 'Fivetran (queue bench)' };
const FIVETRAN = 'n8n-nodes-fivetran.fivetran';
const POLL_INTERVAL_S = 30;
const DURABLE_WAIT_S = 70; // n8n parks waits of 65 s or more in the database; shorter ones sleep in the worker
const WAIT_TIMEOUT_MIN = 30;

const PATHS = { inline: 'bench-inline', durable: 'bench-durable', short: 'bench-short' };
const IDS = { inline: 'benchQueueInline', durable: 'benchQueueDurabl', short: 'benchQueueShort1' };

function uuidFor(text) {
	const h = crypto.createHash('sha1').update(text).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function node(workflow, name, type, typeVersion, position, parameters, extra = {}) {
	return { id: uuidFor(`${workflow}/${name}`), name, type, typeVersion, position, parameters, ...extra };
}

function webhook(workflow, path, responseMode) {
	return node(workflow, 'Webhook', 'n8n-nodes-base.webhook', 2, [0, 0],
		{ httpMethod: 'POST', path, responseMode, options: {} },
		{ webhookId: uuidFor(`${workflow}/webhook`) });
}

function fivetran(workflow, name, position, parameters) {
	return node(workflow, name, FIVETRAN, 1, position, parameters, {
		credentials: { fivetranApi: { id: CREDENTIAL.id, name: CREDENTIAL.name } },
	});
}

const to = (target, index = 0) => ({ node: target, type: 'main', index });

function workflow(key, name, nodes, connections) {
	return { id: IDS[key], name, nodes, connections, active: false, settings: { executionOrder: 'v1' } };
}

const connectorFromBody = { __rl: true, mode: 'id', value: '={{ $json.body.connector_id }}' };

function inlineWorkflow() {
	const k = 'inline';
	return workflow(k, 'bench: in-node sync wait', [
		webhook(k, PATHS.inline, 'onReceived'),
		fivetran(k, 'Sync', [300, 0], {
			resource: 'connector',
			operation: 'sync',
			connectorId: connectorFromBody,
			waitForCompletion: true,
			pollInterval: POLL_INTERVAL_S,
			timeout: WAIT_TIMEOUT_MIN,
			onFailure: 'output',
		}),
	], { Webhook: { main: [[to('Sync')]] } });
}

function durableWorkflow() {
	const k = 'durable';
	return workflow(k, 'bench: durable sync wait loop', [
		webhook(k, PATHS.durable, 'onReceived'),
		fivetran(k, 'Sync', [300, 0], {
			resource: 'connector',
			operation: 'sync',
			connectorId: connectorFromBody,
			waitForCompletion: false,
		}),
		node(k, 'Wait', 'n8n-nodes-base.wait', 1.1, [600, 0], { resume: 'timeInterval', amount: DURABLE_WAIT_S, unit: 'seconds' },
			{ webhookId: uuidFor(`${k}/wait`) }),
		fivetran(k, 'Check Sync', [900, 0], {
			resource: 'connector',
			operation: 'checkSync',
			connectorId: { __rl: true, mode: 'id', value: '={{ $json.connector_id }}' },
			syncRequestedAt: '={{ $json.sync_requested_at }}',
			previousSyncEndAt: '={{ $json.previous_sync_end_at }}',
			timeout: WAIT_TIMEOUT_MIN,
			onFailure: 'output',
		}),
		node(k, 'Finished?', 'n8n-nodes-base.if', 2.2, [1200, 0], {
			conditions: {
				options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
				conditions: [{
					id: uuidFor(`${k}/finished-condition`),
					leftValue: '={{ $json.sync_finished }}',
					rightValue: '',
					operator: { type: 'boolean', operation: 'true', singleValue: true },
				}],
				combinator: 'and',
			},
			options: {},
		}),
		node(k, 'Done', 'n8n-nodes-base.noOp', 1, [1500, -100], {}),
	], {
		Webhook: { main: [[to('Sync')]] },
		Sync: { main: [[to('Wait')]] },
		Wait: { main: [[to('Check Sync')]] },
		'Check Sync': { main: [[to('Finished?')]] },
		'Finished?': { main: [[to('Done')], [to('Wait')]] },
	});
}

function shortWorkflow() {
	const k = 'short';
	return workflow(k, 'bench: short unrelated workflow', [
		webhook(k, PATHS.short, 'lastNode'),
		fivetran(k, 'Groups', [300, 0], { resource: 'group', operation: 'getAll', returnAll: false, limit: 5 }),
	], { Webhook: { main: [[to('Groups')]] } });
}

function credentialRecord(baseUrl) {
	return {
		...CREDENTIAL,
		type: 'fivetranApi',
		data: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl, safetyLevel: 'full' },
	};
}

module.exports = {
	inlineWorkflow, durableWorkflow, shortWorkflow, credentialRecord, uuidFor,
	PATHS, IDS, POLL_INTERVAL_S, DURABLE_WAIT_S,
};
