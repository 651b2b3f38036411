'use strict';
// npm run bench:fresh: Wait for Fresh Data over 5,000 connectors in 50 groups (the sandbox's
// generated account, "Whole Account", fresh = synced within the last 12 hours, paused / broken
// skipped, Start Syncs on). Runs the operation's own wait (dist/) against the in-process sandbox
// with a bare execution context, and reports per look: list requests, sync requests, wall time.
// Not a timed test: figures only. Writes docs/fresh-data-bench.md.
const fs = require('node:fs');
const path = require('node:path');
const { startSandbox } = require('../sandbox');
const { assertAllowed } = require('../dist/nodes/shared/access/guard');
const { clock } = require('../dist/nodes/shared/clock');
const { waitForFreshData } = require('../dist/nodes/Fivetran/helpers/freshness/waitForFreshData');
const { allowSyncs } = require('../dist/nodes/Fivetran/helpers/freshness/startSyncs');
const { freshTable } = require('../dist/nodes/Fivetran/helpers/freshness/rows');

const CONNECTORS = Number(process.env.BENCH_CONNECTORS ?? 5000);
const REPORT = path.join(__dirname, '..', 'docs', 'fresh-data-bench.md');
const POLL_MS = 5000;

/** Just what the transport and the wait call on an n8n execution context. */
function benchContext(baseUrl, log) {
	const credentials = { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl, safetyLevel: 'full' };
	return {
		getNode: () => ({ name: 'Fivetran', type: 'n8n-nodes-fivetran.fivetran', typeVersion: 1, parameters: {} }),
		getCredentials: async () => credentials,
		helpers: {
			async httpRequest(options) {
				const url = new URL(options.url);
				for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
				const response = await fetch(url, {
					method: options.method,
					headers: { ...options.headers, 'Content-Type': 'application/json' },
					body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
				});
				log.push({ at: performance.now(), method: options.method, path: url.pathname });
				const text = await response.text();
				return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: JSON.parse(text) };
			},
		},
	};
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

async function main() {
	const sandbox = await startSandbox({ port: 0, seed: 'empty', generateConnectors: CONNECTORS, syncDurationMs: 2000, quiet: true });
	const log = [];
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
		const ctx = benchContext(sandbox.baseUrl, log);
		await assertAllowed(ctx, { key: 'connector.waitForFreshData', name: 'Connector: Wait for Fresh Data', access: 'read' });
		await allowSyncs(ctx, true);
		const fresh = { scope: { kind: 'account' }, maxAgeMs: 12 * 60 * 60_000, startSyncs: true, onPausedOrBroken: 'skip' };
		const started = performance.now();
		const state = await waitForFreshData(ctx, { fresh, pollIntervalMs: POLL_MS, timeoutMs: 5 * 60_000, itemIndex: 0 });
		const totalMs = Math.round(performance.now() - started);
		const { summary } = freshTable(state);
		const looks = looksOf(log, sleeps);
		const result = { connectors: CONNECTORS, groups, looks, summary: { total: summary.total, fresh: summary.fresh, skipped: summary.skipped, syncs: summary.syncs_requested.length }, totalMs, pollIntervalMs: POLL_MS };
		console.log(JSON.stringify(result, null, 2));
		writeReport(result);
	} finally {
		clock.sleep = realSleep;
		await sandbox.close();
	}
}

function writeReport(r) {
	const rows = r.looks.map((l) => `| ${l.look} | ${l.lists} | ${l.syncs} | ${l.readMs} ms | ${l.totalMs} ms |`);
	const text = `# Wait for Fresh Data: requests and time per look

\`npm run bench:fresh\` (bench/fresh-data.js): Wait for Fresh Data over the sandbox's generated account
of ${r.connectors.toLocaleString('en')} connectors in ${r.groups} groups, "Whole Account", fresh = synced within the last 12 hours,
paused and broken connectors skipped, Start Syncs on, Poll Interval ${r.pollIntervalMs / 1000} s. The sandbox runs in the
same process on 127.0.0.1; the requests are the operation's own (dist/), counted as sent.

| Look | List requests (GET) | Sync requests (POST) | Reads took | Whole look took |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Outcome: ${r.summary.fresh} of ${r.summary.total} fresh, ${r.summary.skipped} skipped (paused or broken), ${r.summary.syncs} syncs requested
(each stale connector once); the whole wait took ${(r.totalMs / 1000).toFixed(1)} s, most of it the Poll Interval.

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
