import type { IDataObject, INodeParameters } from 'n8n-workflow';
import type nock from 'nock';

import { fivetran, rl, success } from '../../fixtures';

// One transformation seen at different moments, for the Transformation tests.

export const TRANSFORMATION_ID = 'dbt_nightly_models';
export const TRANSFORMATION_PATH = `/v1/transformations/${TRANSFORMATION_ID}`;
export const T0 = Date.parse('2026-01-01T00:00:00Z');
/** The previous run, before the test's run was requested. */
export const PREVIOUS_START = '2025-12-31T12:00:00.000Z';
export const PREVIOUS_END = '2025-12-31T12:05:00.000Z';

export const at = (offsetMs: number): string => new Date(T0 + offsetMs).toISOString();

export interface RunShape {
	status?: string;
	paused?: boolean;
	startedAt?: string | null;
	endedAt?: string | null;
	errors?: string[];
}

export function transformation(shape: RunShape = {}): IDataObject {
	return {
		id: TRANSFORMATION_ID,
		status: shape.status ?? 'SUCCEEDED',
		type: 'DBT_CORE',
		paused: shape.paused ?? false,
		schedule: { schedule_type: 'INTEGRATED' },
		created_at: '2025-01-01T00:00:00.000Z',
		created_by_id: 'user_1',
		last_started_at: shape.startedAt === undefined ? PREVIOUS_START : shape.startedAt,
		last_ended_at: shape.endedAt === undefined ? PREVIOUS_END : shape.endedAt,
		transformation_config: { project_id: 'dbt_project_main', name: 'nightly', steps: [] },
		...(shape.errors ? { errors: shape.errors } : {}),
	};
}

export const RUN_STARTED = {
	code: 'Success',
	message: `Transformation with id '${TRANSFORMATION_ID}' has been started`,
};

export function runParameters(extra: INodeParameters = {}): INodeParameters {
	return {
		resource: 'transformation',
		operation: 'run',
		transformationId: rl(TRANSFORMATION_ID),
		...extra,
	};
}

export function waitingRun(extra: INodeParameters = {}): INodeParameters {
	return runParameters({ waitForCompletion: true, pollInterval: 30, timeout: 60, ...extra });
}

/** Exact-body matcher for nock: a request with any other body gets no reply and fails the test. */
export const exactly = (expected: unknown) => (body: unknown) =>
	JSON.stringify(body) === JSON.stringify(expected);

/** The baseline GET answered with `before`, the POST /run, then one GET per answer in `polls`. */
export function runAnswering(before: IDataObject, polls: IDataObject[]): nock.Scope {
	let scope = fivetran()
		.get(TRANSFORMATION_PATH)
		.reply(200, success(before))
		.post(`${TRANSFORMATION_PATH}/run`, exactly({}))
		.reply(200, RUN_STARTED);
	for (const poll of polls) {
		scope = scope.get(TRANSFORMATION_PATH).reply(200, success(poll));
	}
	return scope;
}

/** runAnswering with the transformation in each shape. */
export const runWithPolls = (polls: RunShape[], before: RunShape = {}): nock.Scope =>
	runAnswering(transformation(before), polls.map(transformation));

/** The interceptors nock still holds: the requests the node did NOT send. */
export const unsent = (api: nock.Scope) => api.pendingMocks().map((mock) => mock.split(' ')[0]);
