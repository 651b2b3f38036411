'use strict';
// One n8n editor for the browser-driven scripts (screenshot, browser test): this package installed
// in a temporary user folder, n8n on a free port of 127.0.0.1 with its own encryption key, in a
// process group that goes away with the script. `prepare(env, folder)` runs before n8n starts
// (CLI imports, for instance).
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const { linkPackage, n8nEnv } = require('./n8n-home');
const { spawnGroup, stopGroup, waitUntilHealthy, freePort } = require('./process-group');

async function startEditorInstance(runtime, { prepare, folderPrefix = 'n8n-fivetran-editor-', readyTimeoutMs = 120000 } = {}) {
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), folderPrefix));
	const removeFolder = () => fs.rmSync(folder, { recursive: true, force: true });
	process.once('exit', removeFolder); // also after Ctrl-C or an uncaught error
	let child = null;
	let output = ''; // n8n's last words, for an error message
	const stop = async () => {
		await stopGroup(child, 10000);
		removeFolder();
	};
	try {
		linkPackage(folder);
		const port = await freePort();
		const env = n8nEnv(runtime, folder, {
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
		});
		if (prepare) await prepare(env, folder);
		child = spawnGroup(runtime.nodeBin, [runtime.n8nBin, 'start'], {
			env,
			keep: (chunk) => (output = (output + chunk).slice(-4000)),
		});
		await waitUntilHealthy(child, `http://127.0.0.1:${port}/healthz/readiness`, 'n8n', readyTimeoutMs);
		// The address a user opens; n8n listens on 127.0.0.1, which Chromium reaches for localhost.
		return { base: `http://localhost:${port}`, port, folder, env, stop, output: () => output };
	} catch (e) {
		await stop();
		throw new Error(`${e.message}${output ? `\nn8n said:\n${output.trim()}` : ''}`);
	}
}

module.exports = { startEditorInstance };
