import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { groupLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId, readText } from '../common/validate';
import type { Access } from '../common/types';
import { groupNameField } from './create.operation';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['update'] } },
	[
		groupLocator,
		{ ...groupNameField, displayName: 'New Name', description: 'The name the group gets' },
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const groupId = readId(this, 'groupId', itemIndex);
	const name = readText(this, 'name', itemIndex, 'New Name');
	return await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: `/groups/${groupId}`,
		body: { name },
		// Repeatable: it sets the name to a given value, so a repeat changes nothing more.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
}
