import type { IDataObject } from 'n8n-workflow';

import { paginate } from '../../../shared/transport/paginate';
import type { FivetranContext, FivetranRequest } from '../../../shared/transport/types';

// THE read behind Wait for Fresh Data and Check Fresh Data: each group's connector list, one list
// chain per group, 1,000 connectors a page (paginate's largest page), so one look at G groups of
// under 1,000 connectors costs G requests. Reads the groups one after another for now; the
// big-accounts work (issue 23) is to replace this body with its bounded concurrent reader over the
// same groups. Keep every caller going through this one function so that swap stays one edit.

export type RequestSettings = Pick<FivetranRequest, 'maxTries' | 'itemIndex' | 'deadline'>;

/** Calls `onConnector` for every connector of every group in `groupIds`, with the group it was listed under. */
export async function readConnectorsOfGroups(
	ctx: FivetranContext,
	groupIds: readonly string[],
	onConnector: (connector: IDataObject, groupId: string) => void,
	settings: RequestSettings = {},
): Promise<void> {
	for (const groupId of groupIds) {
		const request = { path: `/groups/${encodeURIComponent(groupId)}/connections`, ...settings };
		for await (const page of paginate.call(ctx, request)) {
			for (const connector of page) onConnector(connector, groupId);
		}
	}
}

/** Every group of the account (the "Whole Account" scope), 1,000 a page. */
export async function readGroupIds(
	ctx: FivetranContext,
	settings: RequestSettings = {},
): Promise<string[]> {
	const ids: string[] = [];
	for await (const page of paginate.call(ctx, { path: '/groups', ...settings })) {
		for (const group of page)
			if (typeof group.id === 'string' && group.id !== '') ids.push(group.id);
	}
	return ids;
}
