'use strict';
// As root, Postgres runs under `runuser`, and services.stop() signals runuser and waits for runuser
// only. runuser exits before the postmaster has stopped: in the bench's runs (plain end and SIGINT) the
// postmaster was still running afterwards, re-parented to init, its data folder already removed. So
// the bench notes the postmaster's pid at start and makes sure it is gone after services.stop().
const fs = require('fs');

function childrenOf(pid) {
	try {
		return fs.readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
			fs.readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
	} catch {
		return [];
	}
}

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** The postmaster's pid: the Postgres child itself, or runuser's child when it runs as root. */
function postmasterPid(services) {
	const pid = services.postgres?.child?.pid;
	if (!pid) return null;
	return childrenOf(pid)[0] ?? pid;
}

/** After services.stop(): a postmaster still alive gets Postgres' fast shutdown, then SIGKILL. */
async function ensureGone(pid, graceMs = 10000) {
	if (!pid || !alive(pid)) return false;
	process.kill(pid, 'SIGINT');
	const until = Date.now() + graceMs;
	while (alive(pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
	if (alive(pid)) process.kill(pid, 'SIGKILL');
	return true;
}

module.exports = { postmasterPid, ensureGone };
