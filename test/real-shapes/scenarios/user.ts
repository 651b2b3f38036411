import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const user = { resource: 'user' };

export const scenarios: Scenario[] = [
	{
		...user,
		operation: 'getAll',
		name: 'a pending invite without login time, a custom role',
		parameters: { returnAll: true },
		routes: [{ method: 'GET', path: '/v1/users', fixtures: ['user/list'] }],
	},
	{
		...user,
		operation: 'getAll',
		name: 'Simplify on a pending invite without login time',
		parameters: { returnAll: true, simplify: true },
		routes: [{ method: 'GET', path: '/v1/users', fixtures: ['user/list'] }],
	},
	{
		...user,
		operation: 'get',
		name: 'details',
		parameters: { userId: rl('mellow_heron') },
		routes: [{ method: 'GET', path: '/v1/users/mellow_heron', fixtures: ['user/details'] }],
		shows: ['ana.lima@example.org'],
	},
	{
		...user,
		operation: 'get',
		name: 'sparse: null picture, phone and role, never logged in',
		parameters: { userId: rl('shy_otter') },
		routes: [{ method: 'GET', path: '/v1/users/shy_otter', fixtures: ['user/details-sparse'] }],
	},
	{
		...user,
		operation: 'invite',
		name: '201 with the invited user',
		parameters: {
			email: 'li.wei@example.org',
			givenName: 'Li',
			familyName: 'Wei',
			accountRole: 'Account Analyst',
		},
		routes: [{ method: 'POST', path: '/v1/users', fixtures: ['user/invited'], status: 201 }],
	},
	{
		...user,
		operation: 'updateRole',
		name: 'the user with its new role',
		parameters: { userId: rl('mellow_heron'), accountRole: 'Account Administrator' },
		routes: [{ method: 'PATCH', path: '/v1/users/mellow_heron', fixtures: ['user/details'] }],
	},
	{
		...user,
		operation: 'delete',
		name: 'message only',
		parameters: { userId: rl('shy_otter'), confirmDelete: true },
		routes: [{ method: 'DELETE', path: '/v1/users/shy_otter', message: 'User has been deleted' }],
		shows: ['shy_otter'],
	},
];
