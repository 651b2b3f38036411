import { resourceDescription } from '../resource';
import type { OperationMap } from '../types';
import * as addUser from './addUser.operation';
import * as create from './create.operation';
import * as deleteGroup from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getConnectors from './getConnectors.operation';
import * as getUsers from './getUsers.operation';
import * as removeUser from './removeUser.operation';
import * as update from './update.operation';

export const groupOperations: OperationMap = {
	addUser,
	create,
	delete: deleteGroup,
	get,
	getAll,
	getConnectors,
	getUsers,
	removeUser,
	update,
};

export const groupDescription = resourceDescription('group', groupOperations, [
	{
		name: 'Add User',
		value: 'addUser',
		action: 'Add a user to a group',
		description:
			'Give an account user a role in this group (View, Edit or Manage Destination, Create Connection or a custom role)',
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a group',
		description: 'Create a group (the container of one destination and its connectors)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a group',
		description: 'Delete a group with its destination and connectors; needs confirmation',
	},
	{ name: 'Get', value: 'get', action: 'Get a group', description: 'Get one group by ID' },
	{
		name: 'Get Connectors',
		value: 'getConnectors',
		action: 'Get connectors in a group',
		description: 'List the connectors that load into this group',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many groups',
		description: 'List the groups of the account',
	},
	{
		name: 'Get Users',
		value: 'getUsers',
		action: 'Get users of a group',
		description: 'List the users who have access to this group',
	},
	{
		name: 'Remove User',
		value: 'removeUser',
		action: 'Remove a user from a group',
		description: "Take away a user's access to this group; needs confirmation",
	},
	{ name: 'Update', value: 'update', action: 'Update a group', description: 'Rename a group' },
]);
