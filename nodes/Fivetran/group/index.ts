import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
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
		description:
			'Create an empty group (the container of one destination and its connectors); returns the group with its ID',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a group',
		description: 'Delete a group with its destination and every connector in it; needs Confirm',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a group',
		description:
			'Get one group by ID: name and creation time. For its connectors use Get Connectors.',
	},
	{
		name: 'Get Connectors',
		value: 'getConnectors',
		action: 'Get connectors in a group',
		description:
			'List the connectors that load into this group, one item each; filter by schema. For status filters (broken, paused...) use Connector > Get Many with One Group.',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many groups',
		description:
			"List the groups of the account (ID, name, created_at); a connector's group_id is one of these IDs",
	},
	{
		name: 'Get Users',
		value: 'getUsers',
		action: 'Get users of a group',
		description: 'List the users who have access to this group, with their role in it',
	},
	{
		name: 'Remove User',
		value: 'removeUser',
		action: 'Remove a user from a group',
		description:
			"Take away a user's access to this group (the user stays in the account); needs Confirm",
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a group',
		description: 'Rename a group; returns the group',
	},
]);
