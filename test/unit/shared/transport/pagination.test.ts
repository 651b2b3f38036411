import type { IDataObject } from 'n8n-workflow';

import { fivetran, runFivetran, success } from '../../fixtures';

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

describe('A cursor that repeats', () => {
	it('stops with an error instead of looping forever', async () => {
		const api = fivetran()
			.get('/v1/groups')
			.query({ limit: '1000' })
			.reply(200, success({ items: groups(0, 1), next_cursor: 'same' }))
			.get('/v1/groups')
			.query({ limit: '1000', cursor: 'same' })
			.reply(200, success({ items: groups(1, 1), next_cursor: 'same' }));

		const { error } = await runFivetran({
			resource: 'group',
			operation: 'getAll',
			returnAll: true,
		});

		expect(error?.message).toBe(
			'Fivetran returned the same page cursor twice while listing /groups',
		);
		expect(api.isDone()).toBe(true);
	});
});
