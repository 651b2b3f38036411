import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { fivetran, runFivetran } from '../../../fixtures';

/** What the user types as the webhook secret: it must never come back in an output or an error. */
export const TYPED_SECRET = 'wh-s3cret-typed-by-user';

export const accountWebhook: IDataObject = {
	id: 'program_quoth',
	type: 'account',
	url: 'https://example.com/fivetran',
	events: ['sync_start', 'sync_end'],
	active: true,
	secret: '******',
	created_at: '2026-01-01T00:00:00Z',
	created_by: 'mystery_user',
};

export const groupWebhook: IDataObject = {
	...accountWebhook,
	id: 'recur_readable',
	type: 'group',
	group_id: 'decent_dropsy',
};

export async function runWebhook(
	parameters: INodeParameters,
	options: Parameters<typeof runFivetran>[1] = {},
) {
	return await runFivetran({ resource: 'webhook', ...parameters }, options);
}

/**
 * What the node itself puts in a run's output and error (items, message, description, context).
 * n8n attaches a copy of the node, parameters included, to an error: that copy is the workflow's
 * own data, not something the node says, so it is left out here.
 */
export function shown(result: { items: unknown[]; error?: unknown }): string {
	const error: Record<string, unknown> = { ...(result.error ?? {}) };
	delete error.node;
	return JSON.stringify([result.items, error, (result.error as Error | undefined)?.message]);
}

/** Counts every request that reaches the fake Fivetran, whatever its method or path (bad input must send none). */
export function countRequests(): () => number {
	let count = 0;
	const scope = fivetran().persist();
	for (const method of ['get', 'post', 'patch', 'delete'] as const) {
		scope[method](/.*/)
			.query(true)
			.reply(() => {
				count += 1;
				return [200, { code: 'Success', data: {} }];
			});
	}
	return () => count;
}
