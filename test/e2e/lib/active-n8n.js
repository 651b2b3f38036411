'use strict';
// n8n as users run it: `n8n start` with active workflows, in a throw-away user folder of its own.
// `n8n execute` never polls, so trigger cases need this. n8n runs in its own process group (it may
// start task-runner children) and the whole group is stopped, also when the runner is interrupted.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { linkPackage, n8nEnv } = require('../../../scripts/lib/n8n-home');
const { importAndActivate, tail } = require('../../../scripts/lib/n8n-import');
const { freePort } = require('./harness');
const { spawnGroup, stopGroup, waitUntilHealthy } = require('../../../scripts/lib/process-group');

const OUTPUT_KEPT = 256 * 1024; // enough for n8n's startup and activation lines
const liveFolders = new Set(); // removed on process exit if a case could not (the groups are killed by process-group)
process.once('exit', () => {
	for (const folder of liveFolders) fs.rmSync(folder, { recursive: true, force: true });
});

// Spawns `n8n start` in a process group of its own and resolves once /healthz answers.
async function spawnN8n(runtime, env, url, keep) {
	const child = spawnGroup(runtime.nodeBin, [runtime.n8nBin, 'start'], { env, keep });
	await waitUntilHealthy(child, `${url}/healthz`, 'n8n start');
	return child;
}

/**
 * Imports credentials and workflows (each with an `id`), activates the workflows and starts n8n.
 * Resolves once n8n answers /healthz; `stop()` must be called (in a finally). `restart(whileStopped)`
 * stops n8n gracefully, runs `whileStopped()`, and starts it again on the same user folder and
 * ports (the database, and with it the saved static data, survives). `env` adds settings;
 * `activate` (ids) activates only those workflows (default: all).
 */
async function startActiveN8n({ runtime, credentials, workflows, activate, env: extraEnv = {} }) {
	const started = Date.now();
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-e2e-live-'));
	let child = null;
	let output = '';
	const keep = (chunk) => {
		output = (output + chunk).slice(-OUTPUT_KEPT);
	};
	liveFolders.add(folder);
	const stopProcess = async () => {
		if (!child) return;
		await stopGroup(child);
		child = null;
	};
	const stop = async () => {
		await stopProcess();
		fs.rmSync(folder, { recursive: true, force: true });
		liveFolders.delete(folder);
	};
	const launch = async (env, url) => {
		try {
			child = await spawnN8n(runtime, env, url, keep);
		} catch (e) {
			child = e.child ?? null;
			throw new Error(`${e.message}:\n${tail(output)}`);
		}
	};
	try {
		linkPackage(folder);
		const port = await freePort();
		const env = n8nEnv(runtime, folder, {
			N8N_ENCRYPTION_KEY: 'e2e-only-encryption-key-not-a-secret',
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_LOG_LEVEL: 'info', // activation errors are logged at info/error level
			// What webhook triggers register (n8n's default says "localhost", which may resolve to ::1).
			WEBHOOK_URL: `http://127.0.0.1:${port}/`,
			...extraEnv,
		});
		await importAndActivate(runtime, env, folder, { credentials, workflows, activate });
		const preparedMs = Date.now() - started;

		const url = `http://127.0.0.1:${port}`;
		await launch(env, url);
		return {
			url,
			folder,
			preparedMs, // imports and activation (CLI calls)
			startMs: Date.now() - started - preparedMs, // `n8n start` until /healthz answers
			output: () => output,
			pid: () => child?.pid, // n8n's main process (bench: its memory)
			outputTail: (lines) => tail(output, lines),
			async restart(whileStopped = async () => {}) {
				await stopProcess();
				await whileStopped();
				keep('\n--- n8n restarted by the e2e case ---\n');
				await launch(env, url);
			},
			stop,
		};
	} catch (e) {
		await stop();
		throw e;
	}
}

/** Adds n8n's last output lines to a case's error, so a failure shows what n8n said. */
function withN8nOutput(error, n8n) {
	if (n8n) error.message += `\n    n8n output (last lines):\n      ${n8n.outputTail(25).replace(/\n/g, '\n      ')}`;
	return error;
}

module.exports = { startActiveN8n, withN8nOutput };
