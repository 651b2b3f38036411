'use strict';
// npm run bench:accounts: listing a big account at a real round trip, in a running n8n 2.40.7.
// 50 groups × 1,000 connectors in the sandbox (own process), its latency knob at 0, 50 and 200 ms
// per request. Per latency, alternating within each round: the hand-built HTTP Request + Split Out
// workflow and Connector > Get Many (Return All) at Parallel Group Reads 1, 4 and 8, each started by
// a production webhook that answers when the run has ended (wall time as the caller sees it); then
// the Fivetran Trigger's Fetch Test Event, which reads the account as a poll does (time as n8n
// records the execution). Requests come from the sandbox's counters; memory (memory.js) from the
// RSS of an n8n restarted for each measured run.
// Knobs: BENCH_ROUNDS (3), BENCH_LATENCIES ("0,50,200"), BENCH_PARALLEL ("1,4,8"),
// BENCH_MEMORY_ROUNDS (3).
// Writes the table into docs/big-accounts.md between its bench markers.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureRuntime } = require('../../scripts/n8n-runtime');
const { startActiveN8n } = require('../../test/e2e/lib/active-n8n');
const { ownerSessionWhenReady, fetchTestEvent, readExecution, listExecutions } = require('../../test/e2e/lib/n8n-rest');
const { callWebhook } = require('../queue/n8n');
const { startSandboxProcess } = require('../sandbox-process');
const { measureMemory } = require('./memory');
const wf = require('./workflows');

const list = (name, fallback) => (process.env[name] ?? fallback).split(',').map(Number);
const CONNECTORS = 50_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LATENCIES = list('BENCH_LATENCIES', '0,50,200');
const PARALLEL = list('BENCH_PARALLEL', '1,4,8');
const MEMORY_ROUNDS = Number(process.env.BENCH_MEMORY_ROUNDS ?? 3);
const DOC = path.join(__dirname, '..', '..', 'docs', 'big-accounts.md');
const MARKS = ['<!-- bench:accounts:start -->', '<!-- bench:accounts:end -->'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = (line) => console.log(`[bench:accounts ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function sandboxCall(origin, method, route, body) {
	const res = await fetch(`${origin}/_sandbox/${route}`, {
		method,
		headers: { 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await res.json()).data;
}

async function measure(origin, work) {
	await sandboxCall(origin, 'POST', 'stats/reset');
	const started = Date.now();
	const ms = (await work()) ?? Date.now() - started;
	const stats = await sandboxCall(origin, 'GET', 'stats');
	return { ms, requests: stats.total, peakInFlight: stats.peakInFlight };
}

/** One run per list workflow, checking that it output every connector (each ID once). */
async function checkOutputs(n8n, session, variants) {
	for (const variant of variants) {
		await callWebhook(`${n8n.url}/webhook/${variant.path}`, {});
		const [latest] = await listExecutions(session, variant.id);
		const execution = await readExecution(session, latest.id, 120_000);
		const runs = execution.runData[variant.outputNode] ?? [];
		const items = runs[0]?.data?.main?.[0] ?? [];
		const ids = new Set(items.map((item) => item.json.id));
		if (items.length !== CONNECTORS || ids.size !== CONNECTORS) {
			throw new Error(`${variant.label}: ${items.length} items, ${ids.size} distinct IDs; expected ${CONNECTORS}`);
		}
		log(`check ${variant.label}: ${items.length} connectors, each once`);
	}
}

function table(results, memory) {
	const lines = [
		`| Round trip | Way | Wall, s (median of ${ROUNDS}) | vs hand-built | Requests | Peak in flight |`,
		'|---|---|---|---|---|---|',
	];
	for (const latency of LATENCIES) {
		const hand = results[latency]['hand-built'];
		for (const [label, r] of Object.entries(results[latency])) {
			if (label.startsWith('trigger')) continue;
			lines.push(`| ${latency} ms | ${label} | ${(r.ms / 1000).toFixed(2)} | ×${(r.ms / hand.ms).toFixed(2)} | ${r.requests} | ${r.peakInFlight} |`);
		}
	}
	lines.push('', `| Round trip | Trigger poll (Fetch Test Event) | Execution, s (median of ${ROUNDS}) | vs N = 1 | Requests |`, '|---|---|---|---|---|');
	for (const latency of LATENCIES) {
		const one = results[latency]['trigger, N = 1'];
		for (const [label, r] of Object.entries(results[latency])) {
			if (!label.startsWith('trigger')) continue;
			lines.push(`| ${latency} ms | ${label} | ${(r.ms / 1000).toFixed(2)} | ×${(r.ms / one.ms).toFixed(2)} | ${r.requests} |`);
		}
	}
	const hand = median(memory['hand-built']);
	lines.push('', `| Memory (0 ms; a restarted n8n, one warm-up run, then the measured run) | n8n RSS growth, MB (median of ${MEMORY_ROUNDS}) | vs hand-built |`, '|---|---|---|');
	for (const [label, runs] of Object.entries(memory)) {
		const mb = median(runs);
		lines.push(`| ${label} | ${Math.round(mb / 2 ** 20)} (runs: ${runs.map((b) => Math.round(b / 2 ** 20)).join(', ')}) | ×${(mb / hand).toFixed(2)} |`);
	}
	return lines.join('\n');
}

function writeDoc(runtime, text) {
	const header = `Measured by \`npm run bench:accounts\` on ${new Date().toISOString().slice(0, 10)}: n8n ${runtime.version} (\`n8n start\`, saving successful executions as by default), ${CONNECTORS.toLocaleString('en-US')} connectors in 50 groups, ${os.cpus().length} cores shared with other work (load ${os.loadavg()[0].toFixed(1)} at the end).`;
	const block = `${MARKS[0]}\n${header}\n\n${text}\n${MARKS[1]}`;
	const doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '';
	const [start, end] = [doc.indexOf(MARKS[0]), doc.indexOf(MARKS[1])];
	const next = start >= 0 && end > start ? doc.slice(0, start) + block + doc.slice(end + MARKS[1].length) : `${doc}\n${block}\n`;
	fs.writeFileSync(DOC, next);
}

async function main() {
	const started = Date.now();
	const runtime = ensureRuntime('2.40.7');
	const sandbox = await startSandboxProcess(CONNECTORS);
	const origin = new URL(sandbox.baseUrl).origin;
	const hand = wf.handBuilt(sandbox.baseUrl);
	const lists = [
		{ label: 'hand-built', workflow: hand, outputNode: 'Split Out' },
		...PARALLEL.map((n) => ({ label: `Get Many, N = ${n}`, workflow: wf.ours(n), outputNode: 'Fivetran' })),
	].map((v) => ({ ...v, id: v.workflow.id, path: v.workflow.nodes[0].parameters.path }));
	const triggers = PARALLEL.map((n) => ({ label: `trigger, N = ${n}`, workflow: wf.trigger(n) }));
	let n8n = null;
	try {
		n8n = await startActiveN8n({
			runtime,
			credentials: wf.credentials(sandbox.baseUrl),
			workflows: [...lists, ...triggers].map((v) => v.workflow),
			activate: lists.map((v) => v.id),
		});
		const session = await ownerSessionWhenReady(n8n.url, 60_000);
		const pid = n8n.pid();
		log(`n8n ${runtime.version} up (pid ${pid}); checking outputs at 0 ms (also the warm-up)`);
		await checkOutputs(n8n, session, lists);

		const samples = {};
		for (const latency of LATENCIES) {
			await sandboxCall(origin, 'POST', 'latency', { latencyMs: latency });
			samples[latency] = {};
			for (let round = 1; round <= ROUNDS; round++) {
				// Rotate the order each round so no way always runs first (or last) under the same load.
				const order = lists.map((_, i) => lists[(i + round) % lists.length]);
				for (const variant of [...order, ...triggers]) {
					const m = variant.path
						? await measure(origin, async () => void (await callWebhook(`${n8n.url}/webhook/${variant.path}`, {})))
						: await measure(origin, async () => {
							const { execution } = await fetchTestEvent(session, variant.workflow.id, 'Fivetran Trigger');
							if (execution.status !== 'success') throw new Error(`${variant.label}: ${execution.status}`);
							return Date.parse(execution.stoppedAt) - Date.parse(execution.startedAt);
						});
					(samples[latency][variant.label] ??= []).push(m);
					log(`${latency} ms, round ${round}, ${variant.label}: ${(m.ms / 1000).toFixed(2)} s, ${m.requests} requests, peak ${m.peakInFlight} in flight`);
				}
			}
		}
		const results = {};
		for (const [latency, byLabel] of Object.entries(samples)) {
			results[latency] = {};
			for (const [label, runs] of Object.entries(byLabel)) {
				results[latency][label] = {
					ms: median(runs.map((r) => r.ms)),
					requests: median(runs.map((r) => r.requests)),
					peakInFlight: median(runs.map((r) => r.peakInFlight)),
				};
			}
		}
		log('memory: each run in a restarted n8n');
		const memory = await measureMemory({
			n8n,
			sandbox: (method, route, body) => sandboxCall(origin, method, route, body),
			lists,
			rounds: MEMORY_ROUNDS,
			connectors: CONNECTORS,
			log,
		});
		const text = table(results, memory);
		writeDoc(runtime, text);
		console.log(`\n${text}\n`);
		log(`done in ${Math.round((Date.now() - started) / 1000)} s; table written to docs/big-accounts.md`);
	} finally {
		await n8n?.stop();
		sandbox.stop();
	}
}

main().catch((e) => {
	console.error(`bench:accounts: ${e.stack || e}`);
	process.exit(1);
});
