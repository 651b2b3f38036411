'use strict';
// Stopping from the main: the editor's Stop (POST /rest/executions/:id/stop) on an in-node wait that is
// polling on a worker, and on a durable loop parked in its Wait. Measured: time until n8n records the
// execution as finished, and whether the connector still gets requests afterwards.
const { callWebhook, listAll, newExecutionId, waitForExecution, FINISHED, sleep } = require('./n8n');
const { log } = require('./kinds');

const GRACE_MS = 2000;

const getsOf = (sandbox, id) => sandbox.control.stats().byPath[`GET /v1/connections/${id}`] || 0;

async function waitUntil(test, timeoutMs, what) {
	const until = Date.now() + timeoutMs;
	while (!(await test())) {
		if (Date.now() > until) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
		await sleep(100);
	}
}

/**
 * Starts one execution of `kind` for `connectorId`, waits until `ready(executionId)` holds, stops it
 * from the main and watches the connector for `watchMs` afterwards.
 */
async function stopOne({ kind, session, cluster, sandbox, connectorId, ready, watchMs }) {
	const known = new Set((await listAll(session, kind.workflowId)).map((e) => String(e.id)));
	await callWebhook(`${cluster.url}/webhook/${kind.path}`, { connector_id: connectorId });
	const executionId = await newExecutionId(session, kind.workflowId, known);
	await ready(executionId);
	const getsBefore = getsOf(sandbox, connectorId);
	const stopStarted = Date.now();
	const answer = await session.post(`/executions/${executionId}/stop`);
	const stopAnsweredMs = Date.now() - stopStarted;
	const getsAtAnswer = getsOf(sandbox, connectorId);
	const ended = await waitForExecution(session, executionId, (e) => FINISHED.includes(e.status), 120000);
	const endedMs = Date.now() - stopStarted;
	await sleep(GRACE_MS);
	const getsAfterGrace = getsOf(sandbox, connectorId);
	await sleep(Math.max(0, watchMs - (Date.now() - stopStarted)));
	const getsAtEnd = getsOf(sandbox, connectorId);
	const stillSyncing = sandbox.control.getConnection(connectorId).status.sync_state === 'syncing';
	return {
		kind: kind.key,
		executionId,
		stopAnswer: answer?.status ?? null,
		finalStatus: ended.status,
		stopAnsweredMs,
		endedMs,
		getsBeforeStop: getsBefore,
		getsAfterAnswer: getsAtEnd - getsAtAnswer,
		getsAfterGrace: getsAtEnd - getsAfterGrace,
		watchedS: Math.round(watchMs / 1000),
		fivetranSyncStillRunning: stillSyncing,
		workerStarts: Object.entries(cluster.executionsPerWorker())
			.map(([w, ids]) => [w, ids.filter((id) => String(id) === executionId).length])
			.filter(([, n]) => n > 0),
	};
}

/** Both stop cases at once (they use different connectors), so their watch periods overlap. */
async function runStopCases({ kinds, session, cluster, sandbox, connectors }) {
	const [inlineConnector, durableConnector] = connectors;
	const inline = stopOne({
		kind: kinds.inline, session, cluster, sandbox, connectorId: inlineConnector,
		// Sync's read before the request, the poll right after it, then the first poll one interval later.
		ready: async () => await waitUntil(async () => getsOf(sandbox, inlineConnector) >= 3, (kinds.inline.intervalS + 60) * 1000, 'the first poll after an interval'),
		watchMs: (kinds.inline.intervalS * 2 + 5) * 1000,
	});
	const durable = stopOne({
		kind: kinds.durable, session, cluster, sandbox, connectorId: durableConnector,
		ready: async (id) => await waitForExecution(session, id, (e) => e.status === 'waiting', 60000),
		watchMs: (kinds.durable.intervalS + 20) * 1000,
	});
	const results = await Promise.allSettled([inline, durable]);
	for (const r of results) if (r.status === 'rejected') log(`stop case failed: ${r.reason.stack}`);
	return results.map((r) => (r.status === 'fulfilled' ? r.value : { error: r.reason.message }));
}

module.exports = { runStopCases };
