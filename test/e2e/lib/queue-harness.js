'use strict';
// The workflow cases in n8n's queue mode: each e2e workflow starts with a Webhook node instead of its
// Manual Trigger (a production execution, which the main hands to a worker through Redis), and the
// result is read from n8n's database over REST, together with which worker ran it.
const crypto = require('crypto');
const { startQueueCluster } = require('../../../scripts/queue/cluster');
const { renderWorkflow, workflowId } = require('./harness');
const { ownerSession, listExecutions, readExecution } = require('./n8n-rest');
const { resultFromExecution } = require('./run-result');

const MANUAL_TRIGGER = 'n8n-nodes-base.manualTrigger';
const WEBHOOK_READY_MS = 60000; // right after start, production webhooks answer 404 for a few seconds

function webhookPath(name) {
	return `queue-e2e-${workflowId(name)}`;
}

/** The workflow with its Manual Trigger replaced by a Webhook node of the same name and position. */
function asWebhookWorkflow(name, vars) {
	const wf = renderWorkflow(name, vars);
	const trigger = wf.nodes.find((n) => n.type === MANUAL_TRIGGER);
	if (!trigger) throw new Error(`workflow ${name} has no Manual Trigger to replace`);
	Object.assign(trigger, {
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2,
		webhookId: crypto.randomUUID(),
		parameters: { httpMethod: 'POST', path: webhookPath(name), responseMode: 'onReceived', options: {} },
	});
	return wf;
}

async function activateAll(session, ids) {
	for (const id of ids) {
		const { versionId } = await session.get(`/workflows/${id}`);
		await session.post(`/workflows/${id}/activate`, { versionId });
	}
}

async function callWebhook(url) {
	const until = Date.now() + WEBHOOK_READY_MS;
	for (;;) {
		const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
		await res.text();
		if (res.ok) return;
		if (res.status !== 404 || Date.now() > until) throw new Error(`POST ${url} answered ${res.status}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

async function newExecutionId(session, id, known, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const fresh = (await listExecutions(session, id)).find((e) => !known.has(String(e.id)));
		if (fresh) return String(fresh.id);
		if (Date.now() > until) throw new Error(`no execution of workflow ${id} appeared within ${timeoutMs / 1000} s`);
		await new Promise((r) => setTimeout(r, 200));
	}
}

async function createQueueHarness({ runtime, services, credentials, workflows, vars, workers, concurrency }) {
	const rendered = workflows.map((name) => asWebhookWorkflow(name, vars));
	const cluster = await startQueueCluster({ runtime, services, credentials, workflows: rendered, activate: [], workers, concurrency });
	try {
		const session = await ownerSession(cluster.url);
		const activateStarted = Date.now();
		await activateAll(session, rendered.map((w) => w.id));
		return {
			cluster,
			importMs: cluster.preparedMs + (Date.now() - activateStarted),
			session,
			/** Starts the workflow on a worker; resolves with the execution id as soon as n8n has one. */
			async start(name) {
				const id = workflowId(name);
				const known = new Set((await listExecutions(session, id)).map((e) => String(e.id)));
				await callWebhook(`${cluster.url}/webhook/${webhookPath(name)}`);
				return await newExecutionId(session, id, known);
			},
			async execute(name) {
				const started = Date.now();
				const executionId = await this.start(name);
				const execution = await readExecution(session, executionId, 240000);
				const workers = cluster.workersOf(executionId).join(' then ');
				return resultFromExecution(execution, { ms: Date.now() - started, worker: workers || null });
			},
			dispose: async () => await cluster.stop(),
		};
	} catch (e) {
		await cluster.stop();
		throw e;
	}
}

module.exports = { createQueueHarness };
