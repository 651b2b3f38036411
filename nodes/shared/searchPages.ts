import type { ListRequest } from './transport/pagination';
import { fetchPage } from './transport/pagination';
import type { FivetranContext, FivetranPage } from './transport/types';
import { MAX_PAGE_SIZE } from './transport/types';

// What one dropdown call (one keystroke, one scroll) may cost, and the one page walk every dropdown
// search uses: one account list page by page, or several groups' lists side by side, all drawing
// on the same count of pages.

/** Enough matches to fill the dropdown so that it scrolls (and scrolling asks for more). */
export const MATCHES_PER_SCREEN = 50;
/** At most this many pages (of 1000) per call: 20,000 objects searched per keystroke. */
export const MAX_PAGES_PER_SEARCH = 20;
/** A dropdown is interactive: fewer tries than an operation's default. */
export const SEARCH_MAX_TRIES = 3;

/** The pages one call may still read, shared by every list it reads. */
export class PageBudget {
	constructor(private left: number) {}

	/** Takes one page, if any is left. */
	take(): boolean {
		if (this.left <= 0) return false;
		this.left -= 1;
		return true;
	}
}

/**
 * One list's pages from `cursor` on, each one taken from `budget` before it is asked for. Ends at
 * the list's end (the last page has no `nextCursor`) or when the budget is spent (the last page
 * read still has one: where to go on). The same cursor again would only re-read the page, so it
 * counts as the list's end.
 */
export async function* searchPages(
	this: FivetranContext,
	request: ListRequest,
	budget: PageBudget,
	cursor?: string,
): AsyncGenerator<FivetranPage> {
	let at = cursor;
	while (budget.take()) {
		const page = await fetchPage.call(this, request, MAX_PAGE_SIZE, at);
		const nextCursor = page.nextCursor === at ? undefined : page.nextCursor;
		yield { items: page.items, nextCursor };
		if (nextCursor === undefined) return;
		at = nextCursor;
	}
}
