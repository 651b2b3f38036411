'use strict';
// Everything about one n8n "user folder": linking this package into it, the environment n8n runs
// with, and running n8n CLI commands in it. Shared by test/e2e, scripts/start.js and the screenshot.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { runtimeEnv } = require('../n8n-runtime');
const { stopProcess } = require('./process-group');

const PACKAGE_NAME = 'n8n-nodes-fivetran';
const REPO_DIR = path.resolve(__dirname, '..', '..');

// n8n loads community packages from <user folder>/.n8n/nodes/node_modules, listed in the
// package.json beside it; a symlink to the repo makes it load our dist/ under the real type names.
/**
 * Installs the built package into the user folder the way n8n's community-package installer leaves
 * it: package.json and dist/ only, no node_modules of its own. So `require('n8n-workflow')` finds
 * the copy of the n8n that runs it (1.x or 2.x), exactly as for a user, not this repo's dev copy.
 */
function linkPackage(userFolder) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(path.join(nodesDir, 'node_modules'), { recursive: true });
	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: '*' } }, null, 2),
	);
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	for (const entry of ['package.json', 'dist', 'README.md', 'LICENSE']) {
		const source = path.join(REPO_DIR, entry);
		if (fs.existsSync(source)) fs.cpSync(source, path.join(target, entry), { recursive: true });
	}
}

// Quiet, offline-friendly n8n: no telemetry, no version checks, no templates from the internet.
function n8nEnv(runtime, userFolder, extra = {}) {
	// 2.x refreshes an MCP server list from api.n8n.io in the background; 1.x has no such module
	// (and rejects unknown module names), so only 2.x gets it switched off.
	const offline2x = runtime.version.startsWith('1.') ? {} : { N8N_DISABLED_MODULES: 'mcp-registry' };
	return runtimeEnv(runtime, {
		...offline2x,
		N8N_DYNAMIC_BANNERS_ENABLED: 'false',
		N8N_AI_ENABLED: 'false',
		N8N_USER_FOLDER: userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_RUNNERS_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		N8N_LOG_LEVEL: 'warn',
		DB_SQLITE_POOL_SIZE: '2',
		...extra,
	});
}

const children = new Set();
const outputDirs = new Set(); // temp stdout files of running commands, removed on kill too

// Runs `n8n <args>` and resolves with its output; never rejects on a non-zero exit (callers decide).
// stdout goes through a temporary file, not a pipe: n8n ends with process.exit(), which drops what a
// pipe has not taken yet, so a large `execute --rawOutput` (tens of MB) would arrive cut off.
function runN8n(runtime, env, args, { timeoutMs = 120000 } = {}) {
	const started = Date.now();
	const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-stdout-'));
	const outFile = path.join(outDir, 'stdout.txt');
	const outFd = fs.openSync(outFile, 'w');
	outputDirs.add(outDir);
	return new Promise((resolve) => {
		const child = spawn(runtime.nodeBin, [runtime.n8nBin, ...args], { env, stdio: ['ignore', outFd, 'pipe'] });
		fs.closeSync(outFd); // the child has its own copy
		children.add(child);
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		const timer = setTimeout(() => {
			stderr += `\n[timed out after ${timeoutMs} ms]`;
			child.kill('SIGKILL');
		}, timeoutMs);
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			children.delete(child);
			const stdout = fs.readFileSync(outFile, 'utf8');
			fs.rmSync(outDir, { recursive: true, force: true });
			outputDirs.delete(outDir);
			resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
		});
	});
}

// Long-running `n8n start`; the caller keeps the child and stops it with stopChild().
function startN8n(runtime, env, args = ['start'], stdio = 'inherit') {
	const child = spawn(runtime.nodeBin, [runtime.n8nBin, ...args], { env, stdio });
	children.add(child);
	child.on('exit', () => children.delete(child));
	return child;
}

function stopChild(child, graceMs = 5000) {
	return stopProcess(child, { graceMs });
}

function killAllChildren() {
	for (const c of children) c.kill('SIGKILL');
	for (const d of outputDirs) fs.rmSync(d, { recursive: true, force: true });
	outputDirs.clear();
}

module.exports = { PACKAGE_NAME, REPO_DIR, linkPackage, n8nEnv, runN8n, startN8n, stopChild, killAllChildren };
