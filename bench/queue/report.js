'use strict';
// The figures as a console table and as docs/bench-queue.md.
const fs = require('fs');
const path = require('path');

// BENCH_OUT writes another configuration's figures beside the default ones (e.g. fewer worker slots).
const DOC = path.resolve(process.env.BENCH_OUT || path.join(__dirname, '..', '..', 'docs', 'bench-queue.md'));

const f1 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1));
const f2 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '-' : n.toFixed(2));

function memoryCell(m) {
	return m && m.peakMB !== null ? `${f1(m.peakMB)} / ${f1(m.meanMB)}` : '-';
}

/** Rows of [figure, in-node, durable]. */
function kindRows(results, processNames) {
	const by = (fn) => results.map(fn);
	const rows = [
		['waits (of which set to fail)', ...by((r) => `${r.waits} (${r.failing})`)],
		['wall time: first call to last execution end (s)', ...by((r) => f1(r.firstCallToLastEndMs / 1000))],
		['wall time: until the bench saw all finished (s)', ...by((r) => f1(r.wallMs / 1000))],
		['all correct', ...by((r) => `${r.correct}/${r.waits}`)],
		['outcomes', ...by((r) => Object.entries(r.outcomes).map(([k, v]) => `${k} ${v}`).join(', '))],
		['execution duration mean / max (s)', ...by((r) => `${f1(r.durationMeanS)} / ${f1(r.durationMaxS)}`)],
		['GET /connections/{id}: total', ...by((r) => String(r.getsTotal))],
		['GET per wait: mean / max', ...by((r) => `${f2(r.getsPerWait)} / ${r.getsPerWaitMax}`)],
		['GET per wait / (duration / interval)', ...by((r) => f2(r.getsPerIntervalRaw))],
		['same without the fixed reads (in-node 2, durable 1)', ...by((r) => f2(r.pollsPerInterval))],
		['POST /connections/{id}/sync (must be = waits)', ...by((r) => `${r.posts}${r.posts === r.waits ? '' : ' (!)'}`)],
		['Check Sync runs per execution (mean)', ...by((r) => (r.kind === 'durable' ? f2(r.checksMean) : '-'))],
	];
	for (const name of processNames) rows.push([`RSS ${name} peak / mean (MB)`, ...by((r) => memoryCell(r.memory[name]))]);
	rows.push(
		['unrelated workflow: calls', ...by((r) => `${r.latency.calls}${r.latency.errors.length ? ` (${r.latency.errors.length} failed)` : ''}`)],
		['unrelated workflow: median / max (ms)', ...by((r) => `${r.latency.medianMs ?? '-'} / ${r.latency.maxMs ?? '-'}`)],
		['executions per worker (starts)', ...by((r) => Object.entries(r.perWorker).map(([w, v]) => `${w} ${v.executions}${v.starts !== v.executions ? ` (${v.starts} starts)` : ''}`).join(', '))],
	);
	return rows;
}

function stopRows(stops) {
	const by = (fn) => stops.map((s) => (s.error ? `error: ${s.error}` : fn(s)));
	return [
		['execution status after stop', ...by((s) => s.finalStatus)],
		['stop call answered (ms)', ...by((s) => String(s.stopAnsweredMs))],
		['stop call to finished status (ms)', ...by((s) => String(s.endedMs))],
		['GET of the connector before the stop', ...by((s) => String(s.getsBeforeStop))],
		['GET after the stop answered / after 2 s grace', ...by((s) => `${s.getsAfterAnswer} / ${s.getsAfterGrace} (watched ${s.watchedS} s)`)],
		['Fivetran sync still running after stop', ...by((s) => (s.fivetranSyncStillRunning ? 'yes' : 'no'))],
	];
}

function asText(rows, head) {
	const all = [head, ...rows];
	const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
	return all.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

function asMarkdown(rows, head) {
	const line = (r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function printReport({ results, stops, processNames }) {
	console.log(`\n${asText(kindRows(results, processNames), ['figure', ...results.map((r) => r.label)])}`);
	if (stops) console.log(`\n${asText(stopRows(stops), ['stop from main', 'in-node wait (polling)', 'durable loop (parked in Wait)'])}`);
	for (const r of results) for (const w of r.wrong.slice(0, 10)) console.log(`  wrong (${r.label}): ${w}`);
	for (const r of results) for (const e of r.latency.errors.slice(0, 5)) console.log(`  unrelated workflow (${r.label}): ${e}`);
}

function writeDoc({ results, stops, processNames, setup }) {
	const text = `# Queue mode: many sync waits at once

\`npm run bench:queue\` (bench/queue/run.js) starts the sandbox, Redis, Postgres and n8n in queue mode
(one main, ${setup.workers} workers), fires ${setup.waits} webhook-started executions of each kind of wait at once (one
connector each, ${setup.failing} of them set to fail with the sandbox's \`failNextSync\`), and measures what they cost
while they wait. Issue 12.

## Set-up of this run

- Date: ${setup.date}; machine: ${setup.nproc} cores (\`nproc\`), ${setup.memGB} GB RAM; load average at the start of the final run: ${setup.loadBefore}${setup.loadNote ? ` (${setup.loadNote})` : ''}
- n8n ${setup.n8nVersion} in queue mode: main + ${setup.workers} workers x concurrency ${setup.concurrency}, Postgres + Redis (Debian's packages)
- Sandbox syncs last ${setup.syncMs / 1000} s (\`BENCH_SYNC_MS\`); ${setup.waits} waits of each kind (\`BENCH_WAITS\`)
- In-node wait: Webhook -> Sync with Wait for Completion (poll interval ${setup.pollIntervalS} s, timeout 30 min, On Failure: Output Item)
- Durable loop: Webhook -> Sync (no wait) -> Wait ${setup.durableWaitS} s (n8n parks waits of 65 s or more in the database) -> Check Sync -> If sync_finished -> Done, else back to Wait
- Unrelated workflow: Webhook (answers with the last node's output) -> Group List (limit 5), called every ${setup.probeEveryS} s while the waits run; its latency is the webhook call's time
- Memory: VmRSS of each n8n process (main and workers, without their task-runner children), sampled every 5 s

## Figures

${asMarkdown(kindRows(results, processNames), ['figure', ...results.map((r) => r.label)])}

How to read them:
- GET per wait counts every read of the connector. In-node: the Sync step's read before it asks for the
  sync, a first poll right after the request, then one poll per ${setup.pollIntervalS} s interval until the sync has ended.
  Durable: the Sync step's read, then one per Check Sync (one per ${setup.durableWaitS} s Wait).
- "GET per wait / (duration / interval)" is all of them divided by how many intervals the execution lasted;
  "without the fixed reads" leaves out the reads every wait makes whatever its length (in-node 2, durable 1):
  about 1 means one look per interval and no extra traffic.
- Wall time "until the bench saw all finished" includes up to 5 s of the bench's own polling of the execution list.
- A durable execution is started on a worker once for its first part and once per resume after the Wait
  (any worker may take a resume), so per worker "N (M starts)" is N distinct executions and M parts run there;
  its duration includes the time parked in the database.

## Stop from the main

One more execution of each kind (syncs lasting ${setup.stopSyncMs / 60000} min), stopped with POST /rest/executions/:id/stop
on the main: the in-node wait after its first poll that followed a full interval (sleeping towards the next),
the durable loop while parked in its Wait (status waiting). Both are watched afterwards for longer than one
interval (in-node two) for any further read of their connector.

${stops ? asMarkdown(stopRows(stops), ['figure', 'in-node wait (polling)', 'durable loop (parked in Wait)']) : '(not run)'}

Stopping an execution stops only the wait: the Fivetran sync it asked for keeps running (as it would in Fivetran).
${setup.notes.length ? `\n## Notes\n\n${setup.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
	fs.writeFileSync(DOC, text);
	return DOC;
}

module.exports = { printReport, writeDoc };
