import nock from 'nock';

import * as transport from '../../../../nodes/shared/transport/request';
import { transportLimits } from '../../../../nodes/shared/transport/limits';
import { fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';

const PROJECT_ID = 'dbt_project_main';
const PROJECT_PATH = `/v1/transformation-projects/${PROJECT_ID}`;
const project = {
	id: PROJECT_ID,
	type: 'DBT_CORE',
	status: 'READY',
	errors: [],
	group_id: 'decent_dropsy',
	created_at: '2025-01-01T00:00:00Z',
	created_by_id: 'user_1',
};
const on = (operation: string) => ({
	resource: 'transformationProject',
	operation,
	projectId: rl(PROJECT_ID),
});

describe('Transformation Project > Get Many and Get', () => {
	it('Get Many: GET /v1/transformation-projects with the limit', async () => {
		const api = fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/transformation-projects')
			.query({ limit: '3' })
			.reply(200, success({ items: [project] }));

		const { items } = await runFivetran({
			resource: 'transformationProject',
			operation: 'getAll',
			limit: 3,
		});

		expect(items.map((i) => i.json)).toEqual([project]);
		expect(api.isDone()).toBe(true);
	});

	it('Get: GET /v1/transformation-projects/{id}', async () => {
		const api = fivetran().get(PROJECT_PATH).reply(200, success(project));

		const { items } = await runFivetran(on('get'));

		expect(items[0].json).toEqual(project);
		expect(api.isDone()).toBe(true);
	});

	it('a bad project ID is refused naming the parameter, nothing sent', async () => {
		const { error } = await runFivetran({ ...on('get'), projectId: rl('={{ "a/b" }}') });

		expect(error?.message).toContain(
			'The parameter "Transformation Project" is not a valid Fivetran ID',
		);
		expect(nock.pendingMocks()).toEqual([]);
	});
});

describe('Transformation Project > Run Setup Tests', () => {
	it('POST /test with the long timeout; one item per test result', async () => {
		const sent = jest.spyOn(transport, 'fivetranApiRequest');
		const api = fivetran()
			.post(`${PROJECT_PATH}/test`, (body) => body === '' || JSON.stringify(body) === '{}')
			.reply(
				200,
				success({
					...project,
					setup_tests: [
						{ title: 'Git access', status: 'PASSED', message: '' },
						{ title: 'dbt compile', status: 'FAILED', message: 'Compilation error', details: {} },
					],
				}),
			);

		const { items, error } = await runFivetran(on('runSetupTests'));

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				project_id: PROJECT_ID,
				project_status: 'READY',
				project_errors: [],
				title: 'Git access',
				status: 'PASSED',
				message: '',
				details: null,
			},
			{
				project_id: PROJECT_ID,
				project_status: 'READY',
				project_errors: [],
				title: 'dbt compile',
				status: 'FAILED',
				message: 'Compilation error',
				details: {},
			},
		]);
		expect(api.isDone()).toBe(true);
		expect(sent.mock.calls[0][0]).toMatchObject({
			method: 'POST',
			path: `/transformation-projects/${PROJECT_ID}/test`,
			repeatable: false,
			timeoutMs: transportLimits.longRequestTimeoutMs,
		});
	});

	it("status ERROR: every item keeps the project's errors (issue 20 row 3)", async () => {
		const { errors: _none, ...withoutErrors } = project;
		fivetran()
			.post(`${PROJECT_PATH}/test`)
			.reply(
				200,
				success({
					...withoutErrors,
					status: 'ERROR',
					errors: ['Git repository not accessible'],
					setup_tests: [{ title: 'dbt compile', status: 'SKIPPED', message: 'Skipped' }],
				}),
			);

		const { items } = await runFivetran(on('runSetupTests'));

		expect(items.map((i) => i.json)).toEqual([
			{
				project_id: PROJECT_ID,
				project_status: 'ERROR',
				project_errors: ['Git repository not accessible'],
				title: 'dbt compile',
				status: 'SKIPPED',
				message: 'Skipped',
				details: null,
			},
		]);
	});

	it('a project status Fivetran does not document is passed through and named', async () => {
		fivetran()
			.post(`${PROJECT_PATH}/test`)
			.reply(
				200,
				success({ ...project, status: 'MIGRATING', setup_tests: [{ title: 'Git access' }] }),
			);

		const { items } = await runFivetran(on('runSetupTests'));

		expect(items[0].json).toMatchObject({
			project_status: 'MIGRATING',
			unknown_values: ['project_status "MIGRATING"'],
		});
	});

	it('without test results: the project as Fivetran gave it', async () => {
		fivetran().post(`${PROJECT_PATH}/test`).reply(200, success(project));

		const { items } = await runFivetran(on('runSetupTests'));

		expect(items.map((i) => i.json)).toEqual([project]);
	});

	it('is not sent again after a lost answer', async () => {
		fakeTime();
		const api = fivetran()
			.post(`${PROJECT_PATH}/test`)
			.reply(502, 'Bad Gateway')
			.post(`${PROJECT_PATH}/test`)
			.reply(200, success(project));

		const { error } = await runFivetran(on('runSetupTests'));

		expect(error).toBeDefined();
		expect(api.pendingMocks()).toHaveLength(1);
	});

	it('is a write: refused with a read-only credential, nothing sent', async () => {
		const { error } = await runFivetran(on('runSetupTests'), { safetyLevel: 'readOnly' });

		expect(error).toBeDefined();
		expect(nock.pendingMocks()).toEqual([]);
	});
});
