import type { IDataObject } from 'n8n-workflow';

import { accountGroupIds, readGroupPages } from '../../../shared/groupReads/connectorsByGroup';
import { FRESHNESS_PARALLEL_GROUP_READS } from '../../../shared/groupReads/parallelGroupReads';
import type { FivetranContext, FivetranRequest } from '../../../shared/transport/types';

// THE read behind Wait for Fresh Data and Check Fresh Data: each group's connector list, 1,000
// connectors a page, so one look at G groups of under 1,000 connectors costs G requests. It is the
// shared side-by-side reader (FRESHNESS_PARALLEL_GROUP_READS lists at once; these operations have
// no option of their own) with the look's deadline; every look goes through this one function.

export type RequestSettings = Pick<FivetranRequest, 'maxTries' | 'itemIndex' | 'deadline'>;

/** Calls `onConnector` for every connector of every group in `groupIds`, with the group it was listed under. */
export async function readConnectorsOfGroups(
	ctx: FivetranContext,
	groupIds: readonly string[],
	onConnector: (connector: IDataObject, groupId: string) => void,
	settings: RequestSettings = {},
): Promise<void> {
	const pages = readGroupPages.call(ctx, groupIds, {
		...settings,
		parallel: FRESHNESS_PARALLEL_GROUP_READS,
	});
	for await (const { groupId, connectors } of pages) {
		for (const connector of connectors) onConnector(connector, groupId);
	}
}

/** Every group of the account (the "Whole Account" scope), 1,000 a page. */
export async function readGroupIds(
	ctx: FivetranContext,
	settings: RequestSettings = {},
): Promise<string[]> {
	const ids: string[] = [];
	for await (const id of accountGroupIds.call(ctx, settings)) ids.push(id);
	return ids;
}
