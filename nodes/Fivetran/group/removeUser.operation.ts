import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { groupLocator, userLocator } from '../../shared/locators';
import { sendFivetranRequest } from '../../shared/transport/request';
import { confirmation } from '../common/fields';
import { requestSettings } from '../common/request';
import { readId, requireConfirmation } from '../common/validate';
import type { Access } from '../common/types';

// 'delete' access: it takes away someone's access to the group's destination and connectors.
export const access: Access = 'delete';

const CONSEQUENCE =
	'Removing a user from a group takes away their access to its destination and connectors at once.';

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['removeUser'] } },
	[
		groupLocator,
		userLocator,
		confirmation('confirmRemove', 'Confirm Remove', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = readId(this, 'groupId', itemIndex);
	const userId = readId(this, 'userId', itemIndex);
	requireConfirmation(this, 'confirmRemove', itemIndex, 'Confirm Remove', CONSEQUENCE);
	const answer = await sendFivetranRequest.call(this, {
		method: 'DELETE',
		path: `/groups/${groupId}/users/${userId}`,
		// Repeatable: removing twice removes once; the transport reads a 404 on a repeat as done.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
	return {
		removed: true,
		group_id: decodeURIComponent(groupId),
		user_id: decodeURIComponent(userId),
		message: answer.message ?? '',
	};
}
