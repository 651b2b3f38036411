'use strict';
// The memory part of bench:accounts. Inside one long-lived n8n, a run's RSS growth mostly says what
// the earlier runs left behind: V8 lets the heap grow to about the same peak for every way of
// listing and gives the pages back later, so Get Many (N = 1) grew it by +104 MB and +264 MB in
// one n8n and by +10 MB in another. Here each measured run gets a just-restarted n8n warmed by one
// run of the same workflow over the same account: the growth recorded is what one more run of
// that workflow costs in steady state (as when it runs every few minutes), not what another
// workflow left behind.
const { callWebhook } = require('../queue/n8n');
const { rssMB } = require('../queue/probes');

/** Peak RSS of a process above its level at the start, in bytes, sampled every 20 ms. */
function rssSampler(pid) {
	const read = () => (rssMB(pid) ?? 0) * 2 ** 20;
	const start = read();
	let peak = start;
	const timer = setInterval(() => (peak = Math.max(peak, read())), 20);
	return () => {
		clearInterval(timer);
		return Math.max(0, Math.max(peak, read()) - start);
	};
}

/** The RSS growth of each measured run, per list workflow, each run in a freshly restarted n8n. */
async function measureMemory({ n8n, sandbox, lists, rounds, connectors, log }) {
	await sandbox('POST', 'latency', { latencyMs: 0 });
	const growth = {};
	for (let round = 1; round <= rounds; round++) {
		for (const variant of lists.map((_, i) => lists[(i + round) % lists.length])) {
			const url = `${n8n.url}/webhook/${variant.path}`;
			await n8n.restart();
			await sandbox('POST', 'reset', { seed: 'empty', generateConnectors: connectors });
			await callWebhook(url, {});
			const stop = rssSampler(n8n.pid());
			await callWebhook(url, {});
			const bytes = stop();
			(growth[variant.label] ??= []).push(bytes);
			log(`memory, round ${round}, ${variant.label}: RSS +${Math.round(bytes / 2 ** 20)} MB`);
		}
	}
	return growth;
}

module.exports = { measureMemory };
