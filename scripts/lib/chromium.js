'use strict';
// Debian's Chromium for the browser-driven scripts (screenshot, browser test): found at
// /usr/bin/chromium (or $CHROMIUM), installed with apt-get when missing and running as root.
const fs = require('fs');
const { spawnSync } = require('child_process');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

function aptGet(args) {
	return spawnSync('apt-get', args, { stdio: 'inherit' }).status === 0;
}

/** Returns the Chromium binary's path; `say` reports a one-time install. */
function ensureChromium(say = console.log) {
	if (fs.existsSync(CHROMIUM)) return CHROMIUM;
	if (process.getuid && process.getuid() === 0) {
		say('installing chromium with apt-get (one time)');
		// A fresh machine may have no (or stale) package lists: refresh them once if the install fails.
		if (aptGet(['install', '-y', 'chromium']) || (aptGet(['update']) && aptGet(['install', '-y', 'chromium']))) {
			if (fs.existsSync(CHROMIUM)) return CHROMIUM;
		}
	}
	throw new Error(`${CHROMIUM} not found. Install it with: sudo apt-get install -y chromium (or set CHROMIUM=/path)`);
}

module.exports = { CHROMIUM, ensureChromium };
