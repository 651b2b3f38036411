#!/usr/bin/env node
'use strict';
// Writes docs/fivetran-node.png: the Fivetran node's parameter panel (Connector > Sync) in a real
// n8n editor, rendered by headless Chromium. Local only: n8n, the sandbox and Chromium on 127.0.0.1.
//   SCREENSHOT_OUT=path.png to write elsewhere, SCREENSHOT_SKIP_BUILD=1 to reuse dist/.
// Needs Debian's chromium (/usr/bin/chromium); installs it with apt-get when run as root.
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { spawnSync } = require('child_process');
const { hasWebSocketOrRerun } = require('./lib/node24');
const { ensureRuntime } = require('./n8n-runtime');
const { REPO_DIR, runN8n } = require('./lib/n8n-home');
const { launchChromium, connectToPage, waitFor } = require('./lib/cdp');
const { ensureChromium } = require('./lib/chromium');
const { startEditorInstance } = require('./lib/editor-instance');

const FIXTURE = path.join(__dirname, 'fixtures', 'screenshot-workflow.json');
const say = (msg) => console.log(`[screenshot] ${msg}`);

// The fixture workflow and a credential for it, imported with n8n's CLI before n8n starts.
async function importFixture(runtime, env, folder, sandbox) {
	const credFile = path.join(folder, 'cred.json');
	fs.writeFileSync(credFile, JSON.stringify([{
		id: 'fivetranShotCred', name: 'Fivetran (sandbox)', type: 'fivetranApi',
		data: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl: sandbox.baseUrl, safetyLevel: 'full' },
	}]));
	for (const args of [['import:credentials', `--input=${credFile}`], ['import:workflow', `--input=${FIXTURE}`]]) {
		const r = await runN8n(runtime, env, args);
		if (r.code !== 0) throw new Error(`n8n ${args[0]} failed: ${r.stderr.slice(-1500)}`);
	}
}

// Signs up the owner from inside the browser: n8n ties its auth cookie to the editor's browser id
// (localStorage 'n8n-browserId', sent as the browser-id header), so both must come from the page.
async function setupOwner(page, base) {
	await page.send('Page.navigate', { url: `${base}/healthz` }); // any same-origin page will do
	await waitFor(() => page.evaluate(`location.href.startsWith(${JSON.stringify(base)}) && document.readyState === 'complete'`), { what: 'n8n page' });
	const browserId = crypto.randomUUID();
	const password = `Shot-${crypto.randomBytes(9).toString('base64url')}1`;
	const status = await page.evaluate(`(localStorage.setItem('n8n-browserId', ${JSON.stringify(browserId)}),
		fetch('/rest/owner/setup', {
			method: 'POST', credentials: 'include',
			headers: { 'Content-Type': 'application/json', 'browser-id': ${JSON.stringify(browserId)} },
			body: JSON.stringify({ email: 'owner@example.com', firstName: 'Demo', lastName: 'Owner', password: ${JSON.stringify(password)} }),
		}).then((r) => r.status))`);
	if (status !== 200) throw new Error(`owner setup answered HTTP ${status}`);
}

async function openNodePanel(page, base) {
	const wf = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
	const node = wf.nodes.find((n) => n.name === 'Fivetran');
	await page.send('Page.navigate', { url: `${base}/workflow/${wf.id}/${node.id}` });
	const panelOpen = "!!document.querySelector('[data-test-id=\"ndv\"], .ndv-wrapper, [data-test-id=\"node-parameters\"]')";
	try {
		await waitFor(() => page.evaluate(panelOpen), { what: 'the node panel (deep link)', timeoutMs: 20000 });
	} catch {
		// Older editors have no node deep link: double-click the node on the canvas instead.
		await page.evaluate(`(() => {
			const el = document.querySelector('[data-test-id="canvas-node"][data-node-name="Fivetran"], [data-name="Fivetran"]');
			if (el) el.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
		})()`);
		await waitFor(() => page.evaluate(panelOpen), { what: 'the node panel', timeoutMs: 20000 });
	}
	// Let fonts, icons and the resource locator settle.
	await new Promise((r) => setTimeout(r, 2500));
}

// What the browser showed when something went wrong, to see why without guessing.
async function saveFailureShot(port) {
	try {
		const page = await connectToPage(port);
		const { data } = await page.send('Page.captureScreenshot', { format: 'png' });
		const file = path.join(os.tmpdir(), 'fivetran-screenshot-failed.png');
		fs.writeFileSync(file, Buffer.from(data, 'base64'));
		say(`the browser showed this when it failed: ${file}`);
		page.close();
	} catch {
		// nothing more to show
	}
}

async function main() {
	const out = path.resolve(process.env.SCREENSHOT_OUT || path.join(REPO_DIR, 'docs', 'fivetran-node.png'));
	const chromium = ensureChromium(say);
	const runtime = ensureRuntime('2.40.7');
	if (process.env.SCREENSHOT_SKIP_BUILD !== '1') {
		const b = spawnSync('npm', ['run', 'build'], { cwd: REPO_DIR, stdio: 'inherit' });
		if (b.status !== 0) throw new Error('npm run build failed');
	}
	const { startSandbox } = require('../sandbox');
	const sandbox = await startSandbox({ port: 0, seed: 'demo', quiet: true });
	let editor = null;
	let browser = null;
	try {
		editor = await startEditorInstance(runtime, {
			folderPrefix: 'n8n-fivetran-shot-',
			prepare: (env, folder) => importFixture(runtime, env, folder, sandbox),
		});
		browser = await launchChromium(chromium, { width: 1600, height: 1000 });
		const page = await connectToPage(browser.port);
		await page.send('Page.enable');
		await page.send('Emulation.setDeviceMetricsOverride', { width: 1600, height: 1000, deviceScaleFactor: 1, mobile: false });
		await setupOwner(page, editor.base);
		await openNodePanel(page, editor.base);
		const { data } = await page.send('Page.captureScreenshot', { format: 'png' });
		fs.mkdirSync(path.dirname(out), { recursive: true });
		fs.writeFileSync(out, Buffer.from(data, 'base64'));
		page.close();
		say(`wrote ${path.relative(process.cwd(), out)}`);
	} catch (e) {
		if (browser) await saveFailureShot(browser.port);
		throw e;
	} finally {
		if (browser) await browser.close();
		if (editor) await editor.stop();
		await sandbox.close();
	}
}

if (hasWebSocketOrRerun(__filename)) {
	main().catch((e) => {
		console.error(`[screenshot] ${e.message}`);
		process.exit(1);
	});
}
