import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { collectItems } from '../shared/transport/pagination';
import { requireIds } from './poll/requireIds';
import type { TriggerEvent } from './poll/events';
import { AGENT_EVENTS, choosesAny, TRANSFORMATION_EVENTS } from './poll/events';
import type { Scope } from './poll/scope';

// Transformations and Hybrid Deployment Agents, read only when one of their events is chosen.
// Neither belongs to a connector: "Chosen Connectors" watches those of the groups (destinations)
// the chosen connectors load into, as read in the same poll.

export interface WatchedRead {
	/** undefined: no transformation event is chosen, nothing was read. */
	transformations?: IDataObject[];
	agents?: IDataObject[];
	/** Transformation ID -> the group it was listed under (Fivetran's object has no group_id). */
	groupOf: Map<string, string>;
}

/** undefined: the whole account. */
export function watchedGroups(scope: Scope, connectors: IDataObject[]): string[] | undefined {
	if (scope.kind === 'account') return undefined;
	if (scope.kind === 'groups') return scope.groupIds;
	const groups = connectors.map((connector) => connector.group_id);
	return [...new Set(groups.filter((id): id is string => typeof id === 'string' && id !== ''))];
}

async function readList(
	ctx: IPollFunctions,
	path: string,
	noun: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const request = qs ? `GET ${path}?${new URLSearchParams(qs as never).toString()}` : `GET ${path}`;
	return requireIds(ctx, await collectItems.call(ctx, { path, qs }), request, noun);
}

/** Every list once per group (ceil(objects / 1000) requests each), or once for the account. */
async function readInGroups(
	ctx: IPollFunctions,
	path: string,
	noun: string,
	groupKey: string,
	groupIds: string[] | undefined,
	groupOf?: Map<string, string>,
): Promise<IDataObject[]> {
	if (groupIds === undefined) return await readList(ctx, path, noun);
	const all: IDataObject[] = [];
	for (const groupId of groupIds) {
		for (const object of await readList(ctx, path, noun, { [groupKey]: groupId })) {
			groupOf?.set(String(object.id), groupId);
			all.push(object);
		}
	}
	return all;
}

/** Throws (after the transport's retries) if any read fails: the memory then stays as it was. */
export async function readWatchedLists(
	ctx: IPollFunctions,
	events: readonly TriggerEvent[],
	groupIds: string[] | undefined,
): Promise<WatchedRead> {
	const read: WatchedRead = { groupOf: new Map() };
	if (choosesAny(events, TRANSFORMATION_EVENTS)) {
		read.transformations = await readInGroups(
			ctx,
			'/transformations',
			'a transformation',
			'group_id',
			groupIds,
			read.groupOf,
		);
	}
	if (choosesAny(events, AGENT_EVENTS)) {
		// Fivetran's filter of this list is spelled groupId (OpenAPI: get_hybrid_deployment_agent_list).
		read.agents = await readInGroups(
			ctx,
			'/hybrid-deployment-agents',
			'an agent',
			'groupId',
			groupIds,
		);
	}
	return read;
}
