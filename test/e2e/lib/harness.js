'use strict';
// One throw-away n8n user folder per target: the package linked in, credentials and workflows
// imported once (each n8n CLI call costs seconds), then `n8n execute` per case.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { linkPackage, n8nEnv, runN8n } = require('../../../scripts/lib/n8n-home');
const { makeResult } = require('./run-result');
const { freePort } = require('../../../scripts/lib/process-group');

const WORKFLOW_DIR = path.join(__dirname, '..', 'workflows');
const liveFolders = new Set(); // removed by dispose(), or by disposeAll() on Ctrl-C

// n8n ids are 16 alphanumeric characters; derive a stable one from the workflow file name.
function workflowId(name) {
	return `e2e${crypto.createHash('sha1').update(name).digest('hex').slice(0, 13)}`;
}

// Workflow files may hold @@NAME@@ placeholders (e.g. @@SANDBOX_URL@@), filled in from `vars`.
function renderWorkflow(name, vars) {
	let text = fs.readFileSync(path.join(WORKFLOW_DIR, `${name}.json`), 'utf8');
	text = text.replace(/@@([A-Z0-9_]+)@@/g, (m, key) => {
		if (!(key in vars)) throw new Error(`workflow ${name}: no value for placeholder ${m}`);
		return JSON.stringify(String(vars[key])).slice(1, -1);
	});
	const wf = JSON.parse(text);
	return { ...wf, id: workflowId(name), name: `e2e: ${name}`, active: false };
}

async function runOrThrow(runtime, env, args, what) {
	const r = await runN8n(runtime, env, args);
	if (r.code !== 0) {
		const tail = `${r.stdout}\n${r.stderr}`.split('\n').filter(Boolean).slice(-20).join('\n');
		throw new Error(`${what} failed (exit ${r.code}):\n${tail}`);
	}
	return r;
}

async function createHarness({ runtime, credentials, workflows, vars }) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-e2e-'));
	linkPackage(folder);
	const env = n8nEnv(runtime, folder, {
		// A fixed key: n8n encrypts the imported credentials with it and must decrypt them later.
		N8N_ENCRYPTION_KEY: 'e2e-only-encryption-key-not-a-secret',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		// `n8n execute` prints a failed run's JSON at info level; we need it to assert on errors.
		N8N_LOG_LEVEL: 'info',
	});
	liveFolders.add(folder);
	const dispose = () => {
		fs.rmSync(folder, { recursive: true, force: true });
		liveFolders.delete(folder);
	};
	try {
		const credFile = path.join(folder, 'credentials.json');
		fs.writeFileSync(credFile, JSON.stringify(credentials));
		const credRun = await runOrThrow(runtime, env, ['import:credentials', `--input=${credFile}`], 'n8n import:credentials');
		fs.rmSync(credFile); // plain-text copy no longer needed once n8n has encrypted it

		const wfFile = path.join(folder, 'workflows.json');
		fs.writeFileSync(wfFile, JSON.stringify(workflows.map((name) => renderWorkflow(name, vars))));
		const wfRun = await runOrThrow(runtime, env, ['import:workflow', `--input=${wfFile}`], 'n8n import:workflow');
		return {
			folder,
			importMs: credRun.ms + wfRun.ms,
			async execute(name) {
				const proc = await runN8n(runtime, env, ['execute', `--id=${workflowId(name)}`, '--rawOutput'], { timeoutMs: 180000 });
				return makeResult(proc);
			},
			dispose,
		};
	} catch (e) {
		dispose();
		throw e;
	}
}

function disposeAll() {
	for (const folder of liveFolders) fs.rmSync(folder, { recursive: true, force: true });
	liveFolders.clear();
}

module.exports = { createHarness, disposeAll, renderWorkflow, workflowId, freePort };
