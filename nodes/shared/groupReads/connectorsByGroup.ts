import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isFivetranId, shownValue } from '../ids';
import { asNodeError, isNotFound } from '../transport/nodeErrors';
import { fetchPage, paginate } from '../transport/pagination';
import type { FivetranContext } from '../transport/types';
import { MAX_PAGE_SIZE } from '../transport/types';
import { followCancel } from './followCancel';
import { readSideBySide } from './sideBySide';

// Big accounts at a real round trip: one account list is a cursor chain that cannot be split, but
// the lists of different groups can be read side by side. Output is grouped by group, in the
// groups' order, each group's connectors in Fivetran's order; an ID is output once even when a
// connector moves group during the read.

/** What every request of a group read carries, GET /groups included. */
export interface GroupRequestSettings {
	maxTries?: number;
	itemIndex?: number;
	/** Every request's deadline (a wait's Timeout), as the transport takes it. */
	deadline?: number;
	/** What the user can do when GET /groups holds an ID that cannot be a path segment. */
	badGroupIdHint?: string;
}

export interface GroupReadSettings extends GroupRequestSettings {
	/** Group lists read at once. */
	parallel: number;
	/** Query of each group's list (Fivetran's schema filter). */
	qs?: IDataObject;
	/**
	 * A group that is gone (404) when its list is read: skipped, and told here. Without it, the
	 * 404 fails the read (a group the user chose must exist).
	 */
	onGroupGone?: (groupId: string) => void;
	/** Checks each page as read, with the path of the list it came from; throws to stop. */
	checkPage?: (items: IDataObject[], path: string) => void;
}

/** One page of one group's list, as handed on. */
export interface GroupPage {
	groupId: string;
	connectors: IDataObject[];
}

/** A chain waits once it holds this many unread pages (2,000 connectors). */
const PAGES_AHEAD = 2;

const requestSettings = ({ maxTries, itemIndex, deadline }: GroupRequestSettings) => ({
	maxTries,
	itemIndex,
	deadline,
});

/** The account's group IDs in Fivetran's order, read page by page as they are needed. */
export async function* accountGroupIds(
	this: FivetranContext,
	settings: GroupRequestSettings,
): AsyncGenerator<string> {
	const request = { path: '/groups', ...requestSettings(settings) };
	for await (const page of paginate.call(this, request)) {
		for (const group of page) {
			const id = typeof group.id === 'string' ? group.id : '';
			// Each ID becomes a path segment of the next request.
			if (!isFivetranId(id)) {
				throw new NodeOperationError(
					this.getNode(),
					`Fivetran's group list holds a group whose ID is not a Fivetran ID: ${shownValue(String(group.id))}`,
					{
						itemIndex: settings.itemIndex,
						description: ['Nothing was read with it.', settings.badGroupIdHint]
							.filter(Boolean)
							.join(' '),
					},
				);
			}
			yield id;
		}
	}
}

/**
 * The connectors of `page` whose ID is not in `seen` yet (now added): a connector that moved group
 * while the groups were read shows up in two lists, and is kept once.
 */
export function firstSightings(seen: Set<string>, page: IDataObject[]): IDataObject[] {
	return page.filter((connector) => {
		if (typeof connector.id !== 'string') return true;
		if (seen.has(connector.id)) return false;
		seen.add(connector.id);
		return true;
	});
}

/**
 * The pages of the lists of `groupIds`, in the groups' order, at most `parallel` group lists read
 * at once; each connector ID once. Every reader of many groups' connectors goes through here but
 * the dropdown search, which resumes inside a list (searchByGroup.ts).
 */
export async function* readGroupPages(
	this: FivetranContext,
	groupIds: AsyncIterable<string> | Iterable<string>,
	settings: GroupReadSettings,
): AsyncGenerator<GroupPage> {
	const stop = followCancel(this);
	const seen = new Set<string>();
	const listPath = (groupId: string) => `/groups/${encodeURIComponent(groupId)}/connections`;
	const readGroup = (groupId: string, signal: AbortSignal) =>
		paginate.call(this, {
			path: listPath(groupId),
			qs: settings.qs,
			...requestSettings(settings),
			signal,
		});
	const limits = { parallel: settings.parallel, pagesAhead: PAGES_AHEAD };
	try {
		for await (const event of readSideBySide(groupIds, readGroup, limits, stop.controller)) {
			if (event.kind === 'page') {
				settings.checkPage?.(event.page, listPath(event.key));
				const fresh = firstSightings(seen, event.page);
				if (fresh.length > 0) yield { groupId: event.key, connectors: fresh };
			} else if (event.error !== undefined) {
				if (!isNotFound(event.error) || !settings.onGroupGone) {
					throw asNodeError(this.getNode(), event.error, settings.itemIndex);
				}
				settings.onGroupGone(event.key);
			}
		}
	} finally {
		stop.release();
	}
}

/** The connectors of `groupIds`, page by page, as `readGroupPages` hands them on. */
export async function* readConnectorsOfGroups(
	this: FivetranContext,
	groupIds: AsyncIterable<string> | Iterable<string>,
	settings: GroupReadSettings,
): AsyncGenerator<IDataObject[]> {
	for await (const page of readGroupPages.call(this, groupIds, settings)) yield page.connectors;
}

/**
 * Every connector of the account. The account list's first page comes first, as before: an
 * account that fits in it (1,000 connectors) costs that one request and keeps Fivetran's order.
 * A bigger one is read again group by group, side by side (GET /groups, paged, then each group's
 * list), so its order is the groups' order; the first page's items are not kept, since they are
 * in the account's order.
 */
export async function* readAccountConnectors(
	this: FivetranContext,
	settings: GroupReadSettings,
): AsyncGenerator<IDataObject[]> {
	const request = {
		path: '/connections',
		qs: settings.qs,
		...requestSettings(settings),
	};
	const first = await fetchPage.call(this, request, MAX_PAGE_SIZE);
	settings.checkPage?.(first.items, request.path);
	if (first.nextCursor === undefined) {
		yield first.items;
		return;
	}
	const groupIds = accountGroupIds.call(this, {
		badGroupIdHint: 'Set "Parallel Group Reads" to 1 to read the account list instead.',
		...settings,
	});
	yield* readConnectorsOfGroups.call(this, groupIds, settings);
}
