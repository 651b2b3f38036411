import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { SEARCH_PARALLEL_GROUP_READS } from '../../../../nodes/shared/groupReads/parallelGroupReads';
import { loadListSearch } from '../../../harness';
import { credentialsFor, fivetran, success } from '../../fixtures';

// The Connector dropdown's filtered search in an account bigger than one page reads the groups'
// lists side by side: GET /groups, then GET /groups/{id}/connections, at most
// SEARCH_PARALLEL_GROUP_READS at once, at most 20 connector pages per call.

async function search(filter?: string, paginationToken?: string) {
	return await loadListSearch({
		nodeType: new Fivetran(),
		parameters: { resource: 'connector', operation: 'get' },
		credentials: credentialsFor('readOnly'),
		credentialTypes: [new FivetranApi()],
		methodName: 'searchConnectors',
		filter,
		paginationToken,
	});
}

const connector = (id: string, schema = 'other') => ({ id, schema, service: 'postgres' });
const values = (result: INodeListSearchResult) => result.results.map((item) => item.value);

/** The account list's first page: full, with a cursor, so the account is bigger than one page. */
function bigAccountFirstPage(items: IDataObject[] = [connector('elsewhere')]) {
	return fivetran()
		.get('/v1/connections')
		.query({ limit: '1000' })
		.reply(200, success({ items, next_cursor: 'account_page_2' }));
}

function groupList(ids: string[]) {
	return fivetran()
		.get('/v1/groups')
		.query({ limit: '1000' })
		.reply(200, success({ items: ids.map((id) => ({ id, name: id })) }));
}

interface Seen {
	path: string;
	query: Record<string, string>;
}

/**
 * Group lists served from `pages` (group ID -> its pages); page n's cursor is `<group>_p<n>`.
 * Every request is recorded with its path and query.
 */
function fakeGroupLists(pages: Record<string, IDataObject[][]>): Seen[] {
	const seen: Seen[] = [];
	fivetran()
		.get(/^\/v1\/groups\/[^/]+\/connections/)
		.query(true)
		.reply((uri) => {
			const url = new URL(uri, 'https://api.test');
			const query = Object.fromEntries(url.searchParams);
			seen.push({ path: url.pathname, query });
			const group = url.pathname.split('/')[3];
			const at = query.cursor === undefined ? 1 : Number(query.cursor.split('_p').pop());
			const list = pages[group];
			if (list === undefined) return [404, { code: 'NotFound', message: 'Group not found' }];
			const next = at < list.length ? `${group}_p${at + 1}` : undefined;
			return [200, success({ items: list[at - 1], next_cursor: next })];
		})
		.persist();
	return seen;
}

const connectorPages = (seen: Seen[]) => seen.length;

describe('Connector dropdown search of a big account, group by group', () => {
	it('reads GET /groups and each group list side by side; output in the groups order, each ID once', async () => {
		const api = bigAccountFirstPage([connector('crm_1', 'crm_a')])
			.get('/v1/groups')
			.query({ limit: '1000' })
			.reply(200, success({ items: [{ id: 'g_a' }, { id: 'g_b' }, { id: 'g_c' }] }))
			// The first group answers last: the order is still the groups' order.
			.get('/v1/groups/g_a/connections')
			.query({ limit: '1000' })
			.delay(30)
			.reply(200, success({ items: [connector('crm_1', 'crm_a'), connector('x1')] }))
			.get('/v1/groups/g_b/connections')
			.query({ limit: '1000' })
			// crm_1 moved from g_a to g_b while the groups were read: shown once.
			.reply(200, success({ items: [connector('crm_2', 'crm_b'), connector('crm_1', 'crm_a')] }))
			.get('/v1/groups/g_c/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: [connector('crm_3', 'crm_c')] }));

		const result = await search('crm');

		expect(values(result)).toEqual(['crm_1', 'crm_2', 'crm_3']);
		expect(result.paginationToken).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a group deleted between GET /groups and its own list (404) is skipped without an error', async () => {
		bigAccountFirstPage();
		groupList(['g_a', 'g_gone', 'g_c']);
		const seen = fakeGroupLists({
			g_a: [[connector('crm_1', 'crm_a')]],
			g_c: [[connector('crm_3', 'crm_c')]],
		});

		const result = await search('crm');

		expect(values(result)).toEqual(['crm_1', 'crm_3']);
		expect(result.paginationToken).toBeUndefined();
		expect(seen.map((request) => request.path).sort()).toEqual([
			'/v1/groups/g_a/connections',
			'/v1/groups/g_c/connections',
			'/v1/groups/g_gone/connections',
		]);
	});

	it('an account of one page costs one request, as before; without a filter one page per call', async () => {
		const small = fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: [connector('crm_1', 'crm')] }));
		expect(values(await search('crm'))).toEqual(['crm_1']);
		expect(small.isDone()).toBe(true);

		const big = bigAccountFirstPage([connector('a'), connector('b')]);
		const unfiltered = await search();
		expect(values(unfiltered)).toEqual(['a', 'b']);
		expect(unfiltered.paginationToken).toBe('account_page_2');
		expect(big.isDone()).toBe(true);
	});

	it('a first page with a screen of matches is shown with the account cursor, one request', async () => {
		const first = Array.from({ length: 60 }, (_, i) => connector(`crm_${i}`, 'crm'));
		const api = bigAccountFirstPage(first);

		const result = await search('crm');

		expect(result.results).toHaveLength(60);
		expect(result.paginationToken).toBe('account_page_2');
		expect(api.isDone()).toBe(true);
	});

	it('stops at a screen of matches: no group beyond those already started is read; the token goes on from there', async () => {
		const groups = Array.from({ length: 10 }, (_, g) => `g${g}`);
		const pages = Object.fromEntries(
			groups.map((group) => [
				group,
				[Array.from({ length: 30 }, (_, i) => connector(`${group}_c${i}`, 'crm'))],
			]),
		);
		bigAccountFirstPage();
		groupList(groups);
		const seen = fakeGroupLists(pages);

		const first = await search('crm');

		expect(values(first)).toEqual([...pages.g0[0], ...pages.g1[0]].map((c) => c.id));
		expect(first.paginationToken).toBe('group:2');
		// g0 handed on frees one place in the window (g4); g1's page fills the screen.
		const read = new Set(seen.map((request) => request.path.split('/')[3]));
		expect(read.size).toBeLessThanOrEqual(SEARCH_PARALLEL_GROUP_READS + 1);
		expect([...read].every((group) => Number(group.slice(1)) <= 4)).toBe(true);

		seen.length = 0;
		groupList(groups);
		const second = await search('crm', first.paginationToken);
		expect(values(second)).toEqual([...pages.g2[0], ...pages.g3[0]].map((c) => c.id));
		expect(second.paginationToken).toBe('group:4');
		expect(seen.some((request) => ['g0', 'g1'].includes(request.path.split('/')[3]))).toBe(false);
	});

	it('at most 20 connector pages per call: the token says where to go on, and the calls together find every match once, in order', async () => {
		// 10 groups of 3 pages of one matching connector: 30 pages, more than one call may read.
		const groups = Array.from({ length: 10 }, (_, g) => `g${g}`);
		const pages = Object.fromEntries(
			groups.map((group) => [group, [1, 2, 3].map((p) => [connector(`${group}_${p}`, 'crm')])]),
		);
		const seen = fakeGroupLists(pages);
		bigAccountFirstPage();

		const shown: Array<string | number | boolean> = [];
		let token: string | undefined;
		let calls = 0;
		do {
			groupList(groups);
			const before = seen.length;
			const result = await search('crm', token);
			calls += 1;
			shown.push(...values(result));
			token = result.paginationToken;
			// The first call's account page counts too.
			const pagesRead = seen.length - before + (calls === 1 ? 1 : 0);
			expect(pagesRead).toBeLessThanOrEqual(20);
			if (token !== undefined) expect(token).toMatch(/^group:\d+(:g\d_p\d)?$/);
		} while (token !== undefined && calls < 5);

		expect(calls).toBeGreaterThan(1);
		expect(token).toBeUndefined();
		expect(shown).toEqual(groups.flatMap((group) => pages[group].map((page) => page[0].id)));
		for (const request of seen) {
			expect(request.query.limit).toBe('1000');
			if (request.query.cursor !== undefined) {
				expect(request.query.cursor.startsWith(`${request.path.split('/')[3]}_p`)).toBe(true);
			}
		}
		expect(connectorPages(seen)).toBeGreaterThanOrEqual(30);
	});

	it('a token within a group goes on at its cursor, from that group on', async () => {
		groupList(['g_a', 'g_b', 'g_c']);
		const api = fivetran()
			.get('/v1/groups/g_b/connections')
			.query({ limit: '1000', cursor: 'cur_b2' })
			.reply(200, success({ items: [connector('crm_b2', 'crm')] }))
			.get('/v1/groups/g_c/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: [connector('crm_c1', 'crm')] }));

		const result = await search('crm', 'group:1:cur_b2');

		expect(values(result)).toEqual(['crm_b2', 'crm_c1']);
		expect(result.paginationToken).toBeUndefined();
		expect(api.isDone()).toBe(true); // g_a was not read again, nor the account list
	});

	it.each(['group:', 'group:x', 'group:-1', 'group:1:has space', 'group:12345678901', 'group:1:'])(
		'a token this node did not give (%j) is a clear error; nothing is read',
		async (token) => {
			await expect(search('crm', token)).rejects.toThrow(
				'The dropdown asked to go on from a position this node did not give',
			);
		},
	);

	it('a group ID from GET /groups that is not a Fivetran ID is refused before it becomes a path', async () => {
		bigAccountFirstPage();
		groupList(['g_a', '..']);
		const seen = fakeGroupLists({ g_a: [[connector('x')]] });

		await expect(search('crm')).rejects.toThrow('not a Fivetran ID');
		expect(seen.every((request) => request.path === '/v1/groups/g_a/connections')).toBe(true);
	});
});
