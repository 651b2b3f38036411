import type { IDataObject } from 'n8n-workflow';

/** Whose events a Fivetran webhook receives: the whole account's, or one group's. */
export type WebhookScope = { type: 'account' } | { type: 'group'; groupId: string };

/** Whether a webhook Fivetran listed has this scope. */
export function isInScope(webhook: IDataObject, scope: WebhookScope): boolean {
	if (scope.type === 'account') return webhook.type === 'account';
	return webhook.type === 'group' && webhook.group_id === scope.groupId;
}

/** Where a webhook of this scope is created (account and group webhooks have their own paths). */
export function createPathFor(scope: WebhookScope): string {
	return scope.type === 'account'
		? '/webhooks/account'
		: `/webhooks/group/${encodeURIComponent(scope.groupId)}`;
}
