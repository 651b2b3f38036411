#!/usr/bin/env node
'use strict';
// End-to-end tests: real n8n (each target version) runs workflows with the built package against
// the local Fivetran sandbox. Usage: npm run test:e2e
//   E2E_TARGETS=2.40.7          only these n8n targets (comma separated; default 2.40.7,1.123.x)
//   E2E_ONLY=delete             only cases whose name or workflow contains this text
//   E2E_SKIP_BUILD=1            use the existing dist/ (default: npm run build first)
//   --queue (npm run test:queue) n8n's queue mode: Redis + Postgres, one main and two workers
//                                (lib/queue-mode.js); target 2.40.7, plus the cases in queue-cases/
// Cases live in test/e2e/cases/*.js, workflows in test/e2e/workflows/; see test/e2e/README.md.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { ensureRuntime, ensureRuntimes, TARGETS } = require('../../scripts/n8n-runtime');
const { killAllChildren } = require('../../scripts/lib/n8n-home');
const { createHarness, disposeAll } = require('./lib/harness');
const { describeResult } = require('./lib/run-result');
const { createCaseContext, resetSandbox, SANDBOX_DEFAULTS } = require('./lib/case-context');
const queueMode = require('./lib/queue-mode');
const { WEBHOOK_SIGNING_SECRET } = require('./lib/webhook-secret');

const QUEUE = process.argv.includes('--queue');

const REPO = path.resolve(__dirname, '..', '..');
const SANDBOX_KEY = 'sandbox-key';
const SANDBOX_SECRET = 'sandbox-secret';

function casesIn(folder) {
	const dir = path.join(__dirname, folder);
	return fs.readdirSync(dir).filter((f) => f.endsWith('.js')).sort()
		.flatMap((f) => require(path.join(dir, f)).map((c) => ({ ...c, file: f })));
}

function loadCases() {
	const cases = [...casesIn('cases'), ...(QUEUE ? casesIn('queue-cases') : [])];
	const only = process.env.E2E_ONLY;
	return only ? cases.filter((c) => `${c.name} ${c.workflow || ''}`.includes(only)) : cases;
}

function credentialsFor(baseUrl) {
	const good = { apiKey: SANDBOX_KEY, apiSecret: SANDBOX_SECRET, baseUrl, safetyLevel: 'full' };
	const data = {
		good,
		wrongSecret: { ...good, apiSecret: 'not-the-sandbox-secret' },
		readOnly: { ...good, safetyLevel: 'readOnly' },
	};
	const records = [
		{ id: 'e2eFivetranCred1', name: 'Fivetran (e2e)', type: 'fivetranApi', data: data.good },
		{ id: 'e2eFivetranBad01', name: 'Fivetran (e2e, wrong secret)', type: 'fivetranApi', data: data.wrongSecret },
		{ id: 'e2eFivetranRead1', name: 'Fivetran (e2e, read only)', type: 'fivetranApi', data: data.readOnly },
		// The credential the examples/ workflows reference (the one `npm start` creates), so they run unchanged.
		{ id: 'fivetranSandbox1', name: 'Fivetran (sandbox)', type: 'fivetranApi', data: data.good },
		// Webhook Create / Update sign with a secret kept in a credential of its own, never a parameter.
		{ id: 'e2eWebhookSecret', name: 'Fivetran webhook signing (e2e)', type: 'fivetranWebhookSecretApi', data: { secret: WEBHOOK_SIGNING_SECRET } },
	];
	return { data, records };
}

function build() {
	if (process.env.E2E_SKIP_BUILD === '1') return;
	const started = Date.now();
	const r = spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: ['ignore', 'inherit', 'inherit'] });
	if (r.status !== 0) throw new Error('npm run build failed');
	console.log(`build: ${Date.now() - started} ms`);
}

async function runCase(c, harness, ctx) {
	const started = Date.now();
	let where;
	try {
		await resetSandbox(ctx.sandbox, c.sandbox);
		ctx.startCase();
		if (c.before) await c.before(ctx);
		if (c.run) {
			await c.run(ctx);
		} else {
			const r = await harness.execute(c.workflow);
			where = r.worker ? `execution ${r.executionId} on ${r.worker}` : undefined;
			try {
				await c.expect(r, ctx);
			} catch (e) {
				e.details = describeResult(r);
				throw e;
			}
		}
		return { ok: true, ms: Date.now() - started, where };
	} catch (e) {
		return { ok: false, ms: Date.now() - started, error: e, where };
	}
}

// The assertion message, where in the case file it failed, and what n8n reported.
function explainFailure(e) {
	const where = String(e.stack || '').split('\n').find((l) => l.includes(`${path.sep}cases${path.sep}`));
	return [`    ${e.message}`.replace(/\n/g, '\n    '), where && `    ${where.trim()}`, e.details && `    ${e.details}`]
		.filter(Boolean).join('\n');
}

async function runTarget(target, cases, sandbox, creds, queue) {
	const runtime = ensureRuntime(target);
	// `workflow`: the case runs it; `uses`: workflows a `run` case starts itself.
	const workflows = [...new Set(cases.flatMap((c) => [c.workflow, ...(c.uses ?? [])]).filter(Boolean))];
	const vars = { SANDBOX_BASE_URL: sandbox.baseUrl, SANDBOX_URL: sandbox.url };
	const setup = { runtime, credentials: creds.records, workflows, vars };
	const harness = queue ? await queue.createHarness(setup) : await createHarness(setup);
	const label = queue ? `${target}, queue mode` : target;
	const results = [];
	try {
		console.log(`n8n ${runtime.version}: imported ${workflows.length} workflows in ${harness.importMs} ms`);
		const ctx = createCaseContext({ sandbox, credentialData: creds.data, target, runtime, queue, harness: queue ? harness : undefined });
		for (const c of cases) {
			if (c.targets && !c.targets.includes(target)) continue;
			if (c.modes && !c.modes.includes(QUEUE ? 'queue' : 'single')) continue;
			const res = await runCase(c, harness, ctx);
			results.push(res);
			console.log(`${res.ok ? 'PASS' : 'FAIL'} [${label}] ${c.name} (${res.ms} ms)${res.where ? `, ${res.where}` : ''}`);
			if (!res.ok) console.log(explainFailure(res.error));
		}
		if (queue) console.log(queue.describeWorkers(harness));
	} finally {
		await harness.dispose();
	}
	return results;
}

async function main() {
	const targets = (process.env.E2E_TARGETS || (QUEUE ? queueMode.TARGET : TARGETS.join(','))).split(',').map((t) => t.trim()).filter(Boolean);
	const cases = loadCases();
	await ensureRuntimes(targets); // first run on a machine: installs n8n (minutes), then cached
	build();
	const { startSandbox } = require('../../sandbox');
	const sandbox = await startSandbox({ port: 0, ...SANDBOX_DEFAULTS, quiet: true });
	const creds = credentialsFor(sandbox.baseUrl);
	let passed = 0;
	let failed = 0;
	const queue = QUEUE ? await queueMode.start() : null;
	try {
		for (const target of targets) {
			const started = Date.now();
			const results = await runTarget(target, cases, sandbox, creds, queue);
			passed += results.filter((r) => r.ok).length;
			failed += results.filter((r) => !r.ok).length;
			console.log(`n8n target ${target}: ${results.length} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		}
	} finally {
		await queue?.stop();
		await sandbox.close();
	}
	console.log(`e2e: ${passed} passed, ${failed} failed`);
	return failed === 0 && passed > 0;
}

function onSignal(sig) {
	killAllChildren();
	disposeAll();
	console.error(`e2e: interrupted by ${sig}`);
	process.exit(130);
}
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);

main().then(
	(ok) => process.exit(ok ? 0 : 1),
	(e) => {
		killAllChildren();
		disposeAll();
		console.error(`e2e: ${e.stack || e}`);
		console.log('e2e: 0 passed, 1 failed');
		process.exit(1);
	},
);
