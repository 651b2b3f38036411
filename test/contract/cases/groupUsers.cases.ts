import type { ContractCase } from './types';

const groupId = { __rl: true, mode: 'id', value: 'decent_dropsy' };
const userId = { __rl: true, mode: 'id', value: 'decent_otter' };

export const cases: ContractCase[] = [
	{
		// Two requests: GET /users/{id} for the email, then POST /groups/{id}/users.
		name: 'group addUser (email read from the picked user)',
		parameters: {
			resource: 'group',
			operation: 'addUser',
			groupId,
			userId,
			role: 'View Destination',
		},
		reply: {
			body: {
				code: 'Success',
				message: 'User has been added to the group',
				data: { id: 'decent_otter', email: 'bob@example.com' },
			},
		},
	},
	{
		name: 'group removeUser',
		parameters: {
			resource: 'group',
			operation: 'removeUser',
			groupId,
			userId,
			confirmRemove: true,
		},
		reply: { body: { code: 'Success', message: 'User has been removed from the group' } },
	},
];
