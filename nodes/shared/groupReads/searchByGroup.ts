import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { shownValue } from '../ids';
import type { PageBudget } from '../searchPages';
import { MATCHES_PER_SCREEN, SEARCH_MAX_TRIES, searchPages } from '../searchPages';
import { asNodeError, isNotFound } from '../transport/nodeErrors';
import type { FivetranContext, FivetranPage } from '../transport/types';
import { accountGroupIds, firstSightings } from './connectorsByGroup';
import { followCancel } from './followCancel';
import { SEARCH_PARALLEL_GROUP_READS } from './parallelGroupReads';
import { readSideBySide } from './sideBySide';

// The Connector dropdown's search in an account bigger than one page: the groups' lists read side
// by side instead of one account list page after page, so a keystroke waits for a few round trips,
// not twenty in a row. Results come in the groups' order (GET /groups), each group's connectors in
// Fivetran's order. One call reads at most the pages its budget allows and stops once a screen of
// matches is found; the token it hands n8n says where the next call goes on: a group (by its
// position in GET /groups) and, within it, Fivetran's cursor.

/** Where a search goes on: the group at `index` of GET /groups, from its start or from `cursor`. */
export interface GroupPosition {
	index: number;
	cursor?: string;
}

const TOKEN_PREFIX = 'group:';
/** Fivetran's cursors are base64 text, never with a ':', so they never look like this token. */
const TOKEN_PATTERN = /^group:(\d{1,9})(?::([\x21-\x7e]{1,4096}))?$/;

export const isGroupToken = (token: string | undefined): token is string =>
	token?.startsWith(TOKEN_PREFIX) === true;

const tokenOf = ({ index, cursor }: GroupPosition): string =>
	`${TOKEN_PREFIX}${index}${cursor === undefined ? '' : `:${cursor}`}`;

/** A token n8n hands back, checked: its cursor goes into a query, never unchecked into a path. */
export function readGroupToken(ctx: FivetranContext, token: string): GroupPosition {
	const parts = TOKEN_PATTERN.exec(token);
	if (parts === null) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The dropdown asked to go on from a position this node did not give: ${shownValue(token)}`,
			{ description: 'Nothing was read. Close the dropdown and type the search again.' },
		);
	}
	return { index: Number(parts[1]), cursor: parts[2] };
}

interface GroupAt {
	index: number;
	id: string;
	/** Where its list starts: the cursor the previous call stopped at, for the first group only. */
	cursor?: string;
}

/** The account's groups from `from` on, each with its position in GET /groups. */
async function* groupsFrom(ctx: FivetranContext, from: GroupPosition): AsyncGenerator<GroupAt> {
	const ids = accountGroupIds.call(ctx, { maxTries: SEARCH_MAX_TRIES });
	let index = 0;
	for await (const id of ids) {
		if (index >= from.index) {
			yield { index, id, cursor: index === from.index ? from.cursor : undefined };
		}
		index += 1;
	}
}

export interface GroupSearchResult<R> {
	found: R[];
	paginationToken?: string;
}

/**
 * The matches (`pick`) among the account's connectors from `from` on, read group by group, at most
 * SEARCH_PARALLEL_GROUP_READS lists at once, each page taken from `budget`. A group deleted since
 * GET /groups (404) is skipped: a dropdown has nowhere to say so, and the rest is still right. A
 * connector listed in two groups (moved during the read) is shown once per call.
 */
export async function searchConnectorsByGroup<R>(
	this: FivetranContext,
	pick: (connectors: IDataObject[]) => R[],
	budget: PageBudget,
	from: GroupPosition,
): Promise<GroupSearchResult<R>> {
	const stop = followCancel(this);
	const seen = new Set<string>();
	const found: R[] = [];
	// Where the next call goes on once the pages handed on so far are shown.
	let next: GroupPosition = from;
	// Each chain step is one page (the side-by-side reader counts pages as arrays).
	const readGroup = async function* (this: FivetranContext, group: GroupAt, signal: AbortSignal) {
		const request = {
			path: `/groups/${encodeURIComponent(group.id)}/connections`,
			maxTries: SEARCH_MAX_TRIES,
			signal,
		};
		for await (const page of searchPages.call(this, request, budget, group.cursor)) yield [page];
	};
	const events = readSideBySide<GroupAt, FivetranPage>(
		groupsFrom(this, from),
		(group, signal) => readGroup.call(this, group, signal),
		{ parallel: SEARCH_PARALLEL_GROUP_READS, pagesAhead: 1 },
		stop.controller,
	);
	try {
		for await (const event of events) {
			const group = event.key;
			if (event.kind === 'page') {
				const [page] = event.page;
				found.push(...pick(firstSightings(seen, page.items)));
				next =
					page.nextCursor === undefined
						? { index: group.index + 1 }
						: { index: group.index, cursor: page.nextCursor };
				if (found.length >= MATCHES_PER_SCREEN) return { found, paginationToken: tokenOf(next) };
			} else if (event.error !== undefined) {
				if (!isNotFound(event.error)) throw asNodeError(this.getNode(), event.error);
				next = { index: group.index + 1 };
			} else if (next.index === group.index) {
				// The budget ran out before this group's list did.
				return { found, paginationToken: tokenOf(next) };
			}
		}
		return { found };
	} finally {
		stop.release();
	}
}
