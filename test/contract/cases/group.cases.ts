import type { ContractCase } from './types';

const groupId = { __rl: true, mode: 'id', value: 'decent_dropsy' };

export const cases: ContractCase[] = [
	{
		name: 'group getAll (return all)',
		parameters: { resource: 'group', operation: 'getAll', returnAll: true },
	},
	{
		name: 'group getAll (limit)',
		parameters: { resource: 'group', operation: 'getAll', returnAll: false, limit: 7 },
	},
	{ name: 'group get', parameters: { resource: 'group', operation: 'get', groupId } },
	{
		name: 'group create',
		parameters: { resource: 'group', operation: 'create', name: 'Finance' },
		reply: { status: 201, body: { code: 'Created', data: { id: 'new_group' } } },
	},
	{
		name: 'group update',
		parameters: { resource: 'group', operation: 'update', groupId, name: 'Renamed' },
	},
	{
		name: 'group delete',
		parameters: { resource: 'group', operation: 'delete', groupId, confirmDelete: true },
	},
	{
		name: 'group getConnectors with schema',
		parameters: {
			resource: 'group',
			operation: 'getConnectors',
			groupId,
			returnAll: true,
			filters: { schema: 'salesforce' },
		},
	},
	{
		name: 'group getUsers',
		parameters: { resource: 'group', operation: 'getUsers', groupId, returnAll: false, limit: 20 },
	},
];
