import { statusSummary } from '../../../../../nodes/Fivetran/connector/getStatus.operation';
import {
	simplifyConnector,
	simplifyHybridAgent,
	simplifyTransformation,
	simplifyTransformationProject,
	simplifyUser,
	simplifyWebhook,
} from '../../../../../nodes/Fivetran/common/simplify/objects';
import { connection } from '../../connector/data';

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
			is_paused: true,
			is_broken: false,
			last_sync_failed: true,
			first_task_message: null,
		});
	});

	it('connector: the keys Simplify and Get Status share have the same names and values', () => {
		const full = connection({ paused: true }, { setup_state: 'broken' });
		const short = simplifyConnector(full);
		const status = statusSummary(full);
		const shared = Object.keys(short).filter((key) => key in status);
		expect(shared).toEqual(
			expect.arrayContaining([
				'is_paused',
				'is_broken',
				'last_sync_failed',
				'setup_state',
				'sync_state',
				'update_state',
				'succeeded_at',
				'failed_at',
			]),
		);
		for (const key of shared) expect([key, short[key]]).toEqual([key, status[key]]);
	});

	it('connector: a missing status invents no state; derived values are still there', () => {
		const short = simplifyConnector({ id: 'c2' });
		expect(short).toEqual({
			id: 'c2',
			is_paused: false,
			is_broken: false,
			last_sync_failed: false,
			tasks_count: 0,
			first_task_message: null,
			dashboard_url: 'https://fivetran.com/dashboard/connectors/c2/status',
		});
	});

	it('connector: the first blocking task is quoted, not a warning listed among the tasks', () => {
		const short = simplifyConnector(
			connection(
				{},
				{
					setup_state: 'broken',
					tasks: [
						{ code: 'resync_table_warning', message: 'Resync Table Warning' },
						{ code: 'reconnect', message: 'Reconnect' },
					],
				},
			),
		);
		expect(short).toMatchObject({ tasks_count: 2, first_task_message: 'Reconnect' });
	});

	it.each([
		['sync_state', 'scheduled'],
		['sync_state', 'syncing'],
		['sync_state', 'paused'],
		['sync_state', 'rescheduled'],
		['setup_state', 'incomplete'],
		['setup_state', 'connected'],
		['setup_state', 'broken'],
		['update_state', 'on_schedule'],
		['update_state', 'delayed'],
	])('connector: documented %s "%s" is kept, with no unknown_values', (field, value) => {
		const short = simplifyConnector(connection({}, { [field]: value }));
		expect(short[field]).toBe(value);
		expect(short).not.toHaveProperty('unknown_values');
	});

	it('connector: undocumented state values are kept as sent and named', () => {
		const short = simplifyConnector(
			connection({}, { sync_state: 'queued', setup_state: 'connected', update_state: 'late' }),
		);
		expect(short).toMatchObject({
			sync_state: 'queued',
			update_state: 'late',
			unknown_values: ['sync_state "queued"', 'update_state "late"'],
		});
	});

	it('Get Status names undocumented state values the same way', () => {
		const status = statusSummary(connection({}, { setup_state: 'degraded' }));
		expect(status).toMatchObject({
			setup_state: 'degraded',
			unknown_values: ['setup_state "degraded"'],
		});
		expect(statusSummary(connection())).not.toHaveProperty('unknown_values');
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

	it('transformation: a real answer without group_id or run times gets no such keys', () => {
		// The shape of a GET /transformations/{id} answer: no group_id, no last_started_at / last_ended_at.
		const short = simplifyTransformation({
			id: 'transformation_id',
			status: 'SUCCEEDED',
			schedule: { schedule_type: 'TIME_OF_DAY', time_of_day: '14:00' },
			type: 'DBT_CORE',
			paused: true,
			created_at: '2024-01-02T00:00:00.743708Z',
			created_by_id: 'user_id',
			transformation_config: { project_id: 'project_id', name: 'name', steps: [] },
		});
		expect(short).toEqual({
			id: 'transformation_id',
			type: 'DBT_CORE',
			status: 'SUCCEEDED',
			paused: true,
			name: 'name',
			project_id: 'project_id',
			schedule_type: 'TIME_OF_DAY',
			created_at: '2024-01-02T00:00:00.743708Z',
			errors_count: 0,
			first_error: null,
		});
	});

	it.each([
		'NEW',
		'SCHEDULING',
		'RUNNING',
		'TERMINATING',
		'SUCCEEDED',
		'FAILED',
		'BLOCKED',
		'CANCELED',
		'PARTIALLY_SUCCEEDED',
	])('transformation: documented status %s carries no unknown_values', (status) => {
		expect(simplifyTransformation({ id: 't', status })).not.toHaveProperty('unknown_values');
	});

	it('transformation and project: an undocumented status is kept and named', () => {
		expect(simplifyTransformation({ id: 't', status: 'QUEUED' })).toMatchObject({
			status: 'QUEUED',
			unknown_values: ['status "QUEUED"'],
		});
		expect(simplifyTransformationProject({ id: 'p', status: 'MIGRATING' })).toMatchObject({
			status: 'MIGRATING',
			unknown_values: ['status "MIGRATING"'],
		});
		for (const status of ['NOT_READY', 'READY', 'ERROR']) {
			expect(simplifyTransformationProject({ id: 'p', status })).not.toHaveProperty(
				'unknown_values',
			);
		}
	});

	it('agent: keeps registered_at and usage, invents no online / enabled / deployment_type', () => {
		// The shape of a GET /hybrid-deployment-agents item in Fivetran's Go client's tests.
		const agent = {
			id: 'id',
			display_name: 'display_name',
			group_id: 'group_id',
			registered_at: '1970-01-01T00:00:00.000000Z',
			usage: [{ connection_id: 'connection_id', schema: 'schema', service: 'service' }],
		};
		expect(simplifyHybridAgent(agent)).toEqual(agent);
		expect(simplifyHybridAgent({ id: 'a', online: false, auth_json: 'x' })).toEqual({
			id: 'a',
			online: false,
		});
	});

	it('user, webhook, project: only their own fields, nothing else (a webhook secret stays out)', () => {
		expect(Object.keys(simplifyUser({ id: 'u', phone: '1', email: 'a@b.c', role: null }))).toEqual([
			'id',
			'email',
			'role',
		]);
		expect(simplifyWebhook({ id: 'w', secret: '******', url: 'https://x' })).toEqual({
			id: 'w',
			url: 'https://x',
		});
		expect(simplifyTransformationProject({ id: 'p', errors: ['e1', 'e2'] })).toMatchObject({
			errors_count: 2,
			first_error: 'e1',
		});
	});
});
