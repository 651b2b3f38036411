import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { loadListSearch } from '../../harness';
import { credentialsFor, fivetran, success } from '../fixtures';

/** `count` connectors gen_<n> from `first` on; `schema` is what a filter could match. */
function connectors(first: number, count: number, schema = 'app_db') {
	return Array.from({ length: count }, (_, i) => ({
		id: `gen_${first + i}`,
		schema,
		service: 'postgres',
	}));
}

/**
 * A list that never ends: page n (cursor n, none for 0) points to n + 1. Returns the cursor each
 * request asked for (null: none), every request having asked for pages of 1000.
 */
function endlessList(path: string): Array<string | null> {
	const cursors: Array<string | null> = [];
	fivetran()
		.get(path)
		.query(true)
		.times(25)
		.reply(200, (uri) => {
			const query = new URL(uri, 'https://api.test').searchParams;
			expect(query.get('limit')).toBe('1000');
			cursors.push(query.get('cursor'));
			const page = Number(query.get('cursor') ?? 0);
			return success({ items: connectors(page * 1000, 1000), next_cursor: String(page + 1) });
		});
	return cursors;
}

async function search(methodName: string, filter?: string, paginationToken?: string) {
	return await loadListSearch({
		nodeType: new Fivetran(),
		parameters: { resource: 'group', operation: 'get' },
		credentials: credentialsFor('readOnly'),
		credentialTypes: [new FivetranApi()],
		methodName,
		filter,
		paginationToken,
	});
}

const groups = [
	{ id: 'sandy_lamb', name: 'Marketing Warehouse' },
	{ id: 'brisk_otter', name: 'Finance' },
];

describe('Searchable ID lists (resource locators)', () => {
	it('groups without a filter: one full page per call, with the cursor for the next page', async () => {
		const api = fivetran()
			.get('/v1/groups')
			.query({ limit: '1000', cursor: 'page2' })
			.reply(200, success({ items: groups, next_cursor: 'page3' }));

		const result = await search('searchGroups', undefined, 'page2');

		expect(result).toEqual({
			results: [
				{ name: 'Marketing Warehouse', value: 'sandy_lamb' },
				{ name: 'Finance', value: 'brisk_otter' },
			],
			paginationToken: 'page3',
		});
		expect(api.isDone()).toBe(true);
	});

	it('groups with a filter: matched here by name or ID, case-insensitive', async () => {
		const api = fivetran()
			.get('/v1/groups')
			.query({ limit: '1000' })
			.reply(200, success({ items: groups }));

		const result = await search('searchGroups', 'market');

		expect(result).toEqual({
			results: [{ name: 'Marketing Warehouse', value: 'sandy_lamb' }],
			paginationToken: undefined,
		});
		expect(api.isDone()).toBe(true);
	});

	it('connectors: shows schema and service, links to the dashboard, matches the service', async () => {
		fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.reply(
				200,
				success({
					items: [
						{ id: 'mellow_crane', schema: 'app_db', service: 'postgres' },
						{ id: 'dapper_walrus', schema: 'crm', service: 'salesforce' },
					],
				}),
			);

		const result = await search('searchConnectors', 'SALESFORCE');

		expect(result).toEqual({
			results: [
				{
					name: 'crm (salesforce)',
					value: 'dapper_walrus',
					url: 'https://fivetran.com/dashboard/connectors/dapper_walrus/status',
				},
			],
			paginationToken: undefined,
		});
	});

	it('connectors: the state that needs attention follows the name; typing it finds them', async () => {
		const status = (setup: string, sync: string) => ({ setup_state: setup, sync_state: sync });
		fivetran()
			.get('/v1/connections')
			.query({ limit: '1000' })
			.times(2)
			.reply(
				200,
				success({
					items: [
						{
							id: 'fine',
							schema: 'app_db',
							service: 'postgres',
							status: status('connected', 'scheduled'),
						},
						{
							id: 'brk',
							schema: 'crm',
							service: 'salesforce',
							status: status('broken', 'scheduled'),
						},
						{
							id: 'psd',
							schema: 'ads',
							service: 'google_ads',
							paused: true,
							status: status('connected', 'paused'),
						},
						{
							id: 'syn',
							schema: 'shop',
							service: 'shopify',
							status: status('connected', 'syncing'),
						},
						{
							id: 'inc',
							schema: 'hr',
							service: 'workday',
							status: status('incomplete', 'scheduled'),
						},
						{
							id: 'lsf',
							schema: 'web',
							service: 'ga4',
							status: status('connected', 'scheduled'),
							succeeded_at: '2026-01-01T00:00:00Z',
							failed_at: '2026-01-02T00:00:00Z',
						},
					],
				}),
			);

		const all = await search('searchConnectors');
		const broken = await search('searchConnectors', 'broken');

		expect(all.results.map((r) => r.name)).toEqual([
			'app_db (postgres)',
			'crm (salesforce) · broken',
			'ads (google_ads) · paused',
			'shop (shopify) · syncing',
			'hr (workday) · setup incomplete',
			'web (ga4) · last sync failed',
		]);
		expect(broken.results.map((r) => r.value)).toEqual(['brk']);
	});

	it('destinations: every destination when there is no filter', async () => {
		fivetran()
			.get('/v1/destinations')
			.query({ limit: '1000' })
			.reply(
				200,
				success({ items: [{ id: 'sandy_lamb', service: 'snowflake', region: 'AWS_US_EAST_1' }] }),
			);

		const result = await search('searchDestinations');

		expect(result.results).toEqual([
			{ name: 'sandy_lamb (snowflake, AWS_US_EAST_1)', value: 'sandy_lamb' },
		]);
	});

	it('a filter walks on past pages without a match: a group only on page 2 is found', async () => {
		const many = (first: number, count: number) =>
			Array.from({ length: count }, (_, i) => ({ id: `grp_${first + i}`, name: 'Team' }));
		const api = fivetran()
			.get('/v1/groups')
			.query({ limit: '1000' })
			.reply(200, success({ items: many(0, 1000), next_cursor: 'c2' }))
			.get('/v1/groups')
			.query({ limit: '1000', cursor: 'c2' })
			.reply(200, success({ items: [...many(1000, 400), { id: 'late_heron', name: 'Billing' }] }));

		const result = await search('searchGroups', 'billing');

		expect(result.results.map((r) => r.value)).toEqual(['late_heron']);
		expect(result.paginationToken).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a filter stops once a dropdown screen (50) is matched and hands n8n the cursor to go on', async () => {
		const page = (first: number) => [
			...connectors(first, 30, 'crm'),
			...connectors(first + 30, 970),
		];
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: '1000', cursor: 'c7' })
			.reply(200, success({ items: page(0), next_cursor: 'c8' }))
			.get('/v1/connections')
			.query({ limit: '1000', cursor: 'c8' })
			.reply(200, success({ items: page(1000), next_cursor: 'c9' }));

		const result = await search('searchConnectors', 'crm', 'c7');

		expect(result.results).toHaveLength(60);
		expect(result.paginationToken).toBe('c9');
		expect(api.isDone()).toBe(true); // and nothing asked for c9: nock has no interceptor for it
	});

	it('a filter reads at most 20 pages per call, then hands n8n the cursor of the 21st', async () => {
		const cursors = endlessList('/v1/destinations');

		const result = await search('searchDestinations', 'no such destination');

		expect(cursors).toEqual([null, ...Array.from({ length: 19 }, (_, i) => String(i + 1))]);
		expect(result).toEqual({ results: [], paginationToken: '20' });
	});

	it('connectors: a search that went on by the account cursor reads at most 20 pages per call too', async () => {
		const cursors = endlessList('/v1/connections');

		const result = await search('searchConnectors', 'no such connector', '3');

		expect(cursors).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 3)));
		expect(result).toEqual({ results: [], paginationToken: '23' });
	});

	it('a list that hands back the same cursor is read once, not in a loop', async () => {
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: '1000', cursor: 'same' })
			.reply(200, success({ items: connectors(0, 3), next_cursor: 'same' }));

		const result = await search('searchConnectors', 'nothing', 'same');

		expect(result).toEqual({ results: [], paginationToken: undefined });
		expect(api.isDone()).toBe(true);
	});

	it('an API error reaches the dropdown with Fivetran message', async () => {
		fivetran()
			.get('/v1/groups')
			.query(true)
			.reply(401, { code: 'AuthFailed', message: 'Missing or invalid API key or secret' });

		await expect(search('searchGroups')).rejects.toThrow(
			'Fivetran rejected the credentials (401 AuthFailed): Missing or invalid API key or secret',
		);
	});
});
