import type { IDataObject } from 'n8n-workflow';
import type nock from 'nock';

import { fivetran } from '../fixtures';
import { controlTime, page, pollTrigger } from './helpers';

// Transformations and Hybrid Deployment Agents as Fivetran lists them, and their list requests.

export interface TransformationSpec {
	status?: string;
	last_started_at?: string | null;
	last_ended_at?: string | null;
	errors?: string[];
}

export function transformation(id: string, spec: TransformationSpec = {}): IDataObject {
	return {
		id,
		type: 'DBT_CORE',
		status: spec.status ?? 'SUCCEEDED',
		paused: false,
		created_at: '2025-01-01T00:00:00.000Z',
		created_by_id: 'user_1',
		schedule: { schedule_type: 'INTEGRATED' },
		last_started_at: spec.last_started_at ?? '2025-12-31T09:00:00.000Z',
		last_ended_at:
			spec.last_ended_at === undefined ? '2025-12-31T09:30:00.000Z' : spec.last_ended_at,
		transformation_config: { project_id: 'proj_1', name: `${id}_model`, steps: [] },
		...(spec.errors ? { errors: spec.errors } : {}),
	};
}

export function agent(id: string, online: boolean, groupId = 'g1'): IDataObject {
	return {
		id,
		display_name: `${id} agent`,
		group_id: groupId,
		online,
		enabled: true,
		version: '1.0',
		deployment_type: 'DOCKER',
		registered_at: '2025-01-01T00:00:00.000Z',
		updated_at: '2025-12-31T00:00:00.000Z',
		last_used_at: '2025-12-31T23:00:00.000Z',
		created_by: 'user_1',
	};
}

/** Expects one GET /v1<path>?limit=1000 (plus `qs`), plain JSON accepted, answering `items`. */
function list(path: string, items: IDataObject[], qs: IDataObject): nock.Scope {
	return fivetran()
		.matchHeader('accept', 'application/json')
		.get(`/v1${path}`)
		.query({ limit: 1000, ...qs })
		.reply(200, page(items));
}

export const transformationList = (items: IDataObject[], qs: IDataObject = {}) =>
	list('/transformations', items, qs);

export const agentList = (items: IDataObject[], qs: IDataObject = {}) =>
	list('/hybrid-deployment-agents', items, qs);

/**
 * The trigger watching transformation runs, account-wide: each `poll` answers the one list request
 * with `items` at time `at`, checks it was sent (and nothing else) and returns what the poll emitted.
 */
export function transformationPoller(
	events: string[] = ['transformationFailed', 'transformationSucceeded'],
) {
	const time = controlTime();
	const staticData: IDataObject = {};
	const poll = async (items: IDataObject[], at: string) => {
		time.set(at);
		const api = transformationList(items);
		const result = await pollTrigger({ scope: 'account', events }, staticData);
		expect(api.isDone()).toBe(true); // and no connector or agent request (nock allows no other)
		return result;
	};
	return { poll, staticData };
}
