'use strict';
// What runs beside the waits: resident memory of each n8n process, and the latency of a short
// unrelated workflow (its webhook answers once a worker has run it), both on a fixed period.
const fs = require('fs');
const { callWebhook } = require('./n8n');

/** VmRSS of one process in MB, or null when it is gone. */
function rssMB(pid) {
	try {
		const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
		return line ? Number(line.split(/\s+/)[1]) / 1024 : null;
	} catch {
		return null;
	}
}

function startMemorySampler(pids, everyMs = 5000) {
	const samples = Object.fromEntries(Object.keys(pids).map((name) => [name, []]));
	const take = () => {
		for (const [name, pid] of Object.entries(pids)) {
			const mb = rssMB(pid);
			if (mb !== null) samples[name].push(mb);
		}
	};
	take();
	const timer = setInterval(take, everyMs);
	return {
		stop() {
			clearInterval(timer);
			take();
			return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, {
				peakMB: list.length ? Math.max(...list) : null,
				meanMB: list.length ? list.reduce((a, b) => a + b, 0) / list.length : null,
				samples: list.length,
			}]));
		},
	};
}

/** Calls the short workflow every `everyMs` (one call at a time) and records each latency. */
function startLatencyProbe(url, everyMs = 15000) {
	const latencies = [];
	const errors = [];
	let stopped = false;
	let wake;
	let timer;
	const loop = (async () => {
		while (!stopped) {
			try {
				const { ms, text } = await callWebhook(url, { probe: true }, { retryNotFound: false });
				if (!text.includes('"id"')) errors.push(`unexpected answer: ${text.slice(0, 200)}`);
				latencies.push(ms);
			} catch (e) {
				errors.push(e.message);
			}
			await new Promise((r) => {
				wake = r;
				timer = setTimeout(r, everyMs);
			});
		}
	})();
	return {
		async stop() {
			stopped = true;
			clearTimeout(timer);
			wake?.();
			await loop;
			const sorted = [...latencies].sort((a, b) => a - b);
			return {
				calls: latencies.length,
				medianMs: sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null,
				maxMs: sorted.length ? sorted[sorted.length - 1] : null,
				latencies,
				errors,
			};
		},
	};
}

module.exports = { rssMB, startMemorySampler, startLatencyProbe };
