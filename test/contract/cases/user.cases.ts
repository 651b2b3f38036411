import type { ContractCase } from './types';

const userId = { __rl: true, mode: 'id', value: 'decent_otter' };
const user = { id: 'decent_otter', email: 'alice@example.com', role: 'Account Reviewer' };

export const cases: ContractCase[] = [
	{
		name: 'user getAll with a limit',
		parameters: { resource: 'user', operation: 'getAll', returnAll: false, limit: 25 },
	},
	{
		name: 'user getAll, Return All',
		parameters: { resource: 'user', operation: 'getAll', returnAll: true },
	},
	{
		name: 'user get',
		parameters: { resource: 'user', operation: 'get', userId },
		reply: { body: { code: 'Success', data: user } },
	},
	{
		name: 'user invite with phone and picture',
		parameters: {
			resource: 'user',
			operation: 'invite',
			email: 'alice@example.com',
			givenName: 'Alice',
			familyName: 'Archer',
			accountRole: 'Account Analyst',
			additionalFields: { phone: '+1234567890', picture: 'https://example.com/a.png' },
		},
		reply: { status: 201, body: { code: 'Success', data: user } },
	},
	{
		name: 'user updateRole',
		parameters: {
			resource: 'user',
			operation: 'updateRole',
			userId,
			accountRole: 'Account Administrator',
		},
		reply: { body: { code: 'Success', data: user } },
	},
	{
		name: 'user delete',
		parameters: { resource: 'user', operation: 'delete', userId, confirmDelete: true },
		reply: { body: { code: 'Success', message: 'User has been deleted' } },
	},
];
