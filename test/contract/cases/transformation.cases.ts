import type { ContractCase } from './types';

// Transformation and Transformation Project: every request they build. Run and wait only repeats
// the GET of Get after its POST /run (with one fixed reply a wait would run into its timeout), so
// the waiting case stops at the baseline GET: the transformation is paused.

const transformationId = { __rl: true, mode: 'id', value: 'dbt_nightly_models' };
const projectId = { __rl: true, mode: 'id', value: 'dbt_project_main' };
const transformation = { resource: 'transformation', transformationId };

export const cases: ContractCase[] = [
	{
		name: 'transformation getAll (return all)',
		parameters: { resource: 'transformation', operation: 'getAll', returnAll: true },
	},
	{
		name: 'transformation getAll with group, project, type (server) and status, paused (local)',
		parameters: {
			resource: 'transformation',
			operation: 'getAll',
			limit: 10,
			filters: {
				groupId: 'decent_dropsy',
				projectId: 'dbt_project_main',
				type: 'QUICKSTART',
				transformationStatus: ['FAILED'],
				paused: false,
			},
		},
	},
	{ name: 'transformation get', parameters: { ...transformation, operation: 'get' } },
	{
		name: 'transformation run without waiting: POST /run {}',
		parameters: { ...transformation, operation: 'run' },
	},
	{
		name: 'transformation run and wait, paused: only the baseline GET',
		parameters: {
			...transformation,
			operation: 'run',
			waitForCompletion: true,
			onFailure: 'output',
		},
		reply: { body: { code: 'Success', data: { id: 'dbt_nightly_models', paused: true } } },
	},
	{ name: 'transformation cancel', parameters: { ...transformation, operation: 'cancel' } },
	{ name: 'transformation pause', parameters: { ...transformation, operation: 'pause' } },
	{ name: 'transformation resume', parameters: { ...transformation, operation: 'resume' } },
	{
		name: 'transformation updateSchedule: integrated with connections and smart syncing',
		parameters: {
			...transformation,
			operation: 'updateSchedule',
			scheduleType: 'INTEGRATED',
			scheduleOptions: { connectionIds: 'sandy_lamb', smartSyncing: true },
		},
	},
	{
		name: 'transformation updateSchedule: time of day on given days',
		parameters: {
			...transformation,
			operation: 'updateSchedule',
			scheduleType: 'TIME_OF_DAY',
			timeOfDay: '06:30',
			daysOfWeek: ['MONDAY', 'THURSDAY'],
		},
	},
	{
		name: 'transformation updateSchedule: interval',
		parameters: {
			...transformation,
			operation: 'updateSchedule',
			scheduleType: 'INTERVAL',
			interval: 180,
		},
	},
	{
		name: 'transformation updateSchedule: cron',
		parameters: {
			...transformation,
			operation: 'updateSchedule',
			scheduleType: 'CRON',
			cron: '0 */6 * * *',
		},
	},
	{
		name: 'transformation delete',
		parameters: { ...transformation, operation: 'delete', confirmDelete: true },
	},
	{
		name: 'transformation project getAll',
		parameters: { resource: 'transformationProject', operation: 'getAll', limit: 20 },
	},
	{
		name: 'transformation project get',
		parameters: { resource: 'transformationProject', operation: 'get', projectId },
	},
	{
		name: 'transformation project runSetupTests: POST /test',
		parameters: { resource: 'transformationProject', operation: 'runSetupTests', projectId },
	},
];
