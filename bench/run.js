'use strict';
// npm run bench: return-all cost over the sandbox. For each account size it measures the
// requests sent (must be ceil(N/1000)), the time, the heap kept per item and the heap's peak
// during the read, for collecting all items (what the node outputs), for streaming pages (what
// the trigger does), and for the whole account read by group, 8 lists side by side (Parallel
// Group Reads 8: 1 + 1 + one request per group page): its peak must not exceed collecting's by
// more than a few pages, since it holds at most 8 groups' pages besides the output.
const { paginate, collectItems } = require('../dist/nodes/shared/transport/pagination');
const { readAccountConnectors } = require('../dist/nodes/shared/groupReads/connectorsByGroup');
const { assertAllowed } = require('../dist/nodes/shared/access/guard');
const { createBenchContext } = require('./context');
const { startSandboxProcess, resetStats } = require('./sandbox-process');

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);

function heapAfterGc() {
	global.gc();
	return process.memoryUsage().heapUsed;
}

/** Every request the sandbox answered since the last reset. */
async function requestsSent(baseUrl) {
	const stats = await (await fetch(`${new URL(baseUrl).origin}/_sandbox/stats`)).json();
	return stats.data.total;
}

/** The heap's highest use while `run` runs, sampled every 5 ms. */
async function withHeapPeak(run) {
	let peak = process.memoryUsage().heapUsed;
	const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
	try {
		return { result: await run(), peak: Math.max(peak, process.memoryUsage().heapUsed) };
	} finally {
		clearInterval(timer);
	}
}

/** Requests of a whole-account read by group: the account's first page, GET /groups, one per group (the sandbox's groups hold under 1,000 each). */
const byGroupRequests = (size) => (size <= 1000 ? 1 : 2 + Math.min(50, Math.ceil(size / 100)));

async function measure(label, size, baseUrl, run, expected = Math.max(1, Math.ceil(size / 1000))) {
	await resetStats(baseUrl);
	const heapBefore = heapAfterGc();
	const started = process.hrtime.bigint();
	const { result: kept, peak } = await withHeapPeak(run);
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const heapKept = heapAfterGc() - heapBefore;
	const requests = await requestsSent(baseUrl);
	return {
		mode: label,
		items: size,
		requests,
		expectedRequests: expected,
		ms: Math.round(ms),
		itemsPerSecond: Math.round((size / ms) * 1000),
		heapKeptMB: +(heapKept / 2 ** 20).toFixed(1),
		heapPeakMB: +((peak - heapBefore) / 2 ** 20).toFixed(1),
		ok: requests === expected && kept === size,
	};
}

async function benchSize(size) {
	const sandbox = await startSandboxProcess(size);
	try {
		const ctx = createBenchContext({ baseUrl: sandbox.baseUrl, apiKey: 'sandbox-key', apiSecret: 'sandbox-secret' });
		// The transport sends only what the credential's guard cleared, as in the node.
		await assertAllowed(ctx, { key: 'connector.getAll', name: 'Connector: Get Many', access: 'read' });
		const request = { path: '/connections' };
		let items;
		const collected = await measure('collect (node output)', size, sandbox.baseUrl, async () => {
			items = await collectItems.call(ctx, request);
			return items.length;
		});
		const bytesPerItem = Buffer.byteLength(JSON.stringify(items)) / Math.max(1, items.length);
		items = undefined;
		const streamed = await measure('stream pages (trigger)', size, sandbox.baseUrl, async () => {
			let count = 0;
			for await (const page of paginate.call(ctx, request)) count += page.length;
			return count;
		});
		const bySide = await measure('collect by group, 8 side by side', size, sandbox.baseUrl, async () => {
			const all = [];
			for await (const page of readAccountConnectors.call(ctx, { parallel: 8 })) all.push(...page);
			return new Set(all.map((connector) => connector.id)).size === all.length ? all.length : -1;
		}, byGroupRequests(size));
		collected.jsonBytesPerItem = Math.round(bytesPerItem);
		// Heap kept by the collected items relative to their JSON size: about 1 means no second copy.
		collected.heapPerJsonByte = +((collected.heapKeptMB * 2 ** 20) / (bytesPerItem * size)).toFixed(2);
		return [collected, streamed, bySide];
	} finally {
		sandbox.stop();
	}
}

async function main() {
	if (typeof global.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench does)');
	const rows = [];
	for (const size of SIZES) rows.push(...(await benchSize(size)));
	console.table(rows);
	const failed = rows.filter((row) => !row.ok);
	if (failed.length) {
		console.error(`bench: ${failed.length} row(s) sent the wrong number of requests or lost items`);
		process.exit(1);
	}
	console.log('bench: every return-all took exactly ceil(N/1000) requests (by group: 1 + 1 + one per group)');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
