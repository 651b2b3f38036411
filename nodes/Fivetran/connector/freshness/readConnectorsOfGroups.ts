import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { followCancel } from '../../../shared/groupReads/followCancel';
import { isFivetranId, shownValue } from '../../../shared/ids';
import { FRESHNESS_PARALLEL_GROUP_READS } from '../../../shared/groupReads/parallelGroupReads';
import { readSideBySide } from '../../../shared/groupReads/sideBySide';
import { asNodeError } from '../../../shared/transport/nodeErrors';
import { paginate } from '../../../shared/transport/pagination';
import type { FivetranContext, FivetranRequest } from '../../../shared/transport/types';

// THE read behind Wait for Fresh Data and Check Fresh Data: each group's connector list, one list
// chain per group, 1,000 connectors a page (paginate's largest page), so one look at G groups of
// under 1,000 connectors costs G requests. The groups are read side by side (issue 23's reader,
// FRESHNESS_PARALLEL_GROUP_READS at once; these operations have no option of their own), each
// group's connectors handed on in the groups' order. Keep every caller going through this one function.

export type RequestSettings = Pick<FivetranRequest, 'maxTries' | 'itemIndex' | 'deadline'>;

/** Calls `onConnector` for every connector of every group in `groupIds`, with the group it was listed under. */
export async function readConnectorsOfGroups(
	ctx: FivetranContext,
	groupIds: readonly string[],
	onConnector: (connector: IDataObject, groupId: string) => void,
	settings: RequestSettings = {},
): Promise<void> {
	const stop = followCancel(ctx);
	const readGroup = (groupId: string, signal: AbortSignal) =>
		paginate.call(ctx, {
			path: `/groups/${encodeURIComponent(groupId)}/connections`,
			...settings,
			signal,
		});
	const limits = { parallel: FRESHNESS_PARALLEL_GROUP_READS, pagesAhead: 2 };
	try {
		for await (const event of readSideBySide(groupIds, readGroup, limits, stop.controller)) {
			if (event.kind === 'page') {
				for (const connector of event.page) onConnector(connector, event.key);
			} else if (event.error !== undefined) {
				throw asNodeError(ctx.getNode(), event.error, settings.itemIndex);
			}
		}
	} finally {
		stop.release();
	}
}

/** Every group of the account (the "Whole Account" scope), 1,000 a page. */
export async function readGroupIds(
	ctx: FivetranContext,
	settings: RequestSettings = {},
): Promise<string[]> {
	const ids: string[] = [];
	for await (const page of paginate.call(ctx, { path: '/groups', ...settings })) {
		for (const group of page) {
			// Each ID becomes a path segment of a group list: checked before it is used.
			const id = typeof group.id === 'string' ? group.id : '';
			if (!isFivetranId(id)) {
				throw new NodeOperationError(
					ctx.getNode(),
					`Fivetran's group list holds a group whose ID is not a Fivetran ID: ${shownValue(String(group.id))}`,
					{ itemIndex: settings.itemIndex, description: 'No connector list was read with it.' },
				);
			}
			ids.push(id);
		}
	}
	return ids;
}
