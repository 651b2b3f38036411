'use strict';
// Preparing an n8n database with the CLI before n8n starts: credentials, workflows, activation.
// Each CLI call boots n8n (seconds), so callers import everything in one call each.
const fs = require('fs');
const path = require('path');
const { runN8n } = require('./n8n-home');

function tail(text, lines = 30) {
	return text.split('\n').filter((l) => l.trim()).slice(-lines).join('\n');
}

async function cli(runtime, env, args) {
	const r = await runN8n(runtime, env, args);
	if (r.code !== 0) throw new Error(`n8n ${args[0]} failed (exit ${r.code}):\n${tail(`${r.stdout}\n${r.stderr}`, 20)}`);
	return r;
}

// 1.x: `update:workflow --active=true`; 2.x publishes the current version instead.
function activateArgs(runtime, id) {
	return runtime.version.startsWith('1.')
		? ['update:workflow', `--id=${id}`, '--active=true']
		: ['publish:workflow', `--id=${id}`];
}

/** Imports credentials (the plain-text file removed at once) and workflows; activates the `activate` ids (default: all). */
async function importAndActivate(runtime, env, folder, { credentials, workflows, activate }) {
	const credFile = path.join(folder, 'credentials.json');
	fs.writeFileSync(credFile, JSON.stringify(credentials), { mode: 0o600 });
	try {
		await cli(runtime, env, ['import:credentials', `--input=${credFile}`]);
	} finally {
		fs.rmSync(credFile, { force: true });
	}
	const wfFile = path.join(folder, 'workflows.json');
	fs.writeFileSync(wfFile, JSON.stringify(workflows));
	await cli(runtime, env, ['import:workflow', `--input=${wfFile}`]);
	for (const id of activate ?? workflows.map((w) => w.id)) await cli(runtime, env, activateArgs(runtime, id));
}

module.exports = { importAndActivate, activateArgs, cli, tail };
