'use strict';
// The n8n side of the queue benchmark: activation, webhook calls, and executions read over REST.
const { readExecution } = require('../../test/e2e/lib/n8n-rest');

const WEBHOOK_READY_MS = 60000; // right after activation, production webhooks answer 404 for a few seconds
const FINISHED = ['success', 'error', 'crashed', 'canceled'];
const ALL_STATUSES = ['canceled', 'crashed', 'error', 'new', 'running', 'success', 'unknown', 'waiting'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function activate(session, ids) {
	for (const id of ids) {
		const { versionId } = await session.get(`/workflows/${id}`);
		await session.post(`/workflows/${id}/activate`, { versionId });
	}
}

/** POST to a production webhook; retries the 404s n8n answers while it registers the webhook. */
async function callWebhook(url, body, { retryNotFound = true } = {}) {
	const until = Date.now() + WEBHOOK_READY_MS;
	for (;;) {
		const started = Date.now();
		const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
		const text = await res.text();
		if (res.ok) return { ms: Date.now() - started, text };
		if (!retryNotFound || res.status !== 404 || Date.now() > until) throw new Error(`POST ${url} answered ${res.status}: ${text.slice(0, 300)}`);
		await sleep(500);
	}
}

/**
 * Every execution of a workflow (summaries, no data). With a status filter n8n pages by id, newest
 * first, at most 100 a page; without one it would mix "current" and "completed" lists.
 */
async function listAll(session, workflowId) {
	const all = [];
	let lastId;
	for (;;) {
		const filter = encodeURIComponent(JSON.stringify({ workflowId, status: ALL_STATUSES }));
		const page = await session.get(`/executions?filter=${filter}&limit=100${lastId ? `&lastId=${lastId}` : ''}`);
		all.push(...page.results);
		if (page.results.length < 100) return all;
		lastId = page.results[page.results.length - 1].id;
	}
}

function countByStatus(executions) {
	const counts = {};
	for (const e of executions) counts[e.status] = (counts[e.status] || 0) + 1;
	return counts;
}

/** Waits until `expected` executions of the workflow exist and all of them have finished. */
async function waitAllFinished(session, workflowId, expected, { timeoutMs, onProgress = () => {}, everyMs = 5000 }) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const executions = await listAll(session, workflowId);
		const finished = executions.filter((e) => FINISHED.includes(e.status));
		onProgress(countByStatus(executions), executions.length);
		if (executions.length >= expected && finished.length === executions.length) return executions;
		if (Date.now() > until) throw new Error(`after ${timeoutMs / 1000} s: ${JSON.stringify(countByStatus(executions))} of ${expected} executions`);
		await sleep(everyMs);
	}
}

/** The JSON of the items a node output in its last run (first output). */
function lastOutput(execution, nodeName) {
	const runs = execution.runData[nodeName] || [];
	if (!runs.length) return [];
	return ((runs[runs.length - 1].data?.main ?? [])[0] ?? []).map((i) => i.json);
}

const runCount = (execution, nodeName) => (execution.runData[nodeName] || []).length;

/** Polls an execution's summary until `test(execution)` holds; returns it. */
async function waitForExecution(session, id, test, timeoutMs) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const execution = await session.get(`/executions/${id}`);
		if (test(execution)) return execution;
		if (Date.now() > until) throw new Error(`execution ${id}: still ${execution.status} after ${timeoutMs} ms`);
		await sleep(100);
	}
}

/** The id of the one execution of the workflow not in `known`. */
async function newExecutionId(session, workflowId, known, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const fresh = (await listAll(session, workflowId)).find((e) => !known.has(String(e.id)));
		if (fresh) return String(fresh.id);
		if (Date.now() > until) throw new Error(`no new execution of ${workflowId} within ${timeoutMs} ms`);
		await sleep(200);
	}
}

module.exports = {
	activate, callWebhook, listAll, waitAllFinished, readExecution, lastOutput, runCount,
	waitForExecution, newExecutionId, countByStatus, FINISHED, sleep,
};
