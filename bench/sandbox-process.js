'use strict';
// The sandbox runs in a child process so its memory does not blur the client's heap figures.
const { spawn } = require('node:child_process');
const path = require('node:path');

function startSandboxProcess(connectors, extraArgs = []) {
	const child = spawn(
		process.execPath,
		[path.join(__dirname, '..', 'sandbox', 'cli.js'), '--port', '0', '--seed', 'empty', '--connectors', String(connectors), ...extraArgs],
		{ stdio: ['ignore', 'pipe', 'inherit'] },
	);
	return new Promise((resolve, reject) => {
		let output = '';
		child.once('exit', (code) => reject(new Error(`sandbox exited early (${code})`)));
		child.stdout.on('data', (chunk) => {
			output += chunk;
			const match = /listening on (\S+)/.exec(output);
			if (match) resolve({ baseUrl: match[1], stop: () => child.kill('SIGTERM') });
		});
	});
}

async function resetStats(baseUrl) {
	await fetch(`${new URL(baseUrl).origin}/_sandbox/stats/reset`, { method: 'POST' });
}

module.exports = { startSandboxProcess, resetStats };
