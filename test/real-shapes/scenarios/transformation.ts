import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const transformation = { resource: 'transformation' };
const transformationId = rl('nimble_owl');
const path = '/v1/transformations/nimble_owl';
const START = '2026-03-01T00:00:00.000Z';
const waiting = { transformationId, waitForCompletion: true, pollInterval: 10, timeout: 30 };

export const scenarios: Scenario[] = [
	{
		...transformation,
		operation: 'getAll',
		name: 'dbt Core and Quickstart without run times, an unknown status',
		parameters: { returnAll: true },
		routes: [{ method: 'GET', path: '/v1/transformations', fixtures: ['transformation/list'] }],
	},
	{
		...transformation,
		operation: 'getAll',
		name: 'paused filter over a Quickstart package with an unknown status',
		parameters: { returnAll: true, filters: { paused: true } },
		routes: [{ method: 'GET', path: '/v1/transformations', fixtures: ['transformation/list'] }],
		leavesOut: ['nimble_owl'],
	},
	{
		...transformation,
		operation: 'getAll',
		name: 'Simplify on transformations without group_id or run times',
		parameters: { returnAll: true, simplify: true },
		routes: [{ method: 'GET', path: '/v1/transformations', fixtures: ['transformation/list'] }],
		addsNullable: ['first_error'],
	},
	{
		...transformation,
		operation: 'get',
		name: 'with run times',
		parameters: { transformationId },
		routes: [{ method: 'GET', path, fixtures: ['transformation/details'] }],
	},
	{
		...transformation,
		operation: 'get',
		name: 'sparse: no run times',
		parameters: { transformationId },
		routes: [{ method: 'GET', path, fixtures: ['transformation/details-sparse'] }],
	},
	{
		...transformation,
		operation: 'get',
		name: 'Simplify, sparse: no run times, no group_id',
		parameters: { transformationId, simplify: true },
		routes: [{ method: 'GET', path, fixtures: ['transformation/details-sparse'] }],
		addsNullable: ['first_error'],
	},
	{
		...transformation,
		operation: 'get',
		name: 'Quickstart package with an unknown status',
		parameters: { transformationId: rl('patient_yak') },
		routes: [
			{
				method: 'GET',
				path: '/v1/transformations/patient_yak',
				fixtures: ['transformation/unknown-status'],
			},
		],
	},
	{
		...transformation,
		operation: 'run',
		name: 'without waiting: message only',
		parameters: { transformationId },
		routes: [{ method: 'POST', path: `${path}/run`, message: 'Transformation run triggered' }],
		shows: ['nimble_owl'],
	},
	{
		...transformation,
		operation: 'run',
		name: 'waiting, with run times: running, then succeeded',
		parameters: waiting,
		startAt: START,
		routes: [
			{
				method: 'GET',
				path,
				fixtures: [
					'transformation/details',
					'transformation/running',
					'transformation/succeeded-after',
				],
			},
			{ method: 'POST', path: `${path}/run`, message: 'Transformation run triggered' },
		],
		shows: ['SUCCEEDED', '2026-03-01T00:03:10.000Z'],
		addsNullable: ['errors'],
	},
	{
		...transformation,
		operation: 'run',
		name: 'waiting, sparse (no run times): running, then succeeded',
		parameters: waiting,
		startAt: START,
		routes: [
			{
				method: 'GET',
				path,
				fixtures: [
					'transformation/details-sparse',
					'transformation/running-sparse',
					'transformation/details-sparse',
				],
			},
			{ method: 'POST', path: `${path}/run`, message: 'Transformation run triggered' },
		],
		shows: ['SUCCEEDED'],
		// Worked out from the run times, which this answer lacks.
		addsNullable: ['run_duration_seconds'],
	},
	{
		...transformation,
		operation: 'cancel',
		name: 'message only',
		parameters: { transformationId },
		routes: [{ method: 'POST', path: `${path}/cancel`, message: 'Transformation run cancelled' }],
		shows: ['nimble_owl'],
	},
	{
		...transformation,
		operation: 'pause',
		name: 'the paused transformation (sparse)',
		parameters: { transformationId },
		routes: [{ method: 'PATCH', path, fixtures: ['transformation/details-sparse'] }],
	},
	{
		...transformation,
		operation: 'resume',
		name: 'the resumed transformation',
		parameters: { transformationId },
		routes: [{ method: 'PATCH', path, fixtures: ['transformation/details'] }],
	},
	{
		...transformation,
		operation: 'updateSchedule',
		name: 'interval schedule, sparse answer',
		parameters: { transformationId, scheduleType: 'INTERVAL', interval: 120 },
		routes: [{ method: 'PATCH', path, fixtures: ['transformation/details-sparse'] }],
		shows: ['INTERVAL'],
	},
	{
		...transformation,
		operation: 'delete',
		name: 'message only',
		parameters: { transformationId, confirmDelete: true },
		routes: [{ method: 'DELETE', path, message: 'Transformation has been deleted' }],
		shows: ['nimble_owl'],
	},
];
