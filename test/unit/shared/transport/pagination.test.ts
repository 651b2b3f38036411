import type { IDataObject } from 'n8n-workflow';

import { fakeTime, fivetran, runFivetran, success } from '../../fixtures';

function groups(from: number, count: number): IDataObject[] {
	return Array.from({ length: count }, (_, i) => ({ id: `g${from + i}` }));
}

/** Serves `total` groups in pages the size the client asks for, counting the requests. */
function serveGroups(total: number): { requests: Array<Record<string, string>> } {
	const requests: Array<Record<string, string>> = [];
	fivetran()
		.get('/v1/groups')
		.query(true)
		.times(10) // more than any case needs; the count is checked below
		.reply(function (uri) {
			const query = Object.fromEntries(new URL(uri, 'https://api.test').searchParams);
			requests.push(query);
			const offset = Number(query.cursor ?? 0);
			const size = Number(query.limit);
			const end = Math.min(total, offset + size);
			const page: IDataObject = { items: groups(offset, end - offset) };
			if (end < total) page.next_cursor = String(end);
			return [200, success(page)];
		});
	return { requests };
}

describe('Return All takes ceil(N / 1000) requests at page size 1000', () => {
	it.each([
		[0, 1],
		[1, 1],
		[1000, 1],
		[1001, 2],
		[2500, 3],
	])('%i groups -> %i requests', async (total, expectedRequests) => {
		const { requests } = serveGroups(total);

		const { items, error } = await runFivetran({
			resource: 'group',
			operation: 'getAll',
			returnAll: true,
		});

		expect(error).toBeUndefined();
		expect(items).toHaveLength(total);
		expect(items[total - 1]?.json.id).toBe(total ? `g${total - 1}` : undefined);
		expect(requests).toHaveLength(expectedRequests);
		expect(requests.every((query) => query.limit === '1000')).toBe(true);
		expect(requests[0].cursor).toBeUndefined();
	});
});

describe('Limit asks for no more than it needs', () => {
	it('limit 5 of 2500: one request with limit=5', async () => {
		const { requests } = serveGroups(2500);

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'getAll',
			returnAll: false,
			limit: 5,
		});

		expect(items.map((item) => item.json.id)).toEqual(['g0', 'g1', 'g2', 'g3', 'g4']);
		expect(requests).toEqual([{ limit: '5' }]);
	});

	it('a server that returns more than asked is cut to the limit', async () => {
		fivetran()
			.get('/v1/groups')
			.query({ limit: '2' })
			.reply(200, success({ items: groups(0, 4), next_cursor: 'x' }));

		const { items } = await runFivetran({
			resource: 'group',
			operation: 'getAll',
			returnAll: false,
			limit: 2,
		});

		expect(items).toHaveLength(2);
	});
});

/** Serves the given pages of /v1/groups in order, whatever cursor is asked for; records each query. */
function servePages(pages: unknown[]): { requests: Array<Record<string, string>> } {
	const requests: Array<Record<string, string>> = [];
	let served = 0;
	fivetran()
		.get('/v1/groups')
		.query(true)
		.times(pages.length)
		.reply(function (uri) {
			requests.push(Object.fromEntries(new URL(uri, 'https://api.test').searchParams));
			return [200, pages[served++]];
		});
	return { requests };
}

const listAllGroups = async (requestOptions = {}) =>
	await runFivetran({ resource: 'group', operation: 'getAll', returnAll: true, requestOptions });

describe('A page that is not a page is retried, then an error, never an empty list', () => {
	const notAPage = (why: string, tries: number) =>
		`The answer to GET /groups is not Fivetran's (HTTP 200: a list page ${why}; ${tries} tries)`;

	it.each([
		['without a data object', { code: 'Success' }],
		['without a data object', { code: 'Success', data: null }],
		['without an items array', success({ next_cursor: null })],
		['without an items array', success({ items: { id: 'g0' } })],
		['with items that are not objects', success({ items: ['g0'] })],
		['whose next_cursor is not text', success({ items: groups(0, 1), next_cursor: 5 })],
	])('an answer %s, twice', async (why, body) => {
		fakeTime();
		const { requests } = servePages([body, body]);

		const { items, error } = await listAllGroups({ maxTries: 2 });

		expect(items).toEqual([]);
		expect(error?.message).toBe(notAPage(why, 2));
		expect(error?.description).toContain('Request: GET /groups');
		expect(requests).toEqual([{ limit: '1000' }, { limit: '1000' }]);
	});

	it('once, then a real page: retried, nothing lost', async () => {
		fakeTime();
		const { requests } = servePages([
			success({ items: groups(0, 1000), next_cursor: 'c1' }),
			success({ next_cursor: 'c2' }),
			success({ items: groups(1000, 5) }),
		]);

		const { items, error } = await listAllGroups();

		expect(error).toBeUndefined();
		expect(items).toHaveLength(1005);
		expect(requests).toEqual([
			{ limit: '1000' },
			{ limit: '1000', cursor: 'c1' },
			{ limit: '1000', cursor: 'c1' },
		]);
	});

	it('a bad second page on every try fails the whole listing, not just the first page', async () => {
		fakeTime();
		const bad = success({ next_cursor: 'c2' });
		const { requests } = servePages([
			success({ items: groups(0, 1000), next_cursor: 'c1' }),
			bad,
			bad,
		]);

		const { items, error } = await listAllGroups({ maxTries: 2 });

		expect(items).toEqual([]);
		expect(error?.message).toBe(notAPage('without an items array', 2));
		expect(requests).toHaveLength(3);
	});
});

describe('A listing that does not make progress stops', () => {
	const stalled = (what: string) => `Fivetran's list did not make progress: ${what} (GET /groups)`;

	it('a cursor that repeats', async () => {
		const { requests } = servePages([
			success({ items: groups(0, 1), next_cursor: 'same' }),
			success({ items: groups(1, 1), next_cursor: 'same' }),
		]);

		const { error } = await listAllGroups();

		expect(error?.message).toBe(stalled('page 2 pointed back to a cursor it had already given'));
		expect(requests).toHaveLength(2);
		expect(requests[1]).toEqual({ limit: '1000', cursor: 'same' });
	});

	it('a gateway that drops the cursor (page 1 again) stops at page 2', async () => {
		const first = success({ items: groups(0, 1000), next_cursor: 'c1' });
		const { requests } = servePages([first, first, first]);

		const { items, error } = await listAllGroups();

		expect(items).toEqual([]);
		expect(error?.message).toBe(stalled('page 2 repeats page 1'));
		expect(requests).toEqual([{ limit: '1000' }, { limit: '1000', cursor: 'c1' }]);
	});

	it('a cursor that changes forever while the items repeat stops within a few requests', async () => {
		// Pages alternate between two sets of items, each with a cursor never seen before.
		const pages = Array.from({ length: 50 }, (_, page) =>
			success({ items: groups((page % 2) * 1000, 1000), next_cursor: `c${page + 1}` }),
		);
		const { requests } = servePages(pages);

		const { error } = await listAllGroups();

		expect(error?.message).toBe(stalled('page 3 repeats page 1'));
		expect(requests).toHaveLength(3);
		expect(requests[2]).toEqual({ limit: '1000', cursor: 'c2' });
	});

	it('a window that slides by one item per page stops once the pages outnumber the new items', async () => {
		const pages = Array.from({ length: 50 }, (_, page) =>
			success({ items: groups(page, 1000), next_cursor: `c${page + 1}` }),
		);
		const { requests } = servePages(pages);

		const { error } = await listAllGroups();

		expect(error?.message).toBe(stalled("6 pages brought only 1005 new items, 2 pages' worth"));
		expect(requests).toHaveLength(6);
	});

	it('a page with no items that still points to a next page', async () => {
		const { requests } = servePages([
			success({ items: groups(0, 1000), next_cursor: 'c1' }),
			success({ items: [], next_cursor: 'c2' }),
		]);

		const { error } = await listAllGroups();

		expect(error?.message).toBe(stalled('page 2 brought no new items but pointed to a next page'));
		expect(requests).toHaveLength(2);
	});

	it('an item shifted back onto the next page (a listing during inserts) is still fine', async () => {
		const { requests } = servePages([
			success({ items: groups(0, 1000), next_cursor: 'c1' }),
			success({ items: groups(999, 1000), next_cursor: 'c2' }),
			success({ items: groups(1999, 2) }),
		]);

		const { items, error } = await listAllGroups();

		expect(error).toBeUndefined();
		expect(items).toHaveLength(2002);
		expect(requests.map((query) => query.cursor)).toEqual([undefined, 'c1', 'c2']);
	});
});
