'use strict';
// Everything about one n8n "user folder": linking this package into it, the environment n8n runs
// with, and running n8n CLI commands in it. Shared by test/e2e, scripts/start.js and the screenshot.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');
const { runtimeEnv } = require('../n8n-runtime');
const { stopProcess } = require('./process-group');

const PACKAGE_NAME = 'n8n-nodes-fivetran';
const REPO_DIR = path.resolve(__dirname, '..', '..');

// n8n loads community packages from <user folder>/.n8n/nodes/node_modules, listed in the
// package.json beside it. linkPackage installs there the tarball `npm publish` would upload, in the
// steps n8n's community-package installer takes (1.123.x and 2.40.7 alike): it `npm pack`s
// name@version from the registry into the nodes folder, extracts it into node_modules/<name>, drops
// devDependencies, peerDependencies and optionalDependencies from its package.json, runs
// `npm install --audit=false --fund=false --bin-links=false --install-strategy=shallow
// --ignore-scripts=true --package-lock=false` inside it, and records the version in the nodes
// folder's package.json. With the peer dependency gone, `require('n8n-workflow')` finds the copy of
// the n8n that runs it, exactly as for a user, not this repo's dev copy.
const N8N_INSTALL_FLAGS = [
	'--audit=false',
	'--fund=false',
	'--bin-links=false',
	'--install-strategy=shallow',
	'--ignore-scripts=true',
	'--package-lock=false',
];

let packed; // { file, version }: one `npm pack` per process, reused for every user folder

/** Packs dist/ (built beforehand) once per process; the .tgz is removed when the process exits. */
function packOnce() {
	if (packed && fs.existsSync(packed.file)) return packed;
	if (!fs.existsSync(path.join(REPO_DIR, 'dist', 'nodes'))) {
		throw new Error('dist/ is missing: run `npm run build` before installing the package into n8n');
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-pack-'));
	process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
	const out = npm(['pack', '--json', '--ignore-scripts', `--pack-destination=${dir}`], REPO_DIR);
	const [info] = JSON.parse(out.slice(out.indexOf('[')));
	packed = { file: path.join(dir, info.filename), version: info.version };
	return packed;
}

function npm(args, cwd) {
	const r = spawnSync('npm', args, { cwd, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed in ${cwd}:\n${r.stderr}`);
	return r.stdout;
}

/** Installs this package's npm tarball into the user folder as n8n's community-package installer does. */
function linkPackage(userFolder) {
	const { file, version } = packOnce();
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(target, { recursive: true, force: true });
	fs.mkdirSync(target, { recursive: true });
	const tar = spawnSync('tar', ['-xzf', file, '-C', target, '--strip-components=1'], { encoding: 'utf8' });
	if (tar.status !== 0) throw new Error(`tar could not extract ${file}: ${tar.stderr}`);

	const manifestFile = path.join(target, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
		fs.readFileSync(manifestFile, 'utf8'),
	);
	fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
	// n8n's `npm install` fetches the package's own dependencies. It has none (n8n's rules for
	// verified nodes), which makes that step a no-op costing ~1.5 s per folder: run it only if some appear.
	if (Object.keys(manifest.dependencies ?? {}).length > 0) npm(['install', ...N8N_INSTALL_FLAGS], target);

	fs.writeFileSync(
		path.join(nodesDir, 'package.json'),
		JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: version } }, null, 2),
	);
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
