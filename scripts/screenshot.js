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
const { ensureRuntime } = require('./n8n-runtime');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FIXTURE = path.join(__dirname, 'fixtures', 'screenshot-workflow.json');
const say = (msg) => console.log(`[screenshot] ${msg}`);

// CDP needs a WebSocket client; Node 20 has none built in, the cached Node 24 has. Re-run under it.
if (typeof WebSocket === 'undefined') {
	const runtime = ensureRuntime('2.40.7');
	const r = spawnSync(runtime.nodeBin, [__filename, ...process.argv.slice(2)], { stdio: 'inherit' });
	process.exit(r.status === null ? 1 : r.status);
}

const { REPO_DIR, linkPackage, n8nEnv, runN8n, startN8n, stopChild } = require('./lib/n8n-home');
const { launchChromium, connectToPage, waitFor } = require('./lib/cdp');

function ensureChromium() {
	if (fs.existsSync(CHROMIUM)) return;
	if (process.getuid && process.getuid() === 0) {
		say('installing chromium with apt-get (one time)');
		const r = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
		if (r.status === 0 && fs.existsSync(CHROMIUM)) return;
	}
	throw new Error(`${CHROMIUM} not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM=/path)`);
}

async function freePort() {
	const net = require('net');
	return new Promise((resolve) => {
		const srv = net.createServer().listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

async function prepareN8n(runtime, folder, sandbox, port) {
	linkPackage(folder);
	const env = n8nEnv(runtime, folder, {
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
	});
	const credFile = path.join(folder, 'cred.json');
	fs.writeFileSync(credFile, JSON.stringify([{
		id: 'fivetranShotCred', name: 'Fivetran (sandbox)', type: 'fivetranApi',
		data: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl: sandbox.baseUrl, safetyLevel: 'full' },
	}]));
	for (const args of [['import:credentials', `--input=${credFile}`], ['import:workflow', `--input=${FIXTURE}`]]) {
		const r = await runN8n(runtime, env, args);
		if (r.code !== 0) throw new Error(`n8n ${args[0]} failed: ${r.stderr.slice(-1500)}`);
	}
	return env;
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
	ensureChromium();
	const runtime = ensureRuntime('2.40.7');
	if (process.env.SCREENSHOT_SKIP_BUILD !== '1') {
		const b = spawnSync('npm', ['run', 'build'], { cwd: REPO_DIR, stdio: 'inherit' });
		if (b.status !== 0) throw new Error('npm run build failed');
	}
	const { startSandbox } = require('../sandbox');
	const sandbox = await startSandbox({ port: 0, seed: 'demo', quiet: true });
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-fivetran-shot-'));
	let n8n = null;
	let browser = null;
	try {
		const port = await freePort();
		const env = await prepareN8n(runtime, folder, sandbox, port);
		n8n = startN8n(runtime, env, ['start'], ['ignore', 'ignore', 'pipe']);
		const base = `http://localhost:${port}`;
		await waitFor(async () => (await fetch(`${base}/healthz/readiness`).catch(() => null))?.ok, { what: 'n8n', timeoutMs: 120000 });
		browser = await launchChromium(CHROMIUM, { width: 1600, height: 1000 });
		const page = await connectToPage(browser.port);
		await page.send('Page.enable');
		await page.send('Emulation.setDeviceMetricsOverride', { width: 1600, height: 1000, deviceScaleFactor: 1, mobile: false });
		await setupOwner(page, base);
		await openNodePanel(page, base);
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
		await stopChild(n8n);
		await sandbox.close();
		fs.rmSync(folder, { recursive: true, force: true });
	}
}

main().catch((e) => {
	console.error(`[screenshot] ${e.message}`);
	process.exit(1);
});
