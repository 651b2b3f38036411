import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sendFivetranRequest } from './request';
import type { FivetranContext, FivetranEnvelope, FivetranPage, FivetranRequest } from './types';
import { MAX_PAGE_SIZE } from './types';

export type ListRequest = Omit<FivetranRequest, 'method' | 'body'>;

/** Why a list answer is not a page (it would read as an empty list), or undefined. */
function pageFault(envelope: FivetranEnvelope): string | undefined {
	const data = envelope.data as unknown;
	if (data === null || typeof data !== 'object' || Array.isArray(data))
		return 'a list page without a data object';
	const { items, next_cursor: next } = data as IDataObject;
	if (!Array.isArray(items)) return 'a list page without an items array';
	if (items.some((item) => item === null || typeof item !== 'object' || Array.isArray(item)))
		return 'a list page with items that are not objects';
	if (next !== undefined && next !== null && typeof next !== 'string')
		return 'a list page whose next_cursor is not text';
	return undefined;
}

/**
 * One page of a Fivetran list: `data.items` plus the cursor of the next page, if any. A page
 * without an items array is not Fivetran's answer (retried like a 5xx, then an error), never an
 * empty list: that would read as "nothing there" and a trigger would forget what it watches.
 */
export async function fetchPage(
	this: FivetranContext,
	request: ListRequest,
	pageSize: number,
	cursor?: string,
): Promise<FivetranPage> {
	const qs: IDataObject = { ...request.qs, limit: pageSize };
	if (cursor) qs.cursor = cursor;
	const envelope = await sendFivetranRequest.call(this, {
		...request,
		method: 'GET',
		qs,
		checkAnswer: pageFault,
	});
	const { items, next_cursor: next } = envelope.data as {
		items: IDataObject[];
		next_cursor?: unknown;
	};
	return { items, nextCursor: typeof next === 'string' && next !== '' ? next : undefined };
}

/**
 * Walks a list page by page. `maxItems` (absent = everything) bounds both how many items come
 * back and each page's `limit`, so a small limit costs one small request and return-all of N
 * items costs ceil(N / 1000) requests. A listing that stops making progress ends with an error.
 */
export async function* paginate(
	this: FivetranContext,
	request: ListRequest,
	maxItems?: number,
): AsyncGenerator<IDataObject[]> {
	const progress = new ListProgress();
	let remaining = maxItems ?? Infinity;
	let cursor: string | undefined;
	while (remaining > 0) {
		const pageSize = Math.min(MAX_PAGE_SIZE, remaining);
		const page = await fetchPage.call(this, request, pageSize, cursor);
		const stall = progress.record(page.items, page.nextCursor);
		if (stall !== undefined) {
			throw new NodeOperationError(
				this.getNode(),
				`Fivetran's list did not make progress: ${stall} (GET ${request.path})`,
				{
					itemIndex: request.itemIndex,
					description: `Stopped instead of looping forever. The API, or a proxy in front of it (for example one that drops the cursor parameter), keeps answering with pages already seen; try again later. Request: GET ${request.path}.`,
				},
			);
		}
		const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
		remaining -= items.length;
		yield items;
		if (page.nextCursor === undefined) return;
		cursor = page.nextCursor;
	}
}

/** All items of a list (or the first `maxItems`), gathered from `paginate`. */
export async function collectItems(
	this: FivetranContext,
	request: ListRequest,
	maxItems?: number,
): Promise<IDataObject[]> {
	const all: IDataObject[] = [];
	for await (const page of paginate.call(this, request, maxItems)) {
		for (const item of page) all.push(item);
	}
	return all;
}

/**
 * Pages that do not explain themselves by new items are allowed this often (an item inserted
 * while we list can shift one back onto the next page); beyond it the listing stops.
 */
const SPARE_PAGES = 3;

function idOf(item: IDataObject): string {
	return typeof item.id === 'string' || typeof item.id === 'number'
		? String(item.id)
		: JSON.stringify(item);
}

/**
 * Tells whether a listing makes progress, with memory that stays flat: the ids of the previous
 * page only, plus one short fingerprint (size, first and last id) and the cursor of each page.
 * It catches a gateway that drops the cursor (page 1 again), a cursor that changes while the
 * items repeat, a page without items that still points further, and more pages than the new
 * items need.
 */
export class ListProgress {
	private pages = 0;
	private newItems = 0;
	private largestPage = 0;
	private previousIds = new Set<string>();
	private readonly fingerprints = new Map<string, number>();
	private readonly cursors = new Set<string>();

	/** Records one page; returns why the listing must stop before asking for `nextCursor`. */
	record(items: IDataObject[], nextCursor: string | undefined): string | undefined {
		this.pages += 1;
		const ids = items.map(idOf);
		const fresh = ids.filter((id) => !this.previousIds.has(id)).length;
		this.previousIds = new Set(ids);
		this.newItems += fresh;
		this.largestPage = Math.max(this.largestPage, fresh);
		if (nextCursor === undefined) return undefined;

		const fingerprint = `${ids.length}:${ids[0]}:${ids[ids.length - 1]}`;
		const earlier = this.fingerprints.get(fingerprint);
		if (ids.length > 0 && earlier !== undefined) {
			return `page ${this.pages} repeats page ${earlier}`;
		}
		this.fingerprints.set(fingerprint, this.pages);
		if (fresh === 0) {
			return `page ${this.pages} brought no new items but pointed to a next page`;
		}
		if (this.cursors.has(nextCursor)) {
			return `page ${this.pages} pointed back to a cursor it had already given`;
		}
		this.cursors.add(nextCursor);
		const pagesNeeded = Math.ceil(this.newItems / this.largestPage);
		if (this.pages > pagesNeeded + SPARE_PAGES) {
			return `${this.pages} pages brought only ${this.newItems} new items, ${pagesNeeded} pages' worth`;
		}
		return undefined;
	}
}
