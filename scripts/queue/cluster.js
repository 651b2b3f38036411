'use strict';
// n8n in queue mode as teams run it: one main (`n8n start`: editor, triggers, webhooks, the queue's
// producer) and workers (`n8n worker`) that run the executions, sharing Postgres and Redis. Every
// process has its own user folder with this package installed in its nodes folder: a worker without
// it fails executions with "Unrecognized node type". Same interface as the e2e's startActiveN8n
// (url, output, restart, stop), plus which worker ran which execution.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { linkPackage, n8nEnv } = require('../lib/n8n-home');
const { importAndActivate, tail } = require('../lib/n8n-import');
const { spawnGroup, stopGroup, waitUntilHealthy } = require('../lib/process-group');
const { freePort } = require('./services');

const OUTPUT_KEPT = 512 * 1024;
const STARTED_LINE = /Worker started execution (\d+)/g;

function outputBuffer() {
	let text = '';
	return {
		keep: (chunk) => (text = (text + chunk).slice(-OUTPUT_KEPT)),
		text: () => text,
	};
}

/** What every process of one cluster shares: database, queue, encryption key. */
function sharedEnv(services, database) {
	const pg = services.postgres;
	return {
		EXECUTIONS_MODE: 'queue',
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: pg.host,
		DB_POSTGRESDB_PORT: String(pg.port),
		DB_POSTGRESDB_DATABASE: database,
		DB_POSTGRESDB_USER: pg.user,
		DB_POSTGRESDB_PASSWORD: pg.password,
		QUEUE_BULL_REDIS_HOST: services.redis.host,
		QUEUE_BULL_REDIS_PORT: String(services.redis.port),
		// One Redis serves the clusters of a run one after another; each gets its own queue.
		QUEUE_BULL_PREFIX: `bull_${database}`,
		// Workers refuse to start without it; all processes must decrypt the same credentials.
		N8N_ENCRYPTION_KEY: 'queue-e2e-only-encryption-key-not-a-secret',
		N8N_LOG_LEVEL: 'info', // "Worker started execution N" tells which worker ran what
		N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '10',
	};
}

/**
 * Starts main + `workers` workers (each `--concurrency=concurrency`) on a new database. Credentials
 * and workflows are imported with the CLI first; `activate` lists the workflow ids to activate
 * (default: all). `stop()` must be called (in a finally). `restart(whileStopped)` restarts the main
 * only, as an upgrade or a crash would; the workers keep running.
 */
async function startQueueCluster({ runtime, services, credentials = [], workflows = [], activate, workers = 2, concurrency = 10, env: extraEnv = {} }) {
	const started = Date.now();
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-queue-cluster-'));
	const database = services.createDatabase(`n8n_${crypto.randomBytes(4).toString('hex')}`);
	const shared = { ...sharedEnv(services, database), ...extraEnv };
	const folderFor = (name) => {
		const folder = path.join(root, name);
		fs.mkdirSync(folder);
		linkPackage(folder);
		return folder;
	};
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const mainEnv = n8nEnv(runtime, folderFor('main'), {
		...shared,
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		WEBHOOK_URL: `${url}/`,
	});
	const main = { name: 'main', env: mainEnv, out: outputBuffer(), child: null, healthUrl: `${url}/healthz` };
	const workerList = [];
	for (let i = 1; i <= workers; i++) {
		const healthPort = await freePort();
		workerList.push({
			name: `worker-${i}`,
			args: ['worker', `--concurrency=${concurrency}`],
			env: n8nEnv(runtime, folderFor(`worker-${i}`), {
				...shared,
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
				QUEUE_HEALTH_CHECK_PORT: String(healthPort),
				N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			}),
			out: outputBuffer(),
			child: null,
			healthUrl: `http://127.0.0.1:${healthPort}/healthz`,
		});
	}
	const launch = async (proc, args = ['start']) => {
		proc.child = spawnGroup(runtime.nodeBin, [runtime.n8nBin, ...args], { env: proc.env, keep: proc.out.keep });
		try {
			await waitUntilHealthy(proc.child, proc.healthUrl, `n8n ${proc.name}`);
		} catch (e) {
			throw new Error(`${e.message}:\n${tail(proc.out.text())}`);
		}
	};
	const all = () => [main, ...workerList];
	const stop = async () => {
		await Promise.all(all().map(async (p) => await stopGroup(p.child)));
		fs.rmSync(root, { recursive: true, force: true });
	};
	try {
		await importAndActivate(runtime, mainEnv, root, { credentials, workflows, activate });
		const preparedMs = Date.now() - started;
		await launch(main);
		await Promise.all(workerList.map(async (w) => await launch(w, w.args)));
		const startsOf = (worker) => [...worker.out.text().matchAll(STARTED_LINE)].map((m) => Number(m[1]));
		// Every worker that started the execution: more than one start means it was parked (n8n's
		// Wait) and resumed as a new job, on whichever worker was free.
		const workersOf = (executionId) => workerList.filter((w) => startsOf(w).includes(Number(executionId))).map((w) => w.name);
		const workerOf = (executionId) => workersOf(executionId)[0] ?? null;
		return {
			url,
			database,
			preparedMs,
			startMs: Date.now() - started - preparedMs,
			workers: workerList.map((w) => w.name),
			output: () => main.out.text(),
			outputTail: (lines = 25) => all().map((p) => `[${p.name}]\n${tail(p.out.text(), lines)}`).join('\n'),
			workerOutput: (name) => workerList.find((w) => w.name === name)?.out.text() ?? '',
			workerOf,
			workersOf,
			/** How many times workers started the execution (1 + the number of resumes after a Wait). */
			startCount: (executionId) => workerList.reduce((n, w) => n + startsOf(w).filter((id) => id === Number(executionId)).length, 0),
			/** Execution ids each worker started, from the workers' own log lines. */
			executionsPerWorker: () => Object.fromEntries(workerList.map((w) => [w.name, startsOf(w)])),
			/** Process ids (group leaders) by process name, for memory figures. */
			pids: () => Object.fromEntries(all().map((p) => [p.name, p.child?.pid])),
			async restart(whileStopped = async () => {}) {
				await stopGroup(main.child);
				await whileStopped();
				main.out.keep('\n--- main restarted by the caller ---\n');
				await launch(main);
			},
			stop,
		};
	} catch (e) {
		await stop();
		throw e;
	}
}

module.exports = { startQueueCluster };
