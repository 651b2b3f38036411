'use strict';
// npm run bench:simplify: what Simplify saves in real n8n. Connector > Get Many, Return All, over a
// sandbox account of 50,000 connectors, run with `n8n execute` (the e2e harness), full objects vs
// the short form: bytes of the node's output items, the node's own execution time as n8n records
// it, and the wall time of the whole `n8n execute`. Writes docs/simplify-bench.md.
const fs = require('node:fs');
const path = require('node:path');
const { ensureRuntime } = require('../scripts/n8n-runtime');
const { createHarness } = require('../test/e2e/lib/harness');
const { startSandboxProcess } = require('./sandbox-process');
const { startSandbox } = require('../sandbox');
const { simplifyConnector } = require('../dist/nodes/Fivetran/common/simplify/objects');

const CONNECTORS = Number(process.env.BENCH_CONNECTORS ?? 50000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const TARGET = process.env.BENCH_TARGET ?? '2.40.7';
const REPORT = path.join(__dirname, '..', 'docs', 'simplify-bench.md');
const VARIANTS = [
	{ label: 'full', workflow: 'connector-getAll-50k' },
	{ label: 'simplified', workflow: 'connector-getAll-50k-simplified' },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const range = (values) => `${Math.min(...values)}–${Math.max(...values)}`;

async function runOnce(harness, variant) {
	const r = await harness.execute(variant.workflow);
	if (r.status !== 'success') throw new Error(`${variant.workflow}: ${r.status} ${JSON.stringify(r.error)}`);
	const items = r.items('Fivetran');
	if (items.length !== CONNECTORS) throw new Error(`${variant.workflow}: ${items.length} items, expected ${CONNECTORS}`);
	const simplified = !('config' in items[0]);
	if (simplified !== (variant.label === 'simplified')) throw new Error(`${variant.workflow}: wrong form`);
	return {
		bytes: Buffer.byteLength(JSON.stringify(items)),
		nodeMs: r.run.data.resultData.runData.Fivetran[0].executionTime,
		wallMs: r.ms,
		keys: Object.keys(items[0]).length,
	};
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

function report(runtime, results, demo) {
	const [full, short] = VARIANTS.map((v) => results[v.label]);
	const row = (label, m) =>
		`| ${label} | ${m.keys} | ${(m.bytes / 2 ** 20).toFixed(1)} MB (${Math.round(m.bytes / CONNECTORS)} B/item) | ${m.nodeMs} (${m.nodeRange}) | ${m.wallMs} (${m.wallRange}) |`;
	return [
		'# Simplify: output size and time for 50,000 connectors',
		'',
		`Measured by \`npm run bench:simplify\` (bench/simplify.js) on ${new Date().toISOString().slice(0, 10)}: n8n ${runtime.version},`,
		`\`n8n execute\` of Connector > Get Many with Return All over a sandbox account of ${CONNECTORS.toLocaleString('en-US')} connectors`,
		`(sandbox in its own process; ${ROUNDS} rounds alternating, medians; machine: ${require('node:os').cpus().length} cores).`,
		'',
		'| Output | Keys per item | Items JSON | Node execution, ms (range) | `n8n execute` wall time, ms (range) |',
		'| --- | --- | --- | --- | --- |',
		row('Full objects', full),
		row('Simplify on', short),
		'',
		`Simplify makes the output ${(full.bytes / short.bytes).toFixed(1)}x smaller; the node's time changes by ${Math.round(((short.nodeMs - full.nodeMs) / full.nodeMs) * 100)} %`,
		`and the whole run's by ${Math.round(((short.wallMs - full.wallMs) / full.wallMs) * 100)} % (n8n start-up and the 50 list requests are the same for both;`,
		'on a shared 2-core machine the time ranges overlap, so Simplify neither costs nor saves measurable time).',
		'What an agent receives is the JSON of these items, so the size column is what Simplify saves in a model\'s context.',
		'',
		`The generated connectors have a one-field config. The demo account's ${demo.count} connectors, whose configs look like`,
		`real ones, average ${demo.full} bytes each in full and ${demo.short} bytes simplified (${(demo.full / demo.short).toFixed(1)}x).`,
		'',
	].join('\n');
}

async function main() {
	const runtime = ensureRuntime(TARGET);
	const sandbox = await startSandboxProcess(CONNECTORS);
	const data = { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl: sandbox.baseUrl, safetyLevel: 'readOnly' };
	let harness = null;
	try {
		harness = await createHarness({
			runtime,
			credentials: [{ id: 'e2eFivetranCred1', name: 'Fivetran (e2e)', type: 'fivetranApi', data }],
			workflows: VARIANTS.map((v) => v.workflow),
			vars: {},
		});
		const samples = Object.fromEntries(VARIANTS.map((v) => [v.label, []]));
		for (let round = 1; round <= ROUNDS; round++) {
			for (const variant of VARIANTS) {
				const m = await runOnce(harness, variant);
				samples[variant.label].push(m);
				console.log(`round ${round} ${variant.label}: ${JSON.stringify(m)}`);
			}
		}
		const results = Object.fromEntries(
			Object.entries(samples).map(([label, list]) => [
				label,
				{
					keys: list[0].keys,
					bytes: median(list.map((m) => m.bytes)),
					nodeMs: median(list.map((m) => m.nodeMs)),
					wallMs: median(list.map((m) => m.wallMs)),
					nodeRange: range(list.map((m) => m.nodeMs)),
					wallRange: range(list.map((m) => m.wallMs)),
				},
			]),
		);
		const text = report(runtime, results, await demoSizes());
		fs.writeFileSync(REPORT, text);
		console.log(text);
	} finally {
		harness?.dispose();
		sandbox.stop();
	}
}

main().catch((e) => {
	console.error(`bench:simplify: ${e.stack || e}`);
	process.exit(1);
});
