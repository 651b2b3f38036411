import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { loadListSearch } from '../../harness';
import { credentialsFor, fivetran, success } from '../fixtures';

// The dropdowns of transformations, transformation projects, users and hybrid agents: what each
// entry shows (state included, so a failed or offline one stands out) and what a filter matches.

async function search(methodName: string, filter?: string) {
	return await loadListSearch({
		nodeType: new Fivetran(),
		parameters: { resource: 'group', operation: 'get' },
		credentials: credentialsFor('readOnly'),
		credentialTypes: [new FivetranApi()],
		methodName,
		filter,
	});
}

const page = (items: object[]) => success({ items, next_cursor: null });

describe('Searchable lists for transformations, projects, users and agents', () => {
	it('transformations show their name (dbt Core) or package (Quickstart), status and pause', async () => {
		fivetran()
			.get('/v1/transformations')
			.query({ limit: '1000' })
			.reply(
				200,
				page([
					{
						id: 'tidal_narwhal',
						type: 'DBT_CORE',
						status: 'FAILED',
						paused: false,
						transformation_config: { name: 'Daily models' },
					},
					{
						id: 'gentle_quokka',
						type: 'QUICKSTART',
						status: 'SUCCEEDED',
						paused: true,
						transformation_config: { package_name: 'salesforce' },
					},
				]),
			);
		const result = await search('searchTransformations', 'daily');
		expect(result.results).toEqual([
			{ name: 'Daily models (FAILED)', value: 'tidal_narwhal', description: 'DBT_CORE' },
		]);
	});

	it('projects show their type and group', async () => {
		fivetran()
			.get('/v1/transformation-projects')
			.query({ limit: '1000' })
			.reply(200, page([{ id: 'crafty_kestrel', type: 'DBT_CORE', group_id: 'quiet_heron' }]));
		const result = await search('searchTransformationProjects');
		expect(result.results).toEqual([
			{ name: 'crafty_kestrel (DBT_CORE, group quiet_heron)', value: 'crafty_kestrel' },
		]);
	});

	it('users show their name and email, match on either, and carry their role', async () => {
		fivetran()
			.get('/v1/users')
			.query({ limit: '1000' })
			.reply(
				200,
				page([
					{
						id: 'cosmic_wren',
						email: 'ada@example.com',
						given_name: 'Ada',
						family_name: 'Wren',
						role: 'Account Reviewer',
					},
					{ id: 'humble_gecko', email: 'bo@example.com', role: 'Account Analyst' },
				]),
			);
		const result = await search('searchUsers', 'ADA@');
		expect(result.results).toEqual([
			{ name: 'Ada Wren <ada@example.com>', value: 'cosmic_wren', description: 'Account Reviewer' },
		]);
	});

	it('agents show whether they are online and when they were last seen', async () => {
		fivetran()
			.get('/v1/hybrid-deployment-agents')
			.query({ limit: '1000' })
			.reply(
				200,
				page([
					{
						id: 'drowsy_yak',
						display_name: 'Finance agent',
						online: false,
						group_id: 'brisk_otter',
						last_used_at: '2026-11-28T10:00:00Z',
					},
				]),
			);
		const result = await search('searchHybridAgents');
		expect(result.results).toEqual([
			{
				name: 'Finance agent (offline)',
				value: 'drowsy_yak',
				description: 'Group brisk_otter, last seen 2026-11-28T10:00:00Z',
			},
		]);
	});
});
