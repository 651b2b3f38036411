import type { IDataObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../nodes/Fivetran/Fivetran.node';
import { clock } from '../../nodes/shared/clock';
import type { RunNodeOptions } from '../harness';
import { runNode } from '../harness';

export const API_HOST = 'https://api.test';
export const API_SECRET = 's3cr3t-never-shown';
export const API_KEY = 'key-visible';
export const BASIC_AUTH = `Basic ${Buffer.from(`${API_KEY}:${API_SECRET}`).toString('base64')}`;

export function credentialsFor(safetyLevel = 'full'): RunNodeOptions['credentials'] {
	return {
		fivetranApi: { apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: `${API_HOST}/v1`, safetyLevel },
	};
}

/** A nock scope for the fake Fivetran that insists on Basic auth on every request. */
export function fivetran(): nock.Scope {
	return nock(API_HOST).matchHeader('authorization', BASIC_AUTH);
}

export function success(data?: IDataObject, message?: string): IDataObject {
	return { code: 'Success', ...(message ? { message } : {}), ...(data ? { data } : {}) };
}

export async function runFivetran(
	parameters: INodeParameters,
	options: Partial<RunNodeOptions> & { safetyLevel?: string } = {},
) {
	const { safetyLevel, ...rest } = options;
	return await runNode({
		nodeType: new Fivetran(),
		parameters,
		credentials: credentialsFor(safetyLevel),
		credentialTypes: [new FivetranApi()],
		...rest,
	});
}

export const rl = (value: string) => ({ __rl: true, mode: 'id', value });

/** Makes retries and waits instant; returns the sleeps that were asked for, in ms. */
export function fakeTime(startMillis = Date.parse('2026-01-01T00:00:00Z')): {
	sleeps: number[];
	now: () => number;
} {
	let now = startMillis;
	const sleeps: number[] = [];
	jest.spyOn(clock, 'now').mockImplementation(() => now);
	jest.spyOn(clock, 'sleep').mockImplementation(async (ms: number) => {
		sleeps.push(ms);
		now += ms;
	});
	return { sleeps, now: () => now };
}

/** Everything an error shows a user, as one string (to look for leaked secrets). */
export function errorText(error: unknown): string {
	const e = error as { message?: string; description?: string; context?: unknown; cause?: unknown };
	return [
		e?.message,
		e?.description,
		JSON.stringify(e?.context ?? {}),
		JSON.stringify(e ?? {}),
	].join('\n');
}

/**
 * Counts every request to the fake Fivetran, signed or not (each answered with an empty list), for
 * tests that assert a refusal sent nothing at all.
 */
export function countAnyRequests(): () => number {
	let count = 0;
	const scope = nock(API_HOST).persist();
	for (const method of ['get', 'post', 'patch', 'delete'] as const) {
		scope[method](/.*/)
			.query(true)
			.reply(() => {
				count += 1;
				return [200, success({ items: [], next_cursor: null })];
			});
	}
	return () => count;
}
