#!/usr/bin/env node
'use strict';
// `npm run test:browser`: n8n's editor in headless Chromium (Debian's package, driven over CDP),
// clicking through what a user does with this package. Each step is timed and bounded; the first
// failing step fails the run and leaves a screenshot of the browser in a temporary folder.
//   BROWSER_TEST_SKIP_BUILD=1 to reuse dist/; CHROMIUM=/path for another Chromium.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { hasWebSocketOrRerun } = require('../../scripts/lib/node24');
const { ensureRuntime } = require('../../scripts/n8n-runtime');
const { ensureChromium } = require('../../scripts/lib/chromium');
const { REPO_DIR } = require('../../scripts/lib/n8n-home');
const { currentWaits } = require('../../scripts/lib/cdp');
const { STEP_WAIT_MS } = require('./page');

const STEPS = [
	...require('./steps/setup').steps,
	...require('./steps/nodesPanel').steps,
	...require('./steps/connectorGet').steps,
	...require('./steps/syncWait').steps,
	...require('./steps/credentialTest').steps,
	...require('./steps/example').steps,
];

const say = (msg) => console.log(`[browser] ${msg}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function withTimeout(promise, ms) {
	let timer;
	const limit = new Promise((_, reject) => {
		timer = setTimeout(() => {
			const waits = currentWaits();
			reject(new Error(`took longer than ${seconds(ms)}${waits.length ? `, waiting for ${waits.join(', ')}` : ''}`));
		}, ms);
	});
	return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

// What the browser showed when a step failed, kept after the run (everything else is removed).
async function keepScreenshot(ctx, index, name) {
	if (!ctx.page) return;
	try {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fivetran-browser-test-'));
		const file = path.join(dir, `step-${index + 1}-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
		await withTimeout(ctx.page.screenshot(file), 10000);
		say(`the browser showed this when the step failed: ${file}`);
		say(`page: ${await withTimeout(ctx.page.evaluate('location.href'), 5000)}`);
	} catch (e) {
		say(`no screenshot: ${e.message}`);
	}
}

let cleaning = null;
function cleanUp(ctx) {
	cleaning ??= (async () => {
		for (const page of ctx.pages ?? []) page.close();
		if (ctx.browser) await ctx.browser.close();
		if (ctx.editor) await ctx.editor.stop();
		if (ctx.sandbox) await ctx.sandbox.close();
	})();
	return cleaning;
}

function build() {
	if (process.env.BROWSER_TEST_SKIP_BUILD === '1') return;
	const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_DIR, stdio: 'inherit' });
	if (r.status !== 0) throw new Error('npm run build failed');
}

async function main() {
	const started = Date.now();
	const ctx = { chromium: ensureChromium(say), runtime: ensureRuntime('2.40.7') };
	build();
	for (const signal of ['SIGINT', 'SIGTERM']) {
		process.once(signal, () => {
			say(`${signal}: stopping Chromium, n8n and the sandbox`);
			cleanUp(ctx).finally(() => process.exit(130));
		});
	}
	const stepsStarted = Date.now();
	let failed = false;
	try {
		for (const [index, step] of STEPS.entries()) {
			const stepStarted = Date.now();
			const label = `${index + 1}/${STEPS.length} ${step.name}`;
			try {
				const detail = await withTimeout(step.run(ctx), step.timeoutMs ?? STEP_WAIT_MS);
				say(`ok   ${label} (${seconds(Date.now() - stepStarted)})${detail ? `\n       ${detail}` : ''}`);
			} catch (e) {
				failed = true;
				say(`FAIL ${label} (${seconds(Date.now() - stepStarted)})\n       ${e.message}`);
				await keepScreenshot(ctx, index, step.name);
				break;
			}
		}
	} finally {
		await cleanUp(ctx);
	}
	const summary = `steps ${seconds(Date.now() - stepsStarted)}, total ${seconds(Date.now() - started)} with setup and cleanup`;
	if (failed) {
		say(`failed (${summary})`);
		process.exitCode = 1;
	} else {
		say(`all ${STEPS.length} steps passed (${summary})`);
	}
}

if (hasWebSocketOrRerun(__filename)) {
	main().catch((e) => {
		console.error(`[browser] ${e.message}`);
		process.exit(1);
	});
}
