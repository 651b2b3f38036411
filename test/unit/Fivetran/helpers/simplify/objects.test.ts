import {
	simplifyConnector,
	simplifyHybridAgent,
	simplifyTransformation,
	simplifyTransformationProject,
	simplifyUser,
	simplifyWebhook,
} from '../../../../../nodes/Fivetran/helpers/simplify/objects';
import { connection } from '../../actions/connector/data';

describe('Simplified forms', () => {
	it('connector: paused comes from the flag or the sync state, a failure after the last success is a failed last sync', () => {
		const short = simplifyConnector(
			connection(
				{ id: 'c1', paused: true, failed_at: '2026-01-02T00:00:00Z' },
				{ sync_state: 'paused', warnings: [{ code: 'w' }] },
			),
		);
		expect(short).toMatchObject({
			id: 'c1',
			paused: true,
			is_broken: false,
			last_sync_failed: true,
			first_task_message: null,
		});
	});

	it('connector: a missing status still gives every key', () => {
		const short = simplifyConnector({ id: 'c2' });
		expect(Object.keys(short)).toHaveLength(15);
		expect(short).toMatchObject({ setup_state: null, sync_state: null, tasks_count: 0 });
	});

	it('transformation: name from the dbt config or the Quickstart package, the first error', () => {
		const dbt = simplifyTransformation({
			id: 't1',
			status: 'FAILED',
			transformation_config: { name: 'Daily models', steps: [{ command: 'dbt build' }] },
			schedule: { schedule_type: 'INTEGRATED' },
			errors: ['Model x failed'],
		});
		expect(dbt).toMatchObject({
			id: 't1',
			name: 'Daily models',
			schedule_type: 'INTEGRATED',
			errors_count: 1,
			first_error: 'Model x failed',
		});
		expect(dbt).not.toHaveProperty('transformation_config');
		expect(simplifyTransformation({ transformation_config: { package_name: 'stripe' } }).name).toBe(
			'stripe',
		);
	});

	it('user, webhook, agent, project: fixed keys, nothing else (a webhook secret stays out)', () => {
		expect(Object.keys(simplifyUser({ id: 'u', phone: '1' }))).toEqual([
			'id',
			'email',
			'given_name',
			'family_name',
			'role',
			'active',
			'logged_in_at',
		]);
		expect(simplifyWebhook({ id: 'w', secret: '******', url: 'https://x' })).not.toHaveProperty(
			'secret',
		);
		expect(simplifyHybridAgent({ id: 'a', online: false })).toMatchObject({
			id: 'a',
			online: false,
		});
		expect(simplifyTransformationProject({ id: 'p', errors: ['e1', 'e2'] })).toMatchObject({
			errors_count: 2,
		});
	});
});
