import type { Scenario } from '../scenario';
import { rl } from '../scenario';

const group = { resource: 'group' };
const groupId = rl('amber_pelican');
const userId = rl('mellow_heron');

export const scenarios: Scenario[] = [
	{
		...group,
		operation: 'getAll',
		name: 'a group without created_at',
		parameters: { returnAll: true },
		routes: [{ method: 'GET', path: '/v1/groups', fixtures: ['group/list'] }],
	},
	{
		...group,
		operation: 'getAll',
		name: 'Simplify on a group without created_at',
		parameters: { returnAll: true, simplify: true },
		routes: [{ method: 'GET', path: '/v1/groups', fixtures: ['group/list'] }],
	},
	{
		...group,
		operation: 'get',
		name: 'details',
		parameters: { groupId },
		routes: [{ method: 'GET', path: '/v1/groups/amber_pelican', fixtures: ['group/details'] }],
		shows: ['Warehouse EU'],
	},
	{
		...group,
		operation: 'create',
		name: '201 with the new group',
		parameters: { name: 'Finance Lake' },
		routes: [{ method: 'POST', path: '/v1/groups', fixtures: ['group/created'], status: 201 }],
	},
	{
		...group,
		operation: 'update',
		name: 'the renamed group',
		parameters: { groupId, name: 'Warehouse EU' },
		routes: [{ method: 'PATCH', path: '/v1/groups/amber_pelican', fixtures: ['group/details'] }],
	},
	{
		...group,
		operation: 'delete',
		name: 'message only',
		parameters: { groupId, confirmDelete: true },
		routes: [
			{
				method: 'DELETE',
				path: '/v1/groups/amber_pelican',
				message: "Group with id 'amber_pelican' has been deleted",
			},
		],
		shows: ['amber_pelican'],
	},
	{
		...group,
		operation: 'getConnectors',
		name: 'a full connection and a sparse one (no tasks, no sync times, unknown service)',
		parameters: { groupId, returnAll: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/groups/amber_pelican/connections',
				fixtures: ['group/connections-list'],
			},
		],
	},
	{
		...group,
		operation: 'getConnectors',
		name: 'Simplify on a sparse connection',
		parameters: { groupId, returnAll: true, simplify: true },
		routes: [
			{
				method: 'GET',
				path: '/v1/groups/amber_pelican/connections',
				fixtures: ['group/connections-list'],
			},
		],
		addsNullable: ['first_task_message'],
	},
	{
		...group,
		operation: 'getUsers',
		name: 'an active user and a pending invite without role or login time',
		parameters: { groupId, returnAll: true },
		routes: [
			{ method: 'GET', path: '/v1/groups/amber_pelican/users', fixtures: ['group/users-list'] },
		],
	},
	{
		...group,
		operation: 'addUser',
		name: "reads the user's email, then adds it",
		parameters: { groupId, userId, role: 'View Destination' },
		routes: [
			{ method: 'GET', path: '/v1/users/mellow_heron', fixtures: ['user/details'] },
			{
				method: 'POST',
				path: '/v1/groups/amber_pelican/users',
				message: 'User has been added to the group',
			},
		],
		shows: ['ana.lima@example.org'],
	},
	{
		...group,
		operation: 'removeUser',
		name: 'message only',
		parameters: { groupId, userId, confirmRemove: true },
		routes: [
			{
				method: 'DELETE',
				path: '/v1/groups/amber_pelican/users/mellow_heron',
				message: 'User has been removed from the group',
			},
		],
		shows: ['mellow_heron'],
	},
];
