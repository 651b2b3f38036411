import type { IDataObject, IExecuteFunctions, INodeType } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { assertAllowed } from '../../../../nodes/shared/access/guard';
import type { Access } from '../../../../nodes/shared/access/levels';
import {
	fivetranApiRequest,
	sendFivetranRequest,
} from '../../../../nodes/shared/transport/request';
import type { FivetranRequest } from '../../../../nodes/shared/transport/types';
import type { RunNodeOptions, RunNodeResult, RunningNode } from '../../../harness';
import { runNode, startNode } from '../../../harness';
import { credentialsFor } from '../../fixtures';

/** Which transport entry point the probe calls. */
export type Entry = 'envelope' | 'data';

/** What the probe's one call ended with: the value, or the error exactly as thrown. */
export interface ProbeRecord {
	value?: IDataObject;
	thrown?: unknown;
}

/**
 * A node that makes exactly one transport call, so each rule of request.ts is tested on its own
 * (through n8n-core's real execution path and httpRequestWithAuthentication), independent of
 * how the operations use it.
 */
function probeNode(
	request: FivetranRequest,
	entry: Entry,
	record: ProbeRecord,
	clearedFor: Access | null,
): INodeType {
	return {
		description: {
			displayName: 'Transport Probe',
			name: 'transportProbe',
			group: ['transform'],
			version: 1,
			description: 'Sends one Fivetran request',
			defaults: { name: 'Transport Probe' },
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: 'fivetranApi', required: true }],
			properties: [],
		},
		async execute(this: IExecuteFunctions) {
			const call = entry === 'data' ? fivetranApiRequest : sendFivetranRequest;
			// Cleared like any operation (credentialsFor() is "Everything"), unless a test leaves it out.
			if (clearedFor !== null) {
				await assertAllowed(this, { key: 'probe.send', name: 'Probe: Send', access: clearedFor });
			}
			try {
				record.value = (await call.call(this, request)) as IDataObject;
			} catch (error) {
				record.thrown = error;
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- the transport's own error, unchanged
				throw error;
			}
			return [[{ json: record.value }]];
		},
	};
}

function probeOptions(
	request: FivetranRequest,
	entry: Entry,
	record: ProbeRecord,
	baseUrl?: string,
	clearedFor: Access | null = 'delete',
): RunNodeOptions {
	const credentials = credentialsFor()!;
	return {
		nodeType: probeNode(request, entry, record, clearedFor),
		parameters: {},
		credentials: baseUrl ? { fivetranApi: { ...credentials.fivetranApi, baseUrl } } : credentials,
		credentialTypes: [new FivetranApi()],
	};
}

/** Runs one transport call; `thrown` is the error as the transport threw it (symbols and all). */
export async function probe(
	request: FivetranRequest,
	options: {
		entry?: Entry;
		baseUrl?: string;
		stopAfterMs?: number;
		/** The access the probe is cleared for; null: it skips the guard. */
		clearedFor?: Access | null;
	} = {},
): Promise<RunNodeResult & ProbeRecord> {
	const record: ProbeRecord = {};
	const result = await runNode({
		...probeOptions(
			request,
			options.entry ?? 'envelope',
			record,
			options.baseUrl,
			options.clearedFor,
		),
		stopAfterMs: options.stopAfterMs,
	});
	return { ...result, ...record };
}

/** Starts one transport call that the test may stop like the Stop button does. */
export function startProbe(request: FivetranRequest): RunningNode & { record: ProbeRecord } {
	const record: ProbeRecord = {};
	return { ...startNode(probeOptions(request, 'envelope', record)), record };
}

/** A nock reply that counts the requests it answers. */
export function counted(status: number, body?: nock.Body, headers?: nock.ReplyHeaders) {
	let hits = 0;
	const reply = (): [number, nock.Body, nock.ReplyHeaders] => {
		hits += 1;
		return [status, body ?? '', headers ?? {}];
	};
	return { reply, hits: () => hits };
}

// Requests that no interceptor answered (a repeat the test did not expect, say), per test.
let strays = 0;
const onStray = () => {
	strays += 1;
};
beforeEach(() => {
	strays = 0;
	nock.emitter.on('no match', onStray);
});
afterEach(() => nock.emitter.removeListener('no match', onStray));

export const strayRequests = (): number => strays;

/** A Node.js-style socket error as n8n's HTTP helper would meet it. */
export function socketError(code: string | undefined, message = `${code} from the test`): Error {
	return Object.assign(new Error(message), code ? { code } : {});
}
