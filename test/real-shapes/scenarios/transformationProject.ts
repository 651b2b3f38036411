import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const project = { resource: 'transformationProject' };
const projectId = rl('woven_badger');
const path = '/v1/transformation-projects/woven_badger';

export const scenarios: Scenario[] = [
	{
		...project,
		operation: 'getAll',
		name: 'list items without status, one of an unknown type',
		parameters: { returnAll: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/transformation-projects',
				fixtures: ['transformationProject/list'],
			},
		],
	},
	{
		...project,
		operation: 'getAll',
		name: 'Simplify on list items without status',
		parameters: { returnAll: true, simplify: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/transformation-projects',
				fixtures: ['transformationProject/list'],
			},
		],
		// Simplify's summary of the project's errors: null when there are none.
		addsNullable: ['first_error'],
	},
	{
		...project,
		operation: 'get',
		name: 'READY with its project config',
		parameters: { projectId },
		routes: [{ method: 'GET', path, fixtures: ['transformationProject/details'] }],
		shows: ['git@github.example.org:acme/dbt-finance.git'],
	},
	{
		...project,
		operation: 'get',
		name: 'NOT_READY without errors, setup tests or creator',
		parameters: { projectId: rl('frosty_lynx') },
		routes: [
			{
				method: 'GET',
				path: '/v1/transformation-projects/frosty_lynx',
				fixtures: ['transformationProject/details-not-ready'],
			},
		],
		shows: ['NOT_READY'],
	},
	{
		...project,
		operation: 'runSetupTests',
		name: 'ERROR: the project errors appear in the output',
		parameters: { projectId },
		routes: [
			{
				method: 'POST',
				path: `${path}/test`,
				fixtures: ['transformationProject/setup-tests-error'],
			},
		],
		shows: [
			'Git repository not accessible: permission denied (publickey)',
			'Permission denied (publickey)',
		],
		addsNullable: ['details'],
	},
	{
		...project,
		operation: 'runSetupTests',
		name: 'READY, a test of an unknown status',
		parameters: { projectId },
		routes: [
			{
				method: 'POST',
				path: `${path}/test`,
				fixtures: ['transformationProject/setup-tests-ready'],
			},
		],
		addsNullable: ['details'],
	},
];
