import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { userLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { accountRoleField, readAccountRole } from './fields';

// 'grant': a role decides what a person may see and change in the account.
export const access: Access = 'grant';

export const description = updateDisplayOptions(
	{ show: { resource: ['user'], operation: ['updateRole'] } },
	[
		userLocator,
		{
			...accountRoleField,
			required: true,
			description: `The new role. ${accountRoleField.description}`,
		},
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const userId = readId(this, 'userId', itemIndex);
	const role = readAccountRole(this, itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: `/users/${userId}`,
		body: { role },
		// Repeatable: it sets the role to a given value, so a repeat changes nothing more.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
}
