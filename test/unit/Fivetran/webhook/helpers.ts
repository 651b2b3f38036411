import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { FivetranWebhookSecretApi } from '../../../../credentials/FivetranWebhookSecretApi.credentials';
import { credentialsFor, fivetran, runFivetran } from '../../fixtures';

/** The webhook secret the user keeps in its credential: it must never come back in an output or an error. */
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

/**
 * Runs the node on the webhook resource with both credentials chosen: the Fivetran API one and a
 * "Fivetran Webhook Signing Secret" holding TYPED_SECRET (`signingSecret: null` leaves it out).
 */
export async function runWebhook(
	parameters: INodeParameters,
	options: Parameters<typeof runFivetran>[1] & { signingSecret?: string | null } = {},
) {
	const { signingSecret = TYPED_SECRET, credentials, ...rest } = options;
	return await runFivetran(
		{ resource: 'webhook', ...parameters },
		{
			credentials: {
				...(credentials ?? credentialsFor(rest.safetyLevel)),
				...(signingSecret === null ? {} : { fivetranWebhookSecretApi: { secret: signingSecret } }),
			},
			credentialTypes: [new FivetranApi(), new FivetranWebhookSecretApi()],
			...rest,
		},
	);
}

/**
 * Everything a run leaves behind as n8n stores it: the output items and the whole error object,
 * including the copy of the node (with its parameters) that n8n attaches to it, its description,
 * context and cause. A secret must appear in none of it.
 */
export function shown(result: { items: unknown[]; error?: unknown }): string {
	const error = (result.error ?? {}) as Record<string, unknown>;
	return JSON.stringify([
		result.items,
		{ ...error },
		error.node,
		error.description,
		error.context,
		String(error.cause ?? ''),
		JSON.stringify(error.cause ?? {}),
		(result.error as Error | undefined)?.message,
	]);
}

/**
 * What the node itself says in an error (message, description, context, cause), without the node
 * copy n8n attaches. Only for values that are parameters themselves (n8n stores those with the node
 * anyway, so only an echo can be checked); a secret must pass `shown`.
 */
export function said(error: unknown): string {
	const e = (error ?? {}) as Record<string, unknown>;
	return JSON.stringify([e.message, e.description, e.context, e.messages, String(e.cause ?? '')]);
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
