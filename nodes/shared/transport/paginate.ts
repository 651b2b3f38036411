import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { sendFivetranRequest } from './request';
import type { FivetranContext, FivetranPage, FivetranRequest } from './types';
import { MAX_PAGE_SIZE } from './types';

export type ListRequest = Omit<FivetranRequest, 'method' | 'body'>;

/** One page of a Fivetran list: `data.items` plus the cursor of the next page, if any. */
export async function fetchPage(
	this: FivetranContext,
	request: ListRequest,
	pageSize: number,
	cursor?: string,
): Promise<FivetranPage> {
	const qs: IDataObject = { ...request.qs, limit: pageSize };
	if (cursor) qs.cursor = cursor;
	const envelope = await sendFivetranRequest.call(this, { ...request, method: 'GET', qs });
	const items = (envelope.data?.items as IDataObject[] | undefined) ?? [];
	const next = envelope.data?.next_cursor;
	return { items, nextCursor: typeof next === 'string' && next !== '' ? next : undefined };
}

/**
 * Walks a list page by page. `maxItems` (absent = everything) bounds both how many items come
 * back and each page's `limit`, so a small limit costs one small request and return-all of N
 * items costs ceil(N / 1000) requests.
 */
export async function* paginate(
	this: FivetranContext,
	request: ListRequest,
	maxItems?: number,
): AsyncGenerator<IDataObject[]> {
	const seenCursors = new Set<string>();
	let remaining = maxItems ?? Infinity;
	let cursor: string | undefined;
	while (remaining > 0) {
		const pageSize = Math.min(MAX_PAGE_SIZE, remaining);
		const page = await fetchPage.call(this, request, pageSize, cursor);
		const items = page.items.length > remaining ? page.items.slice(0, remaining) : page.items;
		remaining -= items.length;
		yield items;
		if (page.nextCursor === undefined) return;
		if (seenCursors.has(page.nextCursor)) {
			throw new NodeOperationError(
				this.getNode(),
				`Fivetran returned the same page cursor twice while listing ${request.path}`,
				{
					itemIndex: request.itemIndex,
					description:
						'Stopped instead of looping forever. This is a fault on the API side (or of a proxy in front of it); try again later.',
				},
			);
		}
		seenCursors.add(page.nextCursor);
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
