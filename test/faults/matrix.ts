/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals --
   test-only tooling, never part of the published package */
import fs from 'fs';
import os from 'os';
import path from 'path';

// The reliability matrix: every fault case records its outcome, request count, the sleeps and
// timeouts the code asked for, against its stated bound. Wall time is recorded as information only:
// a shared or small machine is slow at random, so no bound is asserted on it. With FAULT_MATRIX_REPORT=1 each suite file leaves its rows in a fragment and the
// report is rebuilt from all fragments, so the files can run in parallel workers.

export interface Bound {
	/** At most this many requests may reach the proxy (exactly this many with `exact`). */
	requests: number;
	exact?: boolean;
	/** All the sleeps the code asked clock.sleep for (retry waits, poll intervals) together, in ms. */
	sleptMs: number;
	/** The longest timeout the code may set on one request attempt, in ms. */
	timeoutMs?: number;
}

/**
 * The most that `retries` backoffs may sleep together: the n-th waits at most 1 s × 2^(n-1), capped
 * at 30 s (the transport's documented backoff; a Retry-After is bounded by the case itself).
 */
export function backoffsMs(retries: number): number {
	let total = 0;
	for (let n = 1; n <= retries; n += 1) total += Math.min(30_000, 1_000 * 2 ** (n - 1));
	return total;
}

/** What a case made the code do, on the clocks the bound is about. */
export interface Measured {
	requests: number;
	/** The sum of the sleeps the code asked for. */
	sleptMs: number;
	/** The timeout of each attempt the code sent, in order. */
	timeouts: number[];
}

export interface MatrixRow extends Measured {
	section: string;
	name: string;
	outcome: string;
	/** Wall time of the case: information only, never checked. */
	wallMs: number;
	bound: Bound;
}

const ROOT = path.resolve(__dirname, '../..');
/** One fragment folder per checkout, so two checkouts never mix their rows. */
const FRAGMENTS = path.join(os.tmpdir(), `fault-matrix${ROOT.replace(/[^A-Za-z0-9]+/g, '-')}`);
const REPORT = path.join(ROOT, 'docs/reliability-matrix.md');
/** Sections in report order; a fragment not listed here comes last. */
const ORDER = [
	'writes',
	'transient',
	'malformed',
	'boundaries',
	'trigger',
	'webhook',
	'cancel',
	'dropdown',
	'group reads',
];

export const reportWanted = (): boolean => Boolean(process.env.FAULT_MATRIX_REPORT);

export const duration = (ms: number): string =>
	ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Math.round(ms)} ms`;

export function boundText(bound: Bound): string {
	const parts = [
		`${bound.exact ? '=' : '≤'} ${bound.requests} req`,
		`slept ≤ ${duration(bound.sleptMs)}`,
	];
	if (bound.timeoutMs !== undefined) parts.push(`timeout ≤ ${duration(bound.timeoutMs)}`);
	return parts.join(', ');
}

/** Why the measured figures break the bound, or undefined. */
export function boundProblem(bound: Bound, measured: Measured): string | undefined {
	const { requests, sleptMs, timeouts } = measured;
	if (bound.exact ? requests !== bound.requests : requests > bound.requests) {
		return `${requests} requests reached the server; bound ${boundText(bound)}`;
	}
	if (sleptMs > bound.sleptMs) {
		return `the code asked to sleep ${duration(sleptMs)} in all; bound ${boundText(bound)}`;
	}
	const longest = Math.max(0, ...timeouts);
	if (bound.timeoutMs !== undefined && longest > bound.timeoutMs) {
		return `the code set a request timeout of ${duration(longest)}; bound ${boundText(bound)}`;
	}
	return undefined;
}

/** One line, table-safe, short; never longer than a table cell should be. */
export function cell(text: string, max = 140): string {
	const flat = text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function table(rows: MatrixRow[]): string {
	const lines = [
		'| Case | Outcome | Requests | Slept | Longest timeout | Wall time (information) | Bound |',
		'|---|---|---|---|---|---|---|',
	];
	for (const row of rows) {
		const timeout = row.timeouts.length > 0 ? duration(Math.max(...row.timeouts)) : '–';
		const figures = [row.requests, duration(row.sleptMs), timeout, duration(row.wallMs)];
		lines.push(
			`| ${cell(row.name, 200)} | ${cell(row.outcome)} | ${figures.join(' | ')} | ${boundText(row.bound)} |`,
		);
	}
	return lines.join('\n');
}

function readFragments(): MatrixRow[][] {
	if (!fs.existsSync(FRAGMENTS)) return [];
	return fs
		.readdirSync(FRAGMENTS)
		.filter((file) => file.endsWith('.json'))
		.map((file) => JSON.parse(fs.readFileSync(path.join(FRAGMENTS, file), 'utf8')) as MatrixRow[])
		.filter((rows) => rows.length > 0);
}

const rank = (section: string) => {
	const index = ORDER.indexOf(section);
	return index < 0 ? ORDER.length : index;
};

/** Saves this file's rows and rewrites docs/reliability-matrix.md from every file's rows. */
export function writeReport(section: string, rows: MatrixRow[]): void {
	fs.mkdirSync(FRAGMENTS, { recursive: true });
	fs.writeFileSync(path.join(FRAGMENTS, `${section}.json`), JSON.stringify(rows));
	const sections = readFragments().sort((a, b) => rank(a[0].section) - rank(b[0].section));
	const all = sections.flat();
	const passed = all.filter((row) => !row.outcome.startsWith('FAIL')).length;
	const text = [
		'# Reliability matrix',
		'',
		'Generated by the fault-matrix suite (`FAULT_MATRIX_REPORT=1 npx jest test/faults`): the real',
		'nodes run through n8n-core against the sandbox behind a fault proxy (test/faults/proxy.js).',
		'Each bound is checked on what the code did, not on the wall clock: requests that reached the proxy,',
		'the total time the code asked to sleep (clock.sleep is faked, so retry and wait sleeps cost no',
		'time) and the longest timeout it set on a request. Wall time is shown for information only; it',
		'varies with the machine (resets, hangs and Stop use real sockets), and a hang is caught by a',
		'generous guard (30 s per case) instead.',
		'',
		`${passed} of ${all.length} cases within their bound.`,
		'',
		...sections.flatMap((rows) => [`## ${rows[0].section}`, '', table(rows), '']),
	].join('\n');
	fs.writeFileSync(REPORT, text);
}
