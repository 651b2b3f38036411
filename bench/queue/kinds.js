'use strict';
// One kind of wait, N at once: fire N webhook calls (one connector each, some set to fail), probe
// memory and an unrelated workflow while they wait, then check every execution's result and count the
// requests the sandbox saw.
const { callWebhook, listAll, waitAllFinished, readExecution, lastOutput, runCount, sleep } = require('./n8n');
const { startMemorySampler, startLatencyProbe } = require('./probes');

const log = (line) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The figures of one finished execution: which connector, which result, how long. */
function describeExecution(execution, resultNode) {
	const body = lastOutput(execution, 'Webhook')[0]?.body ?? {};
	const result = lastOutput(execution, resultNode)[0] ?? {};
	const startedAt = Date.parse(execution.startedAt);
	const stoppedAt = Date.parse(execution.stoppedAt);
	return {
		id: String(execution.id),
		status: execution.status,
		connectorId: body.connector_id,
		succeeded: result.sync_succeeded,
		outcome: result.sync_outcome ?? (result.sync_succeeded === true ? 'succeeded' : result.sync_succeeded === false ? 'failed' : null),
		checks: runCount(execution, resultNode),
		durationMs: stoppedAt - startedAt,
		error: execution.error?.message ?? null,
	};
}

const mean = (list) => (list.length ? list.reduce((a, b) => a + b, 0) / list.length : null);

/**
 * kind: { key, label, workflowId, path, resultNode, intervalS }. Returns the figures of the kind.
 * `fixedReads`: GETs of the connector each execution makes whatever the sync's length (in-node: Sync's
 * read before it asks for the sync and its first poll right after; durable: Sync's read).
 */
async function runKind({ kind, session, cluster, sandbox, connectors, failing, timeoutMs, probeEveryS }) {
	const { control } = sandbox;
	for (const id of failing) control.failNextSync(id);
	control.resetStats();
	const known = new Set((await listAll(session, kind.workflowId)).map((e) => String(e.id)));
	const pids = cluster.pids();
	const memory = startMemorySampler({ main: pids.main, ...Object.fromEntries(cluster.workers.map((w) => [w, pids[w]])) });
	const probe = startLatencyProbe(`${cluster.url}/webhook/${kind.probePath}`, probeEveryS * 1000);
	const started = Date.now();
	let executions;
	let memoryFigures;
	let latency;
	try {
		log(`${kind.label}: firing ${connectors.length} webhook calls`);
		const fired = await Promise.allSettled(connectors.map((id) => callWebhook(`${cluster.url}/webhook/${kind.path}`, { connector_id: id })));
		const refused = fired.filter((f) => f.status === 'rejected');
		if (refused.length) throw new Error(`${refused.length} webhook calls failed: ${refused[0].reason.message}`);
		log(`${kind.label}: all ${connectors.length} calls answered in ${Date.now() - started} ms; waiting`);
		let lastLog = 0;
		executions = await waitAllFinished(session, kind.workflowId, connectors.length + known.size, {
			timeoutMs,
			onProgress: (counts, total) => {
				if (Date.now() - lastLog < 30000) return;
				lastLog = Date.now();
				log(`${kind.label}: ${total} executions ${JSON.stringify(counts)}`);
			},
		});
	} finally {
		memoryFigures = memory.stop();
		latency = await probe.stop();
	}
	const wallMs = Date.now() - started;
	const stats = control.stats();
	const mine = executions.filter((e) => !known.has(String(e.id)));
	log(`${kind.label}: all finished after ${(wallMs / 1000).toFixed(1)} s; reading ${mine.length} executions`);
	const details = [];
	for (const e of mine) details.push(describeExecution(await readExecution(session, e.id), kind.resultNode));

	const byConnector = new Map(details.map((d) => [d.connectorId, d]));
	const wrong = [];
	for (const id of connectors) {
		const d = byConnector.get(id);
		const expected = !failing.has(id);
		if (!d) wrong.push(`${id}: no execution`);
		else if (d.status !== 'success' || d.succeeded !== expected)
			wrong.push(`${id}: execution ${d.id} ${d.status}, sync_succeeded ${d.succeeded} (expected ${expected})${d.error ? `, ${d.error}` : ''}`);
	}
	if (details.length !== connectors.length) wrong.push(`${details.length} executions for ${connectors.length} calls`);

	const gets = connectors.map((id) => stats.byPath[`GET /v1/connections/${id}`] || 0);
	const posts = connectors.reduce((n, id) => n + (stats.byPath[`POST /v1/connections/${id}/sync`] || 0), 0);
	const totalGets = gets.reduce((a, b) => a + b, 0);
	// Reads per interval the execution waited, all of them (the brief's figure) and without the fixed
	// reads every wait makes whatever its length: 1.0 means one look per interval, nothing extra.
	const intervalsOf = (d) => d.durationMs / (kind.intervalS * 1000);
	const timed = details.filter((d) => d.durationMs > 0);
	const getsOfDetail = (d) => stats.byPath[`GET /v1/connections/${d.connectorId}`] || 0;
	const perIntervalRaw = timed.map((d) => getsOfDetail(d) / intervalsOf(d));
	const perInterval = timed.map((d) => (getsOfDetail(d) - kind.fixedReads) / intervalsOf(d));
	const lastEnd = Math.max(...mine.map((e) => Date.parse(e.stoppedAt)).filter(Number.isFinite));
	const ids = new Set(details.map((d) => Number(d.id)));
	const perWorker = Object.fromEntries(Object.entries(cluster.executionsPerWorker()).map(([w, list]) => {
		const starts = list.filter((id) => ids.has(id));
		return [w, { starts: starts.length, executions: new Set(starts).size }];
	}));
	const durations = details.map((d) => d.durationMs);
	const checks = details.map((d) => d.checks);
	return {
		kind: kind.key,
		label: kind.label,
		waits: connectors.length,
		failing: failing.size,
		wallMs,
		correct: connectors.length - new Set(wrong.map((w) => w.split(':')[0])).size,
		wrong,
		outcomes: details.reduce((m, d) => ({ ...m, [d.outcome]: (m[d.outcome] || 0) + 1 }), {}),
		getsTotal: totalGets,
		getsPerWait: totalGets / connectors.length,
		getsPerWaitMax: Math.max(...gets),
		getsPerIntervalRaw: mean(perIntervalRaw),
		pollsPerInterval: mean(perInterval),
		firstCallToLastEndMs: lastEnd - started,
		posts,
		checksMean: mean(checks),
		durationMeanS: mean(durations) / 1000,
		durationMaxS: Math.max(...durations) / 1000,
		memory: memoryFigures,
		latency,
		perWorker,
		requestsTotal: stats.total,
		statuses: stats.byStatus,
	};
}

module.exports = { runKind, log, sleep };
