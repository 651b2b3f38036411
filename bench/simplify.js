'use strict';
// npm run bench:simplify: what Simplify saves in a running n8n. Connector > Get Many, Return All,
// over a sandbox account of 50,000 connectors, in two active workflows that a webhook starts (as
// production executions, saved like any other): full objects vs the short form, alternating, same
// n8n. Measured from outside (the webhook call, answered when the workflow has finished) and from
// n8n's own records (the execution's start to stop, the node's execution time), plus the bytes of
// the node's output items. Writes docs/simplify-bench.md.
// Knobs: BENCH_CONNECTORS (50000), BENCH_ROUNDS (5), BENCH_TARGET (2.40.7).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ensureRuntime } = require('../scripts/n8n-runtime');
const { startActiveN8n } = require('../test/e2e/lib/active-n8n');
const { ownerSession } = require('../test/e2e/lib/n8n-rest');
const { callWebhook, listAll, readExecution, lastOutput } = require('./queue/n8n');
const { uuidFor } = require('./queue/workflows');
const { startSandboxProcess } = require('./sandbox-process');
const { startSandbox } = require('../sandbox');
const { simplifyConnector } = require('../dist/nodes/Fivetran/common/simplify/objects');

const CONNECTORS = Number(process.env.BENCH_CONNECTORS ?? 50000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const TARGET = process.env.BENCH_TARGET ?? '2.40.7';
const REPORT = path.join(__dirname, '..', 'docs', 'simplify-bench.md');
const CREDENTIAL = { id: 'benchSimplifyCr1', name: 'Fivetran (simplify bench)' };
const VARIANTS = [
	{ label: 'full', id: 'benchSimplifyFul', path: 'bench-simplify-full', simplify: false },
	{ label: 'simplified', id: 'benchSimplifySho', path: 'bench-simplify-short', simplify: true },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.min(...values)}–${Math.max(...values)}`;
const seconds = (ms) => (ms / 1000).toFixed(2);

/** Webhook (answers with the first item once the workflow has finished) → Get Many, Return All. */
function workflowOf(variant) {
	return {
		id: variant.id,
		name: `bench: Get Many 50k (${variant.label})`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: uuidFor(`${variant.id}/webhook`),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				parameters: { httpMethod: 'POST', path: variant.path, responseMode: 'lastNode', options: {} },
				webhookId: uuidFor(`${variant.id}/webhook-id`),
			},
			{
				id: uuidFor(`${variant.id}/fivetran`),
				name: 'Fivetran',
				type: 'n8n-nodes-fivetran.fivetran',
				typeVersion: 1,
				position: [300, 0],
				parameters: { resource: 'connector', operation: 'getAll', scope: 'account', returnAll: true, simplify: variant.simplify },
				credentials: { fivetranApi: CREDENTIAL },
			},
		],
		connections: { Webhook: { main: [[{ node: 'Fivetran', type: 'main', index: 0 }]] } },
	};
}

/** One production execution started by the webhook; the call's wall time, and the form of the answer. */
async function runOnce(url, variant) {
	const { ms, text } = await callWebhook(`${url}/webhook/${variant.path}`, {});
	const first = JSON.parse(text);
	if (('config' in first) === variant.simplify) throw new Error(`${variant.label}: the first item is in the wrong form`);
	return ms;
}

/** n8n's records of every execution of a workflow: start to stop, the node's time, items and bytes. */
async function recordsOf(session, variant) {
	const summaries = (await listAll(session, variant.id)).sort((a, b) => Number(a.id) - Number(b.id));
	const records = [];
	for (const summary of summaries) {
		const execution = await readExecution(session, summary.id);
		if (execution.status !== 'success') throw new Error(`${variant.label}: execution ${summary.id} ${execution.status}`);
		const items = lastOutput(execution, 'Fivetran');
		if (items.length !== CONNECTORS) throw new Error(`${variant.label}: ${items.length} items, expected ${CONNECTORS}`);
		records.push({
			executionMs: new Date(execution.stoppedAt) - new Date(execution.startedAt),
			nodeMs: execution.runData.Fivetran[0].executionTime,
			bytes: Buffer.byteLength(JSON.stringify(items)),
			keys: Object.keys(items[0]).length,
		});
	}
	return records;
}

/**
 * The generated connectors carry a one-field config; the demo account's eight carry configs like real
 * ones (hosts, users, update methods...). Their sizes, full and short, as Simplify computes them.
 */
async function demoSizes() {
	const sandbox = await startSandbox({ port: 0, seed: 'demo' });
	try {
		const auth = `Basic ${Buffer.from('sandbox-key:sandbox-secret').toString('base64')}`;
		const res = await fetch(`${sandbox.baseUrl}/connections?limit=1000`, { headers: { Authorization: auth } });
		const items = (await res.json()).data.items;
		const size = (value) => Buffer.byteLength(JSON.stringify(value));
		return {
			count: items.length,
			full: Math.round(items.reduce((sum, c) => sum + size(c), 0) / items.length),
			short: Math.round(items.reduce((sum, c) => sum + size(simplifyConnector(c)), 0) / items.length),
		};
	} finally {
		await sandbox.close();
	}
}

function summarize(wallMs, records) {
	// The first execution of each variant is the warm-up (not timed); its records are left out too.
	const timed = records.slice(1);
	const pick = (key) => timed.map((r) => r[key]);
	return {
		keys: timed[0].keys,
		bytes: median(pick('bytes')),
		wall: { median: median(wallMs), range: range(wallMs) },
		execution: { median: median(pick('executionMs')), range: range(pick('executionMs')) },
		node: { median: median(pick('nodeMs')), range: range(pick('nodeMs')) },
	};
}

function report(runtime, results, demo) {
	const [full, short] = VARIANTS.map((v) => results[v.label]);
	const cell = (m) => `${seconds(m.median)} (${m.range.split('–').map(seconds).join('–')})`;
	const row = (label, m) =>
		`| ${label} | ${m.keys} | ${(m.bytes / 2 ** 20).toFixed(1)} MB (${Math.round(m.bytes / CONNECTORS)} B/item) | ${cell(m.wall)} | ${cell(m.execution)} | ${cell(m.node)} |`;
	const change = (a, b) => `${b >= a ? '+' : ''}${Math.round(((b - a) / a) * 100)} %`;
	return [
		'# Simplify: output size and time for 50,000 connectors',
		'',
		`Measured by \`npm run bench:simplify\` (bench/simplify.js) on ${new Date().toISOString().slice(0, 10)} in a running`,
		`n8n ${runtime.version} (\`n8n start\`, SQLite, default execution saving), machine: ${os.cpus().length} cores, shared.`,
		`Two active workflows, Webhook → Connector > Get Many with Return All over a sandbox account of`,
		`${CONNECTORS.toLocaleString('en-US')} connectors (sandbox in its own process), one with Simplify off, one on. Each run`,
		'is a production execution started by a POST to its webhook, which answers when the workflow has',
		`finished. One warm-up run of each, then ${ROUNDS} rounds alternating full and simplified in the same`,
		'n8n; medians, ranges in brackets.',
		'',
		'| Output | Keys per item | Items JSON | Webhook call, s | Execution start to stop, s | Node, s |',
		'| --- | --- | --- | --- | --- | --- |',
		row('Full objects', full),
		row('Simplify on', short),
		'',
		`Simplify makes the output ${(full.bytes / short.bytes).toFixed(1)}x smaller. Time, simplified against full:`,
		`${change(full.wall.median, short.wall.median)} for the webhook call (from outside), ${change(full.execution.median, short.execution.median)} for the execution,`,
		`${change(full.node.median, short.node.median)} for the node. What an agent receives is the JSON of these items, so the size column`,
		"is what Simplify saves in a model's context.",
		'',
		'An earlier version of this bench timed `n8n execute` (a new n8n process per run) and found no',
		'difference beyond the noise (node 3.9 s full, 4.9 s simplified, ranges 2.2–5.9 s and 3.8–5.2 s):',
		"each run there paid n8n's start-up (10 to 26 s), whose spread hid any difference.",
		'',
		`The generated connectors have a one-field config. The demo account's ${demo.count} connectors, whose configs`,
		`look like real ones, average ${demo.full} bytes each in full and ${demo.short} bytes simplified (${(demo.full / demo.short).toFixed(1)}x).`,
		'',
	].join('\n');
}

async function main() {
	const runtime = ensureRuntime(TARGET);
	const sandbox = await startSandboxProcess(CONNECTORS);
	let n8n = null;
	try {
		n8n = await startActiveN8n({
			runtime,
			credentials: [
				{
					...CREDENTIAL,
					type: 'fivetranApi',
					data: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl: sandbox.baseUrl, safetyLevel: 'readOnly' },
				},
			],
			workflows: VARIANTS.map(workflowOf),
			env: { N8N_LOG_LEVEL: 'warn' },
		});
		const wallMs = Object.fromEntries(VARIANTS.map((v) => [v.label, []]));
		for (const variant of VARIANTS) console.log(`warm-up ${variant.label}: ${await runOnce(n8n.url, variant)} ms`);
		for (let round = 1; round <= ROUNDS; round++) {
			// Alternate which goes first, so neither always follows the other's garbage.
			const order = round % 2 ? VARIANTS : [...VARIANTS].reverse();
			for (const variant of order) {
				const ms = await runOnce(n8n.url, variant);
				wallMs[variant.label].push(ms);
				console.log(`round ${round} ${variant.label}: webhook call ${ms} ms`);
			}
		}
		const session = await ownerSession(n8n.url);
		const results = {};
		for (const variant of VARIANTS) results[variant.label] = summarize(wallMs[variant.label], await recordsOf(session, variant));
		const text = report(runtime, results, await demoSizes());
		fs.writeFileSync(REPORT, text);
		console.log(text);
	} finally {
		await n8n?.stop();
		sandbox.stop();
	}
}

main().catch((e) => {
	console.error(`bench:simplify: ${e.stack || e}`);
	process.exit(1);
});
