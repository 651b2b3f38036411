'use strict';
// n8n as users run it: `n8n start` with active workflows, in a throw-away user folder of its own.
// `n8n execute` never polls, so trigger cases need this. n8n runs in its own process group (it may
// start task-runner children) and the whole group is stopped, also when the runner is interrupted.
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { spawn } = require('child_process');
const { linkPackage, n8nEnv, runN8n } = require('../../../scripts/lib/n8n-home');
const { freePort } = require('./harness');

const OUTPUT_KEPT = 256 * 1024; // enough for n8n's startup and activation lines
const live = new Map(); // pid -> user folder, cleaned up on process exit if a case could not

// Synchronous on purpose: runs from process 'exit' (e.g. after Ctrl-C), where nothing async happens.
function killLive() {
	for (const [pid, folder] of live) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {
			// already gone
		}
		fs.rmSync(folder, { recursive: true, force: true });
	}
	live.clear();
}
process.once('exit', killLive);

function tail(text, lines = 30) {
	return text.split('\n').filter((l) => l.trim()).slice(-lines).join('\n');
}

async function cli(runtime, env, args) {
	const r = await runN8n(runtime, env, args);
	if (r.code !== 0) throw new Error(`n8n ${args[0]} failed (exit ${r.code}):\n${tail(`${r.stdout}\n${r.stderr}`, 20)}`);
	return r;
}

function healthy(url) {
	return new Promise((resolve) => {
		const req = http.get(`${url}/healthz`, (res) => {
			res.resume();
			resolve(res.statusCode === 200);
		});
		req.on('error', () => resolve(false));
		req.setTimeout(2000, () => req.destroy());
	});
}

// 1.x: `update:workflow --active=true`; 2.x publishes the current version instead.
function activateArgs(runtime, id) {
	return runtime.version.startsWith('1.')
		? ['update:workflow', `--id=${id}`, '--active=true']
		: ['publish:workflow', `--id=${id}`];
}

// Spawns `n8n start` in a process group of its own and resolves once /healthz answers.
async function spawnN8n(runtime, env, url, keep) {
	const child = spawn(runtime.nodeBin, [runtime.n8nBin, 'start'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	const until = Date.now() + 120000;
	while (!(await healthy(url))) {
		if (child.exitCode !== null) throw Object.assign(new Error(`n8n start exited early (code ${child.exitCode})`), { child });
		if (Date.now() > until) throw Object.assign(new Error(`n8n did not answer ${url}/healthz within 120 s`), { child });
		await new Promise((r) => setTimeout(r, 250));
	}
	return child;
}

/**
 * Imports credentials and workflows (each with an `id`), activates the workflows and starts n8n.
 * Resolves once n8n answers /healthz; `stop()` must be called (in a finally). `restart(whileStopped)`
 * stops n8n gracefully, runs `whileStopped()`, and starts it again on the same user folder and
 * ports (the database, and with it the saved static data, survives). `env` adds settings.
 */
async function startActiveN8n({ runtime, credentials, workflows, env: extraEnv = {} }) {
	const started = Date.now();
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-e2e-live-'));
	let child = null;
	let output = '';
	const keep = (chunk) => {
		output = (output + chunk).slice(-OUTPUT_KEPT);
	};
	const stopProcess = async () => {
		if (!child) return;
		await stopGroup(child);
		live.delete(child.pid);
		child = null;
	};
	const stop = async () => {
		await stopProcess();
		fs.rmSync(folder, { recursive: true, force: true });
	};
	const launch = async (env, url) => {
		try {
			child = await spawnN8n(runtime, env, url, keep);
		} catch (e) {
			child = e.child ?? null;
			throw new Error(`${e.message}:\n${tail(output)}`);
		} finally {
			if (child) live.set(child.pid, folder);
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
		const credFile = path.join(folder, 'credentials.json');
		fs.writeFileSync(credFile, JSON.stringify(credentials), { mode: 0o600 });
		await cli(runtime, env, ['import:credentials', `--input=${credFile}`]);
		fs.rmSync(credFile);
		const wfFile = path.join(folder, 'workflows.json');
		fs.writeFileSync(wfFile, JSON.stringify(workflows));
		await cli(runtime, env, ['import:workflow', `--input=${wfFile}`]);
		for (const wf of workflows) await cli(runtime, env, activateArgs(runtime, wf.id));
		const preparedMs = Date.now() - started;

		const url = `http://127.0.0.1:${port}`;
		await launch(env, url);
		return {
			url,
			folder,
			preparedMs, // imports and activation (CLI calls)
			startMs: Date.now() - started - preparedMs, // `n8n start` until /healthz answers
			output: () => output,
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

// SIGTERM to the group (n8n shuts down gracefully, finishing running executions), SIGKILL if it hangs.
function stopGroup(child, graceMs = 20000) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const signal = (sig) => {
			try {
				process.kill(-child.pid, sig);
			} catch {
				// group already gone
			}
		};
		const timer = setTimeout(() => signal('SIGKILL'), graceMs);
		child.once('exit', () => {
			clearTimeout(timer);
			signal('SIGKILL'); // leftovers of the group, if any
			resolve();
		});
		signal('SIGTERM');
	});
}

/** Adds n8n's last output lines to a case's error, so a failure shows what n8n said. */
function withN8nOutput(error, n8n) {
	if (n8n) error.message += `\n    n8n output (last lines):\n      ${n8n.outputTail(25).replace(/\n/g, '\n      ')}`;
	return error;
}

module.exports = { startActiveN8n, withN8nOutput };
