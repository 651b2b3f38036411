#!/usr/bin/env node
'use strict';
// `npm start`: a local playground. Real n8n 2.40.7 with this package, a credential pointing at the
// Fivetran sandbox (demo data) and the example workflows imported. Ctrl-C stops everything.
//   N8N_PORT (5678), FIVETRAN_SANDBOX_PORT (4010), START_SKIP_BUILD=1 to reuse dist/.
const fs = require('fs');
const crypto = require('crypto');
const http = require('http');
const path = require('path');
const { spawnSync } = require('child_process');
const { ensureRuntime, cacheRoot } = require('./n8n-runtime');
const { REPO_DIR, linkPackage, n8nEnv, runN8n, startN8n, stopChild } = require('./lib/n8n-home');
const { AGENT_SYNC_CREDENTIAL, agentCredentialData, builtAccessRows } = require('./lib/agent-credential');

const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SANDBOX_PORT = Number(process.env.FIVETRAN_SANDBOX_PORT || 4010);
const CREDENTIAL = { id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi' };
const READ_ONLY_CREDENTIAL = { id: 'fivetranReadOnly1', name: 'Fivetran (sandbox, read only)', type: 'fivetranApi' };
const MCP_CREDENTIAL = { id: 'mcpClientsBearer1', name: 'MCP clients (bearer token)', type: 'httpBearerAuth' };
const SANDBOX_KEY = 'sandbox-key';
const SANDBOX_SECRET = 'sandbox-secret'; // the sandbox's public demo value; still never printed

const say = (msg) => console.log(`[start] ${msg}`);

function build() {
	if (process.env.START_SKIP_BUILD === '1') return;
	const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_DIR, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('npm run build failed');
}

function get(url) {
	return new Promise((resolve) => {
		const req = http.get(url, (res) => {
			res.resume();
			resolve(res.statusCode);
		});
		req.on('error', () => resolve(0));
		req.setTimeout(2000, () => req.destroy());
	});
}

async function waitForHealth(url, child, timeoutMs = 120000) {
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (child.exitCode !== null) throw new Error(`n8n exited early (code ${child.exitCode})`);
		if ((await get(url)) === 200) return;
		await new Promise((r) => setTimeout(r, 500));
	}
	throw new Error(`n8n did not answer ${url} within ${timeoutMs / 1000} s`);
}

// The token MCP clients of examples/fivetran-mcp-server.json send: made once per playground and kept
// in a file only its owner can read (never printed).
function mcpToken(folder) {
	const file = path.join(folder, 'mcp-token.txt');
	if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
	return { file, token: fs.readFileSync(file, 'utf8').trim() };
}

// The examples reference these by id: the sandbox at Everything, the same read only (the MCP server's
// read tools), the MCP server's sync tool's (Read and Write, every other write denied), and the MCP
// clients' bearer token.
function playgroundCredentials(folder, baseUrl) {
	const data = { apiKey: SANDBOX_KEY, apiSecret: SANDBOX_SECRET, baseUrl, safetyLevel: 'full' };
	return [
		{ ...CREDENTIAL, data },
		{ ...READ_ONLY_CREDENTIAL, data: { ...data, safetyLevel: 'readOnly' } },
		{ ...AGENT_SYNC_CREDENTIAL, data: agentCredentialData(data, builtAccessRows()) },
		{ ...MCP_CREDENTIAL, data: { token: mcpToken(folder).token } },
	];
}

async function importPlayground(runtime, env, folder, baseUrl) {
	const credFile = path.join(folder, 'credential-import.json');
	fs.writeFileSync(credFile, JSON.stringify(playgroundCredentials(folder, baseUrl)), { mode: 0o600 });
	try {
		const r = await runN8n(runtime, env, ['import:credentials', `--input=${credFile}`]);
		if (r.code !== 0) throw new Error(`credential import failed:\n${r.stderr.slice(-2000)}`);
	} finally {
		fs.rmSync(credFile, { force: true });
	}
	const examplesDir = path.join(REPO_DIR, 'examples');
	const examples = fs.existsSync(examplesDir) ? fs.readdirSync(examplesDir).filter((f) => f.endsWith('.json')) : [];
	if (examples.length) {
		const r = await runN8n(runtime, env, ['import:workflow', '--separate', `--input=${examplesDir}`]);
		if (r.code !== 0) throw new Error(`example import failed:\n${r.stderr.slice(-2000)}`);
	}
	return examples;
}

async function main() {
	const started = Date.now();
	const runtime = ensureRuntime('2.40.7');
	build();
	const { startSandbox } = require('../sandbox');
	const sandbox = await startSandbox({ port: SANDBOX_PORT, seed: 'demo' });
	let n8n = null;
	let stopping = false;
	const stop = async (code) => {
		if (stopping) return;
		stopping = true;
		say('stopping n8n and the sandbox...');
		await stopChild(n8n, 10000);
		await sandbox.close();
		process.exit(code);
	};
	process.on('SIGINT', () => stop(0));
	process.on('SIGTERM', () => stop(0));
	try {
		const folder = path.join(cacheRoot(), 'playground');
		fs.mkdirSync(folder, { recursive: true });
		linkPackage(folder);
		const env = n8nEnv(runtime, folder, {
			N8N_PORT: String(N8N_PORT),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			// Where the sandbox delivers webhook events (n8n's default "localhost" may resolve to ::1).
			WEBHOOK_URL: process.env.WEBHOOK_URL || `http://127.0.0.1:${N8N_PORT}/`,
			N8N_RUNNERS_BROKER_PORT: String(N8N_PORT + 1),
			N8N_LOG_LEVEL: 'warn',
		});
		const examples = await importPlayground(runtime, env, folder, sandbox.baseUrl);
		n8n = startN8n(runtime, env);
		n8n.on('exit', (code) => {
			if (!stopping) {
				say(`n8n exited (code ${code})`);
				stop(code || 1);
			}
		});
		await waitForHealth(`http://127.0.0.1:${N8N_PORT}/healthz/readiness`, n8n);
		console.log([
			'',
			`n8n ${runtime.version} is running with n8n-nodes-fivetran (ready in ${((Date.now() - started) / 1000).toFixed(0)} s)`,
			`  Editor:     http://localhost:${N8N_PORT}  (first visit: n8n asks you to create a local owner account)`,
			`  Credential: "${CREDENTIAL.name}" (already set up; search the nodes panel for "Fivetran")`,
			`  Sandbox:    ${sandbox.baseUrl}  API key ${SANDBOX_KEY}  (demo data; reset: POST ${sandbox.url}/_sandbox/reset)`,
			`  Examples:   ${examples.length ? examples.join(', ') : 'none yet'}`,
			`  MCP server: http://127.0.0.1:${N8N_PORT}/mcp/fivetran once the MCP server example is active; bearer token in ${mcpToken(folder).file}`,
			`  Data:       ${folder}`,
			'Press Ctrl-C to stop.',
			'',
		].join('\n'));
	} catch (e) {
		console.error(`[start] ${e.message}`);
		await stop(1);
	}
}

main().catch((e) => {
	console.error(`[start] ${e.message}`);
	process.exit(1);
});
