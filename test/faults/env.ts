import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { clock, WaitCancelledError } from '../../nodes/shared/clock';
import * as httpOptionsModule from '../../nodes/shared/transport/httpOptions';
import { transportLimits } from '../../nodes/shared/transport/limits';
import type { RunNodeOptions, RunNodeResult } from '../harness';
import { loadListSearch, pollNode, runNode } from '../harness';
import type { Bound, MatrixRow } from './matrix';
import { boundProblem, cell, duration, reportWanted, writeReport } from './matrix';
import type { FaultProxy, Sandbox } from './types';

// One sandbox behind one fault proxy per suite file. Every case starts from a fresh account, no
// rule, an empty request log and the transport's default limits.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS tools
const { startSandbox } = require('../../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startFaultProxy } = require('./proxy');

export const SANDBOX_SECRET = 'sandbox-secret';
const DEFAULT_LIMITS = { ...transportLimits };

/**
 * A case that has not ended after this much wall time has hung. Generous on purpose (cases take
 * 20 ms to 3 s, many times more on a busy machine): it catches a hang, it does not time the code.
 */
const HANG_GUARD_MS = 30_000;

/** One request attempt as the code set it up. */
export interface Attempt {
	/** The timeout the code gave the HTTP helper for this attempt. */
	timeoutMs: number;
	/** clock.now() when the attempt was sent. */
	sentAt: number;
	/** The caller's deadline the request carried (a wait's Timeout), if any. */
	deadline?: number;
}

export interface CaseTools {
	/** Sleeps the transport or a wait asked for (faked, so they cost no time), in ms. */
	sleeps: number[];
	attempts: Attempt[];
	/** Resolves when the code first asks to sleep. */
	sleeping: Promise<void>;
}

export interface CaseOptions {
	/**
	 * Every sleep lasts until the execution is stopped (cancel cases): a sleep that does not end on
	 * Stop never ends, and the hang guard fails the case.
	 */
	sleepUntilStopped?: boolean;
}

export interface FaultSuite {
	readonly sandbox: Sandbox;
	readonly proxy: FaultProxy;
	credentials(baseUrl?: string): RunNodeOptions['credentials'];
	run(parameters: INodeParameters, options?: Partial<RunNodeOptions>): Promise<RunNodeResult>;
	poll(parameters: INodeParameters, staticData: IDataObject): Promise<IDataObject[] | null>;
	search(methodName: string, filter?: string): ReturnType<typeof loadListSearch>;
	/** A jest case that is also a row of the reliability matrix; `body` returns the outcome text. */
	matrixCase(
		name: string,
		bound: Bound,
		body: (tools: CaseTools) => Promise<string>,
		options?: CaseOptions,
	): void;
}

/** Settles only when `signal` aborts (never without one), the way clock.sleep ends on Stop. */
function untilStopped(signal: AbortSignal | undefined): Promise<never> {
	return new Promise<never>((_resolve, reject) => {
		if (signal?.aborted) reject(new WaitCancelledError());
		signal?.addEventListener('abort', () => reject(new WaitCancelledError()), { once: true });
	});
}

/**
 * Sleeps cost nothing (or last until Stop) and clock.now() moves on by what was slept; every
 * attempt's timeout is recorded as the code hands it to n8n's HTTP helper.
 */
function fakeClock(sleepUntilStopped: boolean): CaseTools {
	const sleeps: number[] = [];
	const attempts: Attempt[] = [];
	let slept = 0;
	let startedSleeping = () => {};
	const sleeping = new Promise<void>((resolve) => (startedSleeping = resolve));
	jest.spyOn(clock, 'now').mockImplementation(() => Date.now() + slept);
	jest.spyOn(clock, 'sleep').mockImplementation(async (ms: number, signal?: AbortSignal) => {
		if (signal?.aborted) throw new WaitCancelledError();
		sleeps.push(ms);
		startedSleeping();
		if (sleepUntilStopped) await untilStopped(signal);
		slept += ms;
	});
	const realHttpOptions = httpOptionsModule.httpOptions;
	jest
		.spyOn(httpOptionsModule, 'httpOptions')
		.mockImplementation((request, url, timeoutMs, signal) => {
			attempts.push({ timeoutMs, sentAt: clock.now(), deadline: request.deadline });
			return realHttpOptions(request, url, timeoutMs, signal);
		});
	return { sleeps, attempts, sleeping };
}

/** Rejects when the case has hung, so a hang is reported as a row, not lost. */
function hangGuard<T>(work: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(
			() => reject(new Error(`hung: no end within ${duration(HANG_GUARD_MS)}`)),
			HANG_GUARD_MS,
		);
	});
	return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** A jest failure as one line: the first line plus its Expected / Received lines. */
function failureText(error: unknown): string {
	// eslint-disable-next-line no-control-regex -- jest colours its messages
	const lines = (error instanceof Error ? error.message : String(error))
		.replace(/\u001b\[\d+m/g, '')
		.split('\n');
	const detail = lines
		.filter((line) => /^\s*(Expected|Received)/.test(line))
		.map((line) => line.trim());
	const head = lines[0].replace(/^expect\(.*$/, '').trim();
	return `FAIL: ${cell([head, ...detail].filter(Boolean).join('; '))}`;
}

export function faultSuite(section: string, sandboxOptions: IDataObject = {}): FaultSuite {
	let sandbox: Sandbox;
	let proxy: FaultProxy;
	const rows: MatrixRow[] = [];

	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0, quiet: true, syncDurationMs: 200, ...sandboxOptions });
		proxy = await startFaultProxy({ target: sandbox.url });
	});
	beforeEach(() => {
		sandbox.control.reset({ syncDurationMs: 200, ...sandboxOptions });
		proxy.clearRule();
		proxy.clearLog();
		Object.assign(transportLimits, DEFAULT_LIMITS);
	});
	afterAll(async () => {
		Object.assign(transportLimits, DEFAULT_LIMITS);
		await proxy?.close();
		await sandbox?.close();
		if (reportWanted()) writeReport(section, rows);
	});

	const credentials = (baseUrl = proxy.baseUrl) => ({
		fivetranApi: { apiKey: 'sandbox-key', apiSecret: SANDBOX_SECRET, baseUrl, safetyLevel: 'full' },
	});

	return {
		get sandbox() {
			return sandbox;
		},
		get proxy() {
			return proxy;
		},
		credentials,
		run: async (parameters, options = {}) =>
			await runNode({
				nodeType: new Fivetran(),
				parameters,
				credentials: credentials(),
				credentialTypes: [new FivetranApi()],
				...options,
			}),
		async poll(parameters, staticData) {
			const result = await pollNode({
				nodeType: new FivetranTrigger(),
				parameters,
				credentials: credentials(),
				credentialTypes: [new FivetranApi()],
				staticData,
			});
			return result === null ? null : result[0].map((item) => item.json);
		},
		search: async (methodName, filter) =>
			await loadListSearch({
				nodeType: new Fivetran(),
				parameters: { resource: 'connector', operation: 'get' },
				credentials: credentials(),
				credentialTypes: [new FivetranApi()],
				methodName,
				filter,
			}),
		matrixCase(name, bound, body, options = {}) {
			it(
				name,
				async () => {
					const tools = fakeClock(options.sleepUntilStopped ?? false);
					const started = performance.now();
					let outcome: string;
					let failure: unknown;
					try {
						outcome = await hangGuard(body(tools));
					} catch (error) {
						failure = error;
						outcome = failureText(error);
					}
					const wallMs = performance.now() - started;
					const measured = {
						requests: proxy.requests.length,
						sleptMs: sum(tools.sleeps),
						timeouts: tools.attempts.map((attempt) => attempt.timeoutMs),
					};
					const problem = failure === undefined ? boundProblem(bound, measured) : undefined;
					if (problem) outcome = `FAIL: ${problem}`;
					rows.push({
						section,
						name,
						outcome: outcome.split(SANDBOX_SECRET).join('***'),
						...measured,
						wallMs,
						bound,
					});
					if (failure !== undefined) throw failure;
					if (problem) throw new Error(problem);
				},
				HANG_GUARD_MS + 10_000,
			);
		},
	};
}
