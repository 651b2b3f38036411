'use strict';
// The benchmark's workflows: listing the whole account with Connector > Get Many (Return All) at
// several "Parallel Group Reads", the hand-built way (HTTP Request following next_cursor, then Split
// Out), each started by a production webhook that answers when the run has ended; and Fivetran
// Trigger workflows (never activated) whose Fetch Test Event reads the account as a poll does.
const crypto = require('crypto');

const FIVETRAN_CREDENTIAL = { id: 'benchAccountsCred', name: 'Fivetran (accounts bench)' };
const BASIC_CREDENTIAL = { id: 'benchAccountsHttp', name: 'Fivetran Basic auth (hand-built)' };

function uuidFor(text) {
	const h = crypto.createHash('sha1').update(text).digest('hex');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const idFor = (key) => `benchAcc${crypto.createHash('sha1').update(key).digest('hex').slice(0, 8)}`;

function node(workflow, name, type, typeVersion, position, parameters, extra = {}) {
	return { id: uuidFor(`${workflow}/${name}`), name, type, typeVersion, position, parameters, ...extra };
}

function webhook(key) {
	return node(key, 'Webhook', 'n8n-nodes-base.webhook', 2, [0, 0],
		{ httpMethod: 'POST', path: key, responseMode: 'lastNode', responseData: 'noData', options: {} },
		{ webhookId: uuidFor(`${key}/webhook`) });
}

const to = (target) => ({ node: target, type: 'main', index: 0 });

function workflow(key, name, nodes, connections) {
	return { id: idFor(key), name, nodes, connections, active: false, settings: { executionOrder: 'v1' } };
}

/** Connector > Get Many over the whole account with N group lists read side by side. */
function ours(parallel) {
	const key = `bench-accounts-ours-${parallel}`;
	return workflow(key, `bench: Get Many, Parallel Group Reads ${parallel}`, [
		webhook(key),
		node(key, 'Fivetran', 'n8n-nodes-fivetran.fivetran', 1, [300, 0], {
			resource: 'connector', operation: 'getAll', scope: 'account', returnAll: true, parallelGroupReads: parallel,
		}, { credentials: { fivetranApi: FIVETRAN_CREDENTIAL } }),
	], { Webhook: { main: [[to('Fivetran')]] } });
}

/** What a user builds without the package: HTTP Request paging on next_cursor, then Split Out. */
function handBuilt(baseUrl) {
	const key = 'bench-accounts-hand-built';
	return workflow(key, 'bench: HTTP Request + Split Out', [
		webhook(key),
		node(key, 'HTTP Request', 'n8n-nodes-base.httpRequest', 4.2, [300, 0], {
			method: 'GET',
			url: `${baseUrl}/connections`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpBasicAuth',
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'limit', value: '1000' }] },
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: { parameters: [{ type: 'qs', name: 'cursor', value: '={{ $response.body.data.next_cursor }}' }] },
						paginationCompleteWhen: 'other',
						completeExpression: '={{ !$response.body.data.next_cursor }}',
					},
				},
			},
		}, { credentials: { httpBasicAuth: BASIC_CREDENTIAL } }),
		node(key, 'Split Out', 'n8n-nodes-base.splitOut', 1, [600, 0], { fieldToSplitOut: 'data.items', options: {} }),
	], { Webhook: { main: [[to('HTTP Request')]] }, 'HTTP Request': { main: [[to('Split Out')]] } });
}

/** A Fivetran Trigger watching the whole account; its Fetch Test Event reads every connector. */
function trigger(parallel) {
	const key = `bench-accounts-trigger-${parallel}`;
	return workflow(key, `bench: trigger, Parallel Group Reads ${parallel}`, [
		node(key, 'Fivetran Trigger', 'n8n-nodes-fivetran.fivetranTrigger', 1, [0, 0], {
			pollTimes: { item: [{ mode: 'everyHour' }] },
			scope: 'account',
			events: ['connectorBroken'],
			options: { parallelGroupReads: parallel },
		}, { credentials: { fivetranApi: FIVETRAN_CREDENTIAL } }),
	], {});
}

function credentials(baseUrl) {
	return [
		{ ...FIVETRAN_CREDENTIAL, type: 'fivetranApi', data: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl, safetyLevel: 'readOnly' } },
		{ ...BASIC_CREDENTIAL, type: 'httpBasicAuth', data: { user: 'sandbox-key', password: 'sandbox-secret' } },
	];
}

module.exports = { ours, handBuilt, trigger, credentials };
