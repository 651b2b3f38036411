'use strict';
// npm run bench:fresh: Wait for Fresh Data over 5,000 connectors in 50 groups (the sandbox's
// generated account, "Whole Account", fresh = synced within the last 12 hours, paused / broken
// skipped, Start Syncs on). Runs the operation's own wait (dist/) against the in-process sandbox
// with a bare execution context, and reports per look: list requests, sync requests, wall time.
// Not a timed test: figures only. Writes docs/fresh-data-bench.md.
const fs = require('node:fs');
const path = require('node:path');
const { startSandbox } = require('../sandbox');
const { createBenchContext } = require('./context');
const { assertAllowed } = require('../dist/nodes/shared/access/guard');
const { clock } = require('../dist/nodes/shared/clock');
const { waitForFreshData } = require('../dist/nodes/Fivetran/connector/freshness/waitForFreshData');
const { allowSyncs } = require('../dist/nodes/Fivetran/connector/freshness/startSyncs');
const { freshTable } = require('../dist/nodes/Fivetran/connector/freshness/rows');

const CONNECTORS = Number(process.env.BENCH_CONNECTORS ?? 5000);
const REPORT = path.join(__dirname, '..', 'docs', 'fresh-data-bench.md');
const POLL_MS = 5000;

/** Just what the transport and the wait call on an n8n execution context; each request logged. */
function benchContext(baseUrl, log) {
	return createBenchContext({
		baseUrl,
		apiKey: 'sandbox-key',
		apiSecret: 'sandbox-secret',
		safetyLevel: 'full',
		nodeName: 'Fivetran',
		onRequest: ({ method, path }) => log.push({ at: performance.now(), method, path }),
	});
}

/** Splits the request log at the wait's sleeps: one group of requests per look. */
function looksOf(log, sleeps) {
	const looks = [];
	const bounds = [...sleeps.map((s) => s.start), Infinity];
	let start = log[0]?.at ?? 0;
	for (let i = 0; i < bounds.length; i++) {
		const inLook = log.filter((r) => r.at >= start && r.at < bounds[i]);
		if (inLook.length === 0) continue;
		const lists = inLook.filter((r) => r.method === 'GET').length;
		const syncs = inLook.filter((r) => r.method === 'POST').length;
		const lastList = inLook.filter((r) => r.method === 'GET').at(-1)?.at ?? start;
		looks.push({ look: looks.length + 1, lists, syncs, readMs: Math.round(lastList - start), totalMs: Math.round(inLook.at(-1).at - start) });
		start = sleeps[i]?.end ?? Infinity;
	}
	return looks;
}

/** One wait over the account; returns its looks and outcome (a timeout counts as an outcome here). */
async function measureWait(sandbox, fresh, timeoutMs, sleeps) {
	const log = [];
	sleeps.length = 0;
	const ctx = benchContext(sandbox.baseUrl, log);
	await assertAllowed(ctx, { key: 'connector.waitForFreshData', name: 'Connector: Wait for Fresh Data', access: 'read' });
	await allowSyncs(ctx, fresh.startSyncs);
	const started = performance.now();
	let outcome = 'all fresh';
	let state;
	try {
		state = await waitForFreshData(ctx, { fresh, pollIntervalMs: POLL_MS, timeoutMs, itemIndex: 0 });
	} catch (error) {
		outcome = `ended at its Timeout (${timeoutMs / 1000} s), as expected without syncs`;
		if (!error.table) throw error;
		return { looks: looksOf(log, sleeps), outcome, summary: error.table.summary, totalMs: Math.round(performance.now() - started) };
	}
	const { summary } = freshTable(state);
	return { looks: looksOf(log, sleeps), outcome, summary, totalMs: Math.round(performance.now() - started) };
}

async function main() {
	const sandbox = await startSandbox({ port: 0, seed: 'empty', generateConnectors: CONNECTORS, syncDurationMs: 2000, quiet: true });
	const sleeps = [];
	const realSleep = clock.sleep.bind(clock);
	clock.sleep = async (ms, signal) => {
		const mark = { start: performance.now() };
		sleeps.push(mark);
		await realSleep(ms, signal);
		mark.end = performance.now();
	};
	try {
		const groups = sandbox.state.groups.size;
		const window = { scope: { kind: 'account' }, maxAgeMs: 12 * 60 * 60_000, onPausedOrBroken: 'skip' };
		// A: nothing is synced by the node, so every group keeps a stale connector: the steady cost of a look.
		const steady = await measureWait(sandbox, { ...window, startSyncs: false }, 25_000, sleeps);
		// B: one sync per stale connector, then the look that finds them fresh.
		const syncing = await measureWait(sandbox, { ...window, startSyncs: true }, 5 * 60_000, sleeps);
		const result = { connectors: CONNECTORS, groups, pollIntervalMs: POLL_MS, steady, syncing };
		console.log(JSON.stringify(result, null, 2));
		writeReport(result);
	} finally {
		clock.sleep = realSleep;
		await sandbox.close();
	}
}

function table(looks) {
	return [
		'| Look | List requests (GET) | Sync requests (POST) | Reads took | Whole look took |',
		'| --- | --- | --- | --- | --- |',
		...looks.map((l) => `| ${l.look} | ${l.lists} | ${l.syncs} | ${l.readMs} ms | ${l.totalMs} ms |`),
	].join('\n');
}

function writeReport(r) {
	const later = r.steady.looks.slice(1);
	const meanRead = Math.round(later.reduce((sum, l) => sum + l.readMs, 0) / Math.max(1, later.length));
	const text = `# Wait for Fresh Data: requests and time per look

\`npm run bench:fresh\` (bench/fresh-data.js): Wait for Fresh Data over the sandbox's generated account
of ${r.connectors.toLocaleString('en')} connectors in ${r.groups} groups, "Whole Account", fresh = synced within the last 12 hours,
paused and broken connectors skipped, Poll Interval ${r.pollIntervalMs / 1000} s. The sandbox runs in the same process on
127.0.0.1; the requests are the operation's own (dist/), counted as sent. Times are wall time on the
machine the script ran on (shared, 2 cores), for orientation only.

## A: without Start Syncs (every group keeps a stale connector)

${table(r.steady.looks)}

Outcome: ${r.steady.outcome} (${r.steady.summary.fresh} fresh, ${r.steady.summary.stale} not fresh, ${r.steady.summary.skipped} skipped). Later looks: ${later[0]?.lists ?? 0} list requests each, reads ${meanRead} ms on average.

## B: with Start Syncs (one sync per stale connector, then the look that finds them fresh)

${table(r.syncing.looks)}

Outcome: ${r.syncing.outcome}: ${r.syncing.summary.fresh} of ${r.syncing.summary.total} fresh, ${r.syncing.summary.skipped} skipped (paused or broken), ${r.syncing.summary.syncs_requested.length} syncs requested (each stale connector once); the wait took ${(r.syncing.totalMs / 1000).toFixed(1)} s, most of it the Poll Interval.

The first look reads \`GET /v1/groups\` once, then each group's list (one page of 1,000 holds a
group's 100 connectors): 1 + ${r.groups} requests. Later looks read only the groups that still hold a
connector that is not fresh; a fresh connector is never read again in the wait.
`;
	fs.writeFileSync(REPORT, text);
	console.log(`wrote ${path.relative(process.cwd(), REPORT)}`);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
