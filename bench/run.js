'use strict';
// npm run bench: return-all cost over the sandbox. For each account size it measures the
// requests sent (must be ceil(N/1000)), the time, and the heap kept per item, for collecting all
// items (what the node outputs) and for streaming pages (what the trigger does).
const { paginate, collectItems } = require('../dist/nodes/shared/transport/pagination');
const { createBenchContext } = require('./context');
const { startSandboxProcess, requestCount, resetStats } = require('./sandbox-process');

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const ROUTE = 'GET /v1/connections';

function heapAfterGc() {
	global.gc();
	return process.memoryUsage().heapUsed;
}

async function measure(label, size, baseUrl, run) {
	await resetStats(baseUrl);
	const heapBefore = heapAfterGc();
	const started = process.hrtime.bigint();
	const kept = await run();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	const heapKept = heapAfterGc() - heapBefore;
	const requests = await requestCount(baseUrl, ROUTE);
	const expected = Math.max(1, Math.ceil(size / 1000));
	return {
		mode: label,
		items: size,
		requests,
		expectedRequests: expected,
		ms: Math.round(ms),
		itemsPerSecond: Math.round((size / ms) * 1000),
		heapKeptMB: +(heapKept / 2 ** 20).toFixed(1),
		ok: requests === expected && kept === size,
	};
}

async function benchSize(size) {
	const sandbox = await startSandboxProcess(size);
	try {
		const ctx = createBenchContext({ baseUrl: sandbox.baseUrl, apiKey: 'sandbox-key', apiSecret: 'sandbox-secret' });
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
		collected.jsonBytesPerItem = Math.round(bytesPerItem);
		// Heap kept by the collected items relative to their JSON size: about 1 means no second copy.
		collected.heapPerJsonByte = +((collected.heapKeptMB * 2 ** 20) / (bytesPerItem * size)).toFixed(2);
		return [collected, streamed];
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
	console.log('bench: every return-all took exactly ceil(N/1000) requests');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
