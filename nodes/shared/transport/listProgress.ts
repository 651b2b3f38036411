import type { IDataObject } from 'n8n-workflow';

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
