'use strict';
// Just enough of the Chrome DevTools Protocol to drive headless Chromium: launch, open a page,
// send commands, evaluate JS, click and type like a user, take a screenshot. Needs a global
// WebSocket (Node >= 22).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');

const CHROMIUM_FLAGS = [
	'--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
	'--disable-background-networking', '--disable-component-update', '--disable-sync',
	'--disable-default-apps', '--disable-extensions', '--mute-audio', '--hide-scrollbars',
];

const launched = new Set(); // { proc, profile } of browsers not closed yet

function killGroup(proc, signal) {
	try {
		process.kill(-proc.pid, signal);
	} catch {
		// already gone
	}
}

// Synchronous on purpose: runs from process 'exit' (after an uncaught error or Ctrl-C).
process.once('exit', () => {
	for (const { proc, profile } of launched) {
		killGroup(proc, 'SIGKILL');
		fs.rmSync(profile, { recursive: true, force: true });
	}
});

const waiting = new Set(); // what running waitFor calls wait for, to say why a caller timed out

async function waitFor(fn, { timeoutMs = 30000, intervalMs = 250, what = 'condition' } = {}) {
	const until = Date.now() + timeoutMs;
	waiting.add(what);
	try {
		for (;;) {
			const value = await fn();
			if (value) return value;
			if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
			await new Promise((r) => setTimeout(r, intervalMs));
		}
	} finally {
		waiting.delete(what);
	}
}

/** What is being waited for right now (e.g. when an outer time limit strikes first). */
const currentWaits = () => [...waiting];

async function launchChromium(binary, { width = 1600, height = 1000 } = {}) {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
	const args = [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, '--remote-debugging-port=0',
		`--window-size=${width},${height}`, 'about:blank'];
	// A group of its own, so that its renderer and GPU processes go with it, also on Ctrl-C.
	const proc = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
	launched.add({ proc, profile });
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
			killGroup(proc, 'SIGTERM');
			await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 3000))]);
		}
		killGroup(proc, 'SIGKILL'); // leftovers of the group, if any
		fs.rmSync(profile, { recursive: true, force: true });
		for (const entry of launched) if (entry.proc === proc) launched.delete(entry);
	};
	return { port: Number(port), proc, close };
}

async function connectToPage(port) {
	const targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
	const page = targets.find((t) => t.type === 'page');
	if (!page) throw new Error('no page target in chromium');
	return attach(page.webSocketDebuggerUrl);
}

/** Opens `url` in a new tab (same profile, so the same cookies) and connects to it. */
async function openPage(port, url) {
	const res = await fetch(`http://127.0.0.1:${port}/json/new?${encodeURI(url)}`, { method: 'PUT' });
	if (!res.ok) throw new Error(`chromium could not open a tab (HTTP ${res.status})`);
	return attach((await res.json()).webSocketDebuggerUrl);
}

async function attach(webSocketUrl) {
	const ws = new WebSocket(webSocketUrl);
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
	return { send, evaluate, ...userInput(send, evaluate), close: () => ws.close() };
}

// Where an element can be clicked: its centre, once it is visible, not covered by another element
// (an overlay, a closing dialog) and has not moved since the last look (panels slide in).
const CLICK_POINT = `(el, lastKey) => {
	if (!el) return { why: 'not found' };
	el.scrollIntoView({ block: 'center', inline: 'nearest' });
	const r = el.getBoundingClientRect();
	if (!r.width || !r.height) return { why: 'not visible' };
	const x = r.x + r.width / 2;
	const y = r.y + r.height / 2;
	const hit = document.elementFromPoint(x, y);
	if (!hit || !(el === hit || el.contains(hit) || hit.contains(el))) return { why: 'covered' };
	const key = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
	return key === lastKey ? { x, y, key } : { why: 'moving', key };
}`;

const KEY_CODES = { Enter: 13, Escape: 27, Tab: 9, Backspace: 8, ArrowDown: 40, ArrowUp: 38 };

// Real mouse and keyboard events (trusted, like a user's): the editor's components listen for
// pointer and key events that synthetic DOM clicks do not always produce.
function userInput(send, evaluate) {
	const mouseClick = async (x, y, clickCount = 1) => {
		await send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });
		for (let n = 1; n <= clickCount; n++) {
			await send('Input.dispatchMouseEvent', { type: 'mousePressed', x, y, button: 'left', clickCount: n });
			await send('Input.dispatchMouseEvent', { type: 'mouseReleased', x, y, button: 'left', clickCount: n });
		}
	};
	/** Clicks the element `elementJs` (an expression) evaluates to, waiting until it can be clicked. */
	const click = async (elementJs, { what = elementJs, timeoutMs = 30000, clickCount = 1 } = {}) => {
		let last = { why: 'not looked at yet' };
		try {
			const point = await waitFor(async () => {
				last = await evaluate(`(${CLICK_POINT})(${elementJs}, ${JSON.stringify(last.key ?? null)})`);
				return last.why ? null : last;
			}, { what, timeoutMs, intervalMs: 100 });
			await mouseClick(point.x, point.y, clickCount);
		} catch (e) {
			throw new Error(`could not click ${what} (${last.why}): ${e.message}`);
		}
	};
	/** Clicks a text field, selects what it holds and types `text` over it. */
	const typeInto = async (elementJs, text, options = {}) => {
		await click(elementJs, options);
		await evaluate('document.activeElement && document.activeElement.select && document.activeElement.select()');
		await send('Input.insertText', { text });
	};
	const press = async (key) => {
		const code = KEY_CODES[key];
		await send('Input.dispatchKeyEvent', { type: 'keyDown', key, code: key, windowsVirtualKeyCode: code });
		await send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key, windowsVirtualKeyCode: code });
	};
	const screenshot = async (file) => {
		const { data } = await send('Page.captureScreenshot', { format: 'png' });
		fs.writeFileSync(file, Buffer.from(data, 'base64'));
	};
	return { click, typeInto, press, screenshot };
}

module.exports = { launchChromium, connectToPage, openPage, waitFor, currentWaits, CHROMIUM_FLAGS };
