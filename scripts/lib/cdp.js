'use strict';
// Just enough of the Chrome DevTools Protocol to drive headless Chromium: launch, open a page,
// send commands, evaluate JS, take a screenshot. Needs a global WebSocket (Node >= 22).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const CHROMIUM_FLAGS = [
	'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync',
	'--disable-default-apps', '--disable-extensions', '--mute-audio', '--hide-scrollbars',
];

async function waitFor(fn, { timeoutMs = 30000, intervalMs = 250, what = 'condition' } = {}) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

async function launchChromium(binary, { width = 1600, height = 1000 } = {}) {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
	const args = [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0',
		`--window-size=${width},${height}`, 'about:blank'];
	const proc = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	proc.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4000)));
	// Chromium writes the port it picked into DevToolsActivePort in the profile directory.
	const portFile = path.join(profile, 'DevToolsActivePort');
	const port = await waitFor(() => {
		if (proc.exitCode !== null) throw new Error(`chromium exited (${proc.exitCode}): ${stderr}`);
		return fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').split('\n')[0];
	}, { what: 'chromium to start' });
	const close = async () => {
		if (proc.exitCode === null) {
			proc.kill('SIGTERM');
			await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
			if (proc.exitCode === null) proc.kill('SIGKILL');
		}
		fs.rmSync(profile, { recursive: true, force: true });
	};
	return { port: Number(port), proc, close };
}

async function connectToPage(port) {
	const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
	const page = targets.find((t) => t.type === 'page');
	if (!page) throw new Error('no page target in chromium');
	const ws = new WebSocket(page.webSocketDebuggerUrl);
	await new Promise((resolve, reject) => {
		ws.onopen = resolve;
		ws.onerror = () => reject(new Error('could not connect to chromium'));
	});
	let nextId = 1;
	const pending = new Map();
	ws.onmessage = (ev) => {
		const msg = JSON.parse(ev.data);
		const p = msg.id && pending.get(msg.id);
		if (!p) return;
		pending.delete(msg.id);
		if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
		else p.resolve(msg.result);
	};
	const send = (method, params = {}) => new Promise((resolve, reject) => {
		const id = nextId++;
		pending.set(id, { resolve, reject, method });
		ws.send(JSON.stringify({ id, method, params }));
	});
	// Runs an expression in the page and returns its (JSON) value; awaits promises.
	const evaluate = async (expression) => {
		const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
		if (r.exceptionDetails) throw new Error(`page error: ${r.exceptionDetails.text}`);
		return r.result.value;
	};
	return { send, evaluate, close: () => ws.close() };
}

module.exports = { launchChromium, connectToPage, waitFor, CHROMIUM_FLAGS };
