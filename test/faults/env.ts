import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../nodes/FivetranTrigger/FivetranTrigger.node';
import { clock } from '../../nodes/shared/clock';
import { transportLimits } from '../../nodes/shared/transport/limits';
import type { RunNodeOptions, RunNodeResult } from '../harness';
import { loadListSearch, pollNode, runNode } from '../harness';
import type { Bound, MatrixRow } from './matrix';
import { boundProblem, cell, reportWanted, writeReport } from './matrix';
import type { FaultProxy, Sandbox } from './types';

// One sandbox behind one fault proxy per suite file. Every case starts from a fresh account, no
// rule, an empty request log and the transport's default limits.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS tools
const { startSandbox } = require('../../sandbox');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startFaultProxy } = require('./proxy');

export const SANDBOX_SECRET = 'sandbox-secret';
const DEFAULT_LIMITS = { ...transportLimits };

export interface CaseTools {
	/** Sleeps the transport or a wait asked for (faked, so they cost no time), in ms. */
	sleeps: number[];
}

export interface CaseOptions {
	/** Keep clock.sleep real (cancel cases). */
	realSleep?: boolean;
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

/** Sleeps cost nothing, and clock.now() moves on by what was slept. */
function fakeSleeps(): CaseTools {
	const sleeps: number[] = [];
	let slept = 0;
	jest.spyOn(clock, 'now').mockImplementation(() => Date.now() + slept);
	jest.spyOn(clock, 'sleep').mockImplementation(async (ms: number, signal?: AbortSignal) => {
		if (signal?.aborted) throw new Error('The execution was stopped while waiting');
		sleeps.push(ms);
		slept += ms;
	});
	return { sleeps };
}

/** Rejects when the case overruns its bound by far, so a hang is reported as a row, not lost. */
function overrun<T>(work: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const limit = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => reject(new Error(`no end within ${ms / 1000} s`)), ms);
	});
	return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

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
			const overrunMs = Math.max(8_000, bound.ms * 3);
			it(
				name,
				async () => {
					const tools = options.realSleep ? { sleeps: [] } : fakeSleeps();
					const started = performance.now();
					let outcome: string;
					let failure: unknown;
					try {
						outcome = await overrun(body(tools), overrunMs);
					} catch (error) {
						failure = error;
						outcome = failureText(error);
					}
					const ms = performance.now() - started;
					const requests = proxy.requests.length;
					const problem = failure === undefined ? boundProblem(bound, requests, ms) : undefined;
					if (problem) outcome = `FAIL: ${problem}`;
					rows.push({
						section,
						name,
						outcome: outcome.split(SANDBOX_SECRET).join('***'),
						requests,
						ms,
						bound,
					});
					if (failure !== undefined) throw failure;
					if (problem) throw new Error(problem);
				},
				overrunMs + 5_000,
			);
		},
	};
}
