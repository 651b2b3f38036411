import nock from 'nock';

import { API_HOST, API_SECRET, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { connection, expectRefusedWithoutRequest, PLAIN } from './data';

// Connector Get Many, whole account, Return All, with "Parallel Group Reads" above 1: GET /groups,
// then each group's list side by side; output grouped by group in the groups' order, IDs once.

// Side by side is opt-in (the default 1 keeps one account list); these cases read 4 groups at once.
const base = {
	resource: 'connector',
	operation: 'getAll',
	scope: 'account',
	returnAll: true,
	parallelGroupReads: 4,
};
const group = (id: string) => ({ id, name: `Group ${id}` });
const inGroup = (groupId: string, ...ids: string[]) =>
	ids.map((id) => connection({ id, group_id: groupId }));

/** The account list's first page says there is more, so the groups are read side by side. */
function moreThanOnePage(qs: Record<string, string> = {}) {
	return fivetran()
		.get('/v1/connections')
		.query({ limit: '1000', ...qs })
		.reply(200, success({ items: inGroup('g1', 'probe'), next_cursor: 'p2' }));
}

function groups(...ids: string[]) {
	moreThanOnePage();
	return fivetran()
		.get('/v1/groups')
		.query({ limit: '1000' })
		.reply(200, success({ items: ids.map(group) }));
}

describe('Connector Get Many by group', () => {
	it("reads GET /groups, then every group list (schema filter on each); output in the groups' order although the first answers last", async () => {
		moreThanOnePage({ schema: 'pg' });
		fivetran()
			.get('/v1/groups')
			.query({ limit: '1000' })
			.reply(200, success({ items: ['g1', 'g2', 'g3'].map(group) }));
		const lists = fivetran()
			.matchHeader('accept', PLAIN)
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000', schema: 'pg' })
			.delay(150)
			.reply(200, success({ items: inGroup('g1', 'a', 'b') }))
			.get('/v1/groups/g2/connections')
			.query({ limit: '1000', schema: 'pg' })
			.reply(200, success({ items: inGroup('g2', 'c') }))
			.get('/v1/groups/g3/connections')
			.query({ limit: '1000', schema: 'pg' })
			.reply(200, success({ items: inGroup('g3', 'd', 'e') }));

		const { items, error } = await runFivetran({ ...base, filters: { schema: 'pg' } });

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(lists.isDone()).toBe(true);
	});

	it('never has more than "Parallel Group Reads" group lists in flight', async () => {
		const ids = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6', 'g7'];
		groups(...ids);
		let inFlight = 0;
		let peak = 0;
		for (const id of ids) {
			fivetran()
				.get(`/v1/groups/${id}/connections`)
				.query({ limit: '1000' })
				.reply(async () => {
					inFlight += 1;
					peak = Math.max(peak, inFlight);
					await new Promise((resolve) => setImmediate(resolve));
					inFlight -= 1;
					return [200, success({ items: inGroup(id, `${id}_c`) })];
				});
		}

		const { items } = await runFivetran({ ...base, parallelGroupReads: 3 });

		expect(items.map((i) => i.json.id)).toEqual(ids.map((id) => `${id}_c`));
		expect(peak).toBe(3);
		expect(nock.isDone()).toBe(true);
	});

	it('each group follows its own cursor; the groups list is paged too', async () => {
		moreThanOnePage();
		fivetran()
			.get('/v1/groups')
			.query({ limit: '1000' })
			.reply(200, success({ items: [group('g1')], next_cursor: 'G2' }))
			.get('/v1/groups')
			.query({ limit: '1000', cursor: 'G2' })
			.reply(200, success({ items: [group('g2')] }))
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g1', 'a'), next_cursor: 'c2' }))
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000', cursor: 'c2' })
			.reply(200, success({ items: inGroup('g1', 'b') }))
			.get('/v1/groups/g2/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g2', 'c') }));

		const { items } = await runFivetran(base);

		expect(items.map((i) => i.json.id)).toEqual(['a', 'b', 'c']);
		expect(nock.isDone()).toBe(true);
	});

	it('a connector that moved group during the read is output once', async () => {
		groups('g1', 'g2');
		fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g1', 'a', 'moved') }))
			.get('/v1/groups/g2/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g2', 'moved', 'b') }));

		const { items } = await runFivetran(base);

		expect(items.map((i) => i.json.id)).toEqual(['a', 'moved', 'b']);
	});

	it('a group gone (404) before its list is read is skipped and named in a hint; the rest is output', async () => {
		groups('g1', 'gone', 'g3');
		fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g1', 'a') }))
			.get('/v1/groups/gone/connections')
			.query({ limit: '1000' })
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'gone' doesn't exist" })
			.get('/v1/groups/g3/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g3', 'c') }));

		const { items, error, hints } = await runFivetran(base);

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.id)).toEqual(['a', 'c']);
		expect(hints?.map((h) => h.message)).toEqual([
			expect.stringContaining('Skipped 1 group(s) deleted while the account was read'),
		]);
		expect(hints?.[0].message).toContain('gone');
	});

	it('any other failure of one group list fails the whole list', async () => {
		groups('g1', 'g2');
		fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: inGroup('g1', 'a') }))
			.get('/v1/groups/g2/connections')
			.query({ limit: '1000' })
			.reply(403, { code: 'Forbidden', message: 'No access' });

		const { items, error } = await runFivetran(base);

		expect(items).toEqual([]);
		expect(error?.message).toContain('Fivetran denied permission');
		expect(error?.httpCode).toBe('403');
	});

	it('a group ID that is not a Fivetran ID is refused; no request goes out with it', async () => {
		groups('g1', '..');
		fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: '1000' })
			.optionally()
			.reply(200, success({ items: inGroup('g1', 'a') }));

		const { error } = await runFivetran(base);

		expect(error?.message).toContain('whose ID is not a Fivetran ID: ".."');
	});

	it("an account that fits in one page costs that one request, in the account's order", async () => {
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(200, success({ items: [...inGroup('g2', 'b'), ...inGroup('g1', 'a')] }));

		const { items } = await runFivetran(base);

		expect(items.map((i) => i.json.id)).toEqual(['b', 'a']);
		expect(api.isDone()).toBe(true);
	});

	it('with a Limit (not Return All) it stays one account request of that size', async () => {
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: '5' })
			.reply(200, success({ items: inGroup('g1', 'a') }));

		const { items } = await runFivetran({ ...base, returnAll: false, limit: 5 });

		expect(items.map((i) => i.json.id)).toEqual(['a']);
		expect(api.isDone()).toBe(true);
	});

	it.each([0, 17, 2.5, 'four'])(
		'"Parallel Group Reads" %p is refused before any request',
		async (value) => {
			await expectRefusedWithoutRequest(
				{ ...base, parallelGroupReads: value },
				'The parameter "Parallel Group Reads" must be a whole number from 1 to 16',
			);
		},
	);
});

const getGroup = { resource: 'group', operation: 'get', groupId: rl('g1') };

describe('One rate limit for the account', () => {
	it('a 429 holds every later request of the same key until Retry-After has passed; another key is not held', async () => {
		const time = fakeTime();
		fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '30' });
		const first = await runFivetran({
			...base,
			parallelGroupReads: 1,
			requestOptions: { maxTries: 1 },
		});
		expect(first.error?.httpCode).toBe('429');
		expect(time.sleeps).toEqual([]);

		const pausedAt = time.now();
		fivetran()
			.get('/v1/groups/g1')
			.reply(200, success(group('g1')));
		const second = await runFivetran({
			resource: 'group',
			operation: 'get',
			groupId: { __rl: true, mode: 'id', value: 'g1' },
		});
		expect(second.error).toBeUndefined();
		// The whole Retry-After, waited before the request was sent, not after a 429 of its own.
		expect(time.sleeps).toEqual([30_000]);
		expect(time.now()).toBe(pausedAt + 30_000);

		// The pause is over; a new one for this key must not hold another account's key.
		fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(429, { code: 'TooManyRequests' }, { 'Retry-After': '30' });
		await runFivetran({ ...base, parallelGroupReads: 1, requestOptions: { maxTries: 1 } });
		nock(API_HOST)
			.get('/v1/groups/g1')
			.reply(200, success(group('g1')));
		const otherKey = await runFivetran(getGroup, {
			credentials: {
				fivetranApi: { apiKey: 'another-key', apiSecret: API_SECRET, baseUrl: `${API_HOST}/v1` },
			},
		});
		expect(otherKey.error).toBeUndefined();
		expect(time.sleeps).toEqual([30_000]);
	});
});
