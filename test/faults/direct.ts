import type { IDataObject } from 'n8n-workflow';

import type { FaultProxy, Sandbox } from './types';
import type { RunNodeResult } from '../harness';

// Straight to the sandbox (not through the proxy), to set a case up and to check what it left behind.

const AUTH = `Basic ${Buffer.from('sandbox-key:sandbox-secret').toString('base64')}`;

export async function direct(
	sandbox: Sandbox,
	method: string,
	path: string,
	body?: IDataObject,
): Promise<IDataObject> {
	const response = await fetch(`${sandbox.baseUrl}${path}`, {
		method,
		headers: { Authorization: AUTH, 'Content-Type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const envelope = (await response.json()) as IDataObject;
	if (!response.ok)
		throw new Error(`Sandbox set-up ${method} ${path}: ${String(envelope.message)}`);
	return (envelope.data ?? {}) as IDataObject;
}

/** A fresh group straight in the sandbox; returns its id. */
export async function createGroupDirectly(sandbox: Sandbox, name: string): Promise<string> {
	return String((await direct(sandbox, 'POST', '/groups', { name })).id);
}

/** How many requests with this method reached the proxy for this exact path. */
export const sent = (proxy: FaultProxy, method: string, path: string): number =>
	proxy.requests.filter((request) => request.method === method && request.path === path).length;

/** The node's error as one line (message and description). */
export function errorText(result: RunNodeResult): string {
	const error = result.error;
	if (!error) return '';
	return [error.message, error.description].filter(Boolean).join(' — ');
}

/** "error: <message>" or "output: <n> item(s)", for the matrix. */
export function outcomeOf(result: RunNodeResult): string {
	if (result.error) return `error: ${result.error.message}`;
	return `output: ${result.items.length} item(s)`;
}

/** An assertion whose message is fit for the matrix (jest's own say only "Expected: 1"). */
export function must(condition: boolean, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

export function expectSent(
	proxy: FaultProxy,
	method: string,
	path: string,
	expected: number,
): void {
	const count = sent(proxy, method, path);
	must(count === expected, `${count} × ${method} ${path} reached the server, expected ${expected}`);
}

/** Fails with the node's error when it was meant to succeed. */
export function expectSuccess(result: RunNodeResult): void {
	must(result.error === undefined, `error: ${errorText(result)}`);
}

/** Every item of a sandbox list, page by page. */
export async function listAll(sandbox: Sandbox, path: string): Promise<IDataObject[]> {
	const items: IDataObject[] = [];
	let cursor: string | undefined;
	do {
		const query = `limit=1000${cursor ? `&cursor=${cursor}` : ''}`;
		const page = await direct(sandbox, 'GET', `${path}?${query}`);
		items.push(...(page.items as IDataObject[]));
		cursor = page.next_cursor as string | undefined;
	} while (cursor);
	return items;
}
