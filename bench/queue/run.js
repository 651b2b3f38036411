'use strict';
// npm run bench:queue: 100 concurrent sync waits of each kind (in-node polling, durable Wait loop) in
// n8n's queue mode, against sandbox syncs of a few minutes. See docs/bench-queue.md for the figures.
// Knobs: BENCH_WAITS (100), BENCH_SYNC_MS (150000), BENCH_CONCURRENCY (60 per worker).
const os = require('os');
const { startSandbox } = require('../../sandbox');
const { ensureRuntime } = require('../../scripts/n8n-runtime');
const { startQueueServices } = require('../../scripts/queue/services');
const { startQueueCluster } = require('../../scripts/queue/cluster');
const { ownerSessionWhenReady } = require('../../test/e2e/lib/n8n-rest');
const wf = require('./workflows');
const { activate, callWebhook } = require('./n8n');
const { runKind, log } = require('./kinds');
const { runStopCases } = require('./stop');
const { printReport, writeDoc } = require('./report');

const envInt = (name, fallback) => {
	const v = process.env[name];
	if (v === undefined || v === '') return fallback;
	const n = Number(v);
	if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got '${v}'`);
	return n;
};

const WAITS = envInt('BENCH_WAITS', 100);
const SYNC_MS = envInt('BENCH_SYNC_MS', 150000);
const CONCURRENCY = envInt('BENCH_CONCURRENCY', 60);
const WORKERS = 2;
const PROBE_EVERY_S = 15;
const STOP_SYNC_MS = 20 * 60 * 1000; // the stopped executions' syncs outlast the whole stop case
const FAIL_EVERY = 10; // every 10th connector's sync ends in failure

const KINDS = {
	inline: {
		key: 'inline', label: 'in-node wait', workflowId: wf.IDS.inline, path: wf.PATHS.inline, probePath: wf.PATHS.short,
		resultNode: 'Sync', intervalS: wf.POLL_INTERVAL_S, fixedReads: 2,
	},
	durable: {
		key: 'durable', label: 'durable loop', workflowId: wf.IDS.durable, path: wf.PATHS.durable, probePath: wf.PATHS.short,
		resultNode: 'Check Sync', intervalS: wf.DURABLE_WAIT_S, fixedReads: 1,
	},
};

// Generated connectors gen_000001..: every 53rd is paused and every 97th broken (sandbox/seed.js); a
// sync of those would not run as asked, so they are left out.
function usableConnectors(count) {
	const ids = [];
	for (let i = 1; ids.length < count; i++) if (i % 53 !== 0 && i % 97 !== 0) ids.push(`gen_${String(i).padStart(6, '0')}`);
	return ids;
}

const GENERATED = WAITS + 2 + Math.ceil(WAITS / 40) + 5; // the waits, two for the stop cases, the skipped ones

function loadNote() {
	const [one, five] = os.loadavg();
	return `${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min)`;
}

let interrupted = false;

async function main() {
	const notes = [];
	const loadBefore = loadNote();
	log(`load average ${loadBefore}; ${os.cpus().length} cores`);
	const runtime = ensureRuntime('2.40.7');
	const resources = [];
	// One cleanup, whoever asks first (a signal, or main's finally); both wait for the same promise, so
	// an error the interrupted run throws meanwhile cannot exit before Postgres and Redis are stopped.
	let cleaning = null;
	const cleanup = () => {
		cleaning ??= (async () => {
			for (const stop of resources.reverse()) {
				try {
					await stop();
				} catch (e) {
					console.error(`cleanup: ${e.message}`);
				}
			}
		})();
		return cleaning;
	};
	let clusterRef = null;
	const onSignal = (signal) => {
		if (interrupted) return;
		interrupted = true;
		log(`${signal}: cleaning up`);
		cleanup().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		const sandbox = await startSandbox({ port: 0, seed: 'empty', generateConnectors: GENERATED, syncDurationMs: SYNC_MS, quiet: true });
		resources.push(() => sandbox.close());
		const services = await startQueueServices();
		resources.push(() => services.stop());
		const started = Date.now();
		const cluster = await startQueueCluster({
			runtime, services,
			credentials: [wf.credentialRecord(sandbox.baseUrl)],
			workflows: [wf.inlineWorkflow(), wf.durableWorkflow(), wf.shortWorkflow()],
			activate: [], workers: WORKERS, concurrency: CONCURRENCY,
		});
		resources.push(() => cluster.stop());
		clusterRef = cluster;
		log(`n8n ${runtime.version}: main + ${WORKERS} workers (concurrency ${CONCURRENCY}) up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		const session = await ownerSessionWhenReady(cluster.url);
		await activate(session, [wf.IDS.inline, wf.IDS.durable, wf.IDS.short]);
		// The first call after activation may meet a 404 while n8n registers the webhook; callWebhook retries.
		await callWebhook(`${cluster.url}/webhook/${wf.PATHS.short}`, {});

		const all = usableConnectors(WAITS + 2);
		const connectors = all.slice(0, WAITS);
		const failing = new Set(connectors.filter((_, i) => i % FAIL_EVERY === FAIL_EVERY - 1));
		const timeoutMs = SYNC_MS + 15 * 60 * 1000;
		const results = [];
		for (const kind of [KINDS.inline, KINDS.durable]) {
			sandbox.control.reset({ seed: 'empty', generateConnectors: GENERATED, syncDurationMs: SYNC_MS });
			results.push(await runKind({ kind, session, cluster, sandbox, connectors, failing, timeoutMs, probeEveryS: PROBE_EVERY_S }));
		}

		log('stop from main: one in-node wait and one durable loop');
		sandbox.control.reset({ seed: 'empty', generateConnectors: GENERATED, syncDurationMs: STOP_SYNC_MS });
		const stops = await runStopCases({ kinds: KINDS, session, cluster, sandbox, connectors: all.slice(WAITS, WAITS + 2) });

		const processNames = ['main', ...cluster.workers];
		printReport({ results, stops, processNames });
		const loadAfter = loadNote();
		notes.push(`Load average at the end: ${loadAfter}.`);
		const doc = writeDoc({
			results, stops, processNames,
			setup: {
				date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
				nproc: os.cpus().length,
				memGB: (os.totalmem() / 2 ** 30).toFixed(1),
				loadBefore,
				loadNote: process.env.BENCH_LOAD_NOTE || '',
				n8nVersion: runtime.version,
				workers: WORKERS,
				concurrency: CONCURRENCY,
				syncMs: SYNC_MS,
				waits: WAITS,
				failing: failing.size,
				pollIntervalS: wf.POLL_INTERVAL_S,
				durableWaitS: wf.DURABLE_WAIT_S,
				probeEveryS: PROBE_EVERY_S,
				stopSyncMs: STOP_SYNC_MS,
				notes,
			},
		});
		log(`figures written to ${doc}`);
		const bad = results.filter((r) => r.correct !== r.waits || r.posts !== r.waits);
		const badStops = stops.filter((s) => s.error || s.getsAfterGrace !== 0);
		if (bad.length || badStops.length) {
			console.error(`bench:queue: ${bad.length} kind(s) with wrong results or request counts, ${badStops.length} stop case(s) failed`);
			process.exitCode = 1;
		}
	} catch (e) {
		if (interrupted) await new Promise(() => {}); // the signal handler exits once cleaned up
		if (clusterRef) console.error(`n8n output:\n${clusterRef.outputTail(40)}`);
		throw e;
	} finally {
		await cleanup();
	}
}

main().then(
	() => process.exit(process.exitCode ?? 0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
