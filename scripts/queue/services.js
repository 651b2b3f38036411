'use strict';
// Redis and Postgres for n8n's queue mode, from Debian's packages: installed when missing, started
// on free loopback ports with their data in a throw-away folder, stopped (and the folder removed)
// by stop(). Nothing listens beyond 127.0.0.1 and nothing outlives the run.
const fs = require('fs');
const os = require('os');
const net = require('net');
const { freePort, spawnGroup, stopGroup } = require('../lib/process-group');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');

const PG_ROOT = '/usr/lib/postgresql';
const DB_USER = 'n8n';

function postgresBin() {
	if (!fs.existsSync(PG_ROOT)) return null;
	const versions = fs.readdirSync(PG_ROOT).filter((v) => fs.existsSync(path.join(PG_ROOT, v, 'bin', 'postgres')));
	versions.sort((a, b) => Number(b) - Number(a));
	return versions.length ? path.join(PG_ROOT, versions[0], 'bin') : null;
}

function redisBin() {
	const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : null;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** apt-get install of what is missing (sudo when not root). Debian's packages only. */
function ensurePackages() {
	const missing = [];
	if (!redisBin()) missing.push('redis-server');
	if (!postgresBin()) missing.push('postgresql');
	if (!missing.length) return;
	console.log(`queue services: installing ${missing.join(', ')} from Debian's packages`);
	const sudo = isRoot() ? [] : ['sudo'];
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const apt = (args) => spawnSync(sudo[0] || 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], { stdio: 'inherit', env });
	if (apt(['install', '-y', '--no-install-recommends', ...missing]).status !== 0) {
		apt(['update']);
		if (apt(['install', '-y', '--no-install-recommends', ...missing]).status !== 0)
			throw new Error(`could not install ${missing.join(', ')} with apt-get`);
	}
}

function canConnect(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		socket.once('connect', () => socket.end(() => resolve(true)));
		socket.once('error', () => resolve(false));
	});
}

async function waitForPort(port, child, what, timeoutMs = 30000) {
	const until = Date.now() + timeoutMs;
	while (!(await canConnect(port))) {
		if (child.exitCode !== null) throw new Error(`${what} exited early (code ${child.exitCode}): ${child.output().slice(-2000)}`);
		if (Date.now() > until) throw new Error(`${what} did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

// In a process group of its own, so that an interrupted run kills it (and, as root, runuser's child) too.
function spawnKept(command, args) {
	let output = '';
	const child = spawnGroup(command, args, { env: process.env, keep: (d) => (output = (output + d).slice(-64 * 1024)) });
	child.output = () => output;
	return child;
}

// Postgres refuses to run as root: as root, its commands run as the `postgres` user on a folder it owns.
function asPostgresUser(bin, args) {
	return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

async function startRedis(folder) {
	const port = await freePort();
	const dir = path.join(folder, 'redis');
	fs.mkdirSync(dir);
	const child = spawnKept(redisBin(), [
		'--bind', '127.0.0.1', '--port', String(port), '--dir', dir,
		'--save', '', '--appendonly', 'no', '--protected-mode', 'yes',
	]);
	await waitForPort(port, child, 'redis-server');
	return { host: '127.0.0.1', port, child };
}

async function startPostgres(folder) {
	const bin = postgresBin();
	const port = await freePort();
	const dataDir = path.join(folder, 'postgres');
	const password = crypto.randomBytes(18).toString('base64url');
	const pwFile = path.join(folder, 'pw');
	fs.writeFileSync(pwFile, password, { mode: 0o600 });
	if (isRoot()) spawnSync('chown', ['-R', 'postgres:postgres', folder]);
	const [initCmd, initArgs] = asPostgresUser(path.join(bin, 'initdb'), [
		'-D', dataDir, '-U', DB_USER, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '-E', 'UTF8', '--no-sync',
	]);
	const init = spawnSync(initCmd, initArgs, { encoding: 'utf8' });
	fs.rmSync(pwFile, { force: true });
	if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
	const [cmd, args] = asPostgresUser(path.join(bin, 'postgres'), [
		'-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${folder}`,
		'-c', 'fsync=off', '-c', 'max_connections=200',
	]);
	const child = spawnKept(cmd, args);
	await waitForPort(port, child, 'postgres');
	return { host: '127.0.0.1', port, user: DB_USER, password, bin, dataDir, child };
}

// pg_ctl's fast shutdown: signalling runuser (as root) does not reach the postmaster reliably.
async function stopPostgres(pg) {
	if (!pg) return;
	const [cmd, args] = asPostgresUser(path.join(pg.bin, 'pg_ctl'), ['stop', '-D', pg.dataDir, '-m', 'fast', '-w', '-t', '20']);
	spawnSync(cmd, args, { stdio: 'ignore' });
	await stopGroup(pg.child, 5000); // whatever is left of the group
}

/** Creates an empty database (each n8n cluster gets its own). */
function createDatabase(pg, name) {
	const r = spawnSync(path.join(pg.bin, 'createdb'), ['-h', pg.host, '-p', String(pg.port), '-U', pg.user, name], {
		env: { ...process.env, PGPASSWORD: pg.password },
		encoding: 'utf8',
	});
	if (r.status !== 0) throw new Error(`createdb ${name} failed: ${r.stderr}`);
	return name;
}

/** Starts Redis and Postgres; `stop()` must be called (in a finally). */
async function startQueueServices() {
	ensurePackages();
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-queue-'));
	fs.chmodSync(folder, 0o755);
	let redis;
	let postgres;
	const stop = async () => {
		await stopGroup(redis?.child, 10000);
		await stopPostgres(postgres);
		fs.rmSync(folder, { recursive: true, force: true });
	};
	try {
		redis = await startRedis(folder);
		postgres = await startPostgres(folder);
		return { redis, postgres, createDatabase: (name) => createDatabase(postgres, name), stop };
	} catch (e) {
		await stop();
		throw e;
	}
}

module.exports = { startQueueServices, ensurePackages, freePort };
