'use strict';
// Long-running n8n processes (`n8n start`, `n8n worker`) in process groups of their own: n8n may
// start task-runner children, and the whole group must go, also when the runner is interrupted.
const http = require('http');
const net = require('net');
const { spawn } = require('child_process');

const live = new Set();

// Synchronous on purpose: runs from process 'exit' (e.g. after Ctrl-C), where nothing async happens.
function killLiveGroups() {
	for (const child of live) {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {
			// already gone
		}
	}
	live.clear();
}
process.once('exit', killLiveGroups);

/** Spawns a detached group; its output goes to `keep(chunk)`. */
function spawnGroup(command, args, { env, keep }) {
	const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.on('data', keep);
	child.stderr.on('data', keep);
	live.add(child);
	child.once('exit', () => live.delete(child));
	return child;
}

/** Stops one process: `signal`, then SIGKILL after `graceMs`. Resolves when it has exited. */
function stopProcess(child, { signal = 'SIGTERM', graceMs = 5000 } = {}) {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
		const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		child.kill(signal);
	});
}

// SIGTERM to the group (n8n shuts down gracefully, finishing running executions), SIGKILL if it hangs.
function stopGroup(child, graceMs = 20000) {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
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
			live.delete(child);
			resolve();
		});
		signal('SIGTERM');
	});
}

function answers200(url) {
	return new Promise((resolve) => {
		const req = http.get(url, (res) => {
			res.resume();
			resolve(res.statusCode === 200);
		});
		req.on('error', () => resolve(false));
		req.setTimeout(2000, () => req.destroy());
	});
}

/** Resolves once `url` answers 200; rejects (with `child` attached) if the child exits or time runs out. */
async function waitUntilHealthy(child, url, what, timeoutMs = 120000) {
	const until = Date.now() + timeoutMs;
	while (!(await answers200(url))) {
		if (child.exitCode !== null) throw Object.assign(new Error(`${what} exited early (code ${child.exitCode})`), { child });
		if (Date.now() > until) throw Object.assign(new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`), { child });
		await new Promise((r) => setTimeout(r, 250));
	}
}

/** A port nothing listens on right now, on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

module.exports = { spawnGroup, stopGroup, stopProcess, waitUntilHealthy, killLiveGroups, freePort };
