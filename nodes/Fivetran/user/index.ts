import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as deleteUser from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as invite from './invite.operation';
import * as updateRole from './updateRole.operation';

export const userOperations: OperationMap = {
	delete: deleteUser,
	get,
	getAll,
	invite,
	updateRole,
};

export const userDescription = resourceDescription('user', userOperations, [
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a user',
		description:
			'Remove a user from the Fivetran account with all their access; needs Confirm. To take away one group only use Group > Remove User.',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a user',
		description:
			'Get one user by ID: email, name, account role, whether active and verified, last login',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many users',
		description: 'List the users of the Fivetran account (email, name, role, active)',
	},
	{
		name: 'Invite',
		value: 'invite',
		action: 'Invite a user',
		description:
			'Invite a person to the Fivetran account by email, with first and last name and an account role; returns the new user',
	},
	{
		name: 'Update Role',
		value: 'updateRole',
		action: 'Update the role of a user',
		description:
			'Set the account role of a user (Account Administrator, Analyst, Reviewer or a custom role); returns the user',
	},
]);
