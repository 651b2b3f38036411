'use strict';
// CDP needs a WebSocket client: Node 20 has none built in, the Node 24 cached for n8n 2.x has.
// Scripts that drive Chromium re-run themselves under it when started by an older Node.
const { spawn } = require('child_process');
const { ensureRuntime } = require('../n8n-runtime');

/** True when this Node has a global WebSocket; otherwise re-runs `script` under Node 24 and exits with its code. */
function hasWebSocketOrRerun(script) {
	if (typeof WebSocket !== 'undefined') return true;
	const runtime = ensureRuntime('2.40.7');
	const child = spawn(runtime.nodeBin, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
	// Ctrl-C reaches both processes; the child cleans up and exits, this one waits for it.
	// A SIGTERM sent to this process alone is passed on.
	process.on('SIGINT', () => {});
	process.on('SIGTERM', () => child.kill('SIGTERM'));
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
	return false;
}

module.exports = { hasWebSocketOrRerun };
