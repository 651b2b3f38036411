import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { loadListSearch } from '../../harness';
import { credentialsFor, fivetran, success } from '../fixtures';

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

describe('Searchable ID lists (resource locators)', () => {
	it('groups: one full page, filtered here by name or ID, with the cursor for the next page', async () => {
		const api = fivetran()
			.get('/v1/groups')
			.query({ limit: '1000', cursor: 'page2' })
			.reply(
				200,
				success({
					items: [
						{ id: 'sandy_lamb', name: 'Marketing Warehouse' },
						{ id: 'brisk_otter', name: 'Finance' },
					],
					next_cursor: 'page3',
				}),
			);

		const result = await search('searchGroups', 'market', 'page2');

		expect(result).toEqual({
			results: [{ name: 'Marketing Warehouse', value: 'sandy_lamb' }],
			paginationToken: 'page3',
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
