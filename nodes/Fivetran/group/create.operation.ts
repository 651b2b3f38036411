import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../shared/transport/pagination';
import { shownValue } from '../../shared/ids';
import type { LookupResult } from '../common/createOnce';
import { createOnce } from '../common/createOnce';
import type { RequestSettings } from '../common/request';
import { requestSettings } from '../common/request';
import { readText } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'write';

export const groupNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Marketing Warehouse',
	description: 'The group name, unique within the Fivetran account',
};

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['create'] } },
	[groupNameField],
);

/** Group names are unique in an account, so the name finds a group whose create answer was lost. */
async function findGroupNamed(
	ctx: IExecuteFunctions,
	settings: RequestSettings,
	name: string,
): Promise<LookupResult> {
	for await (const page of paginate.call(ctx, { path: '/groups', ...settings })) {
		const group = page.find((candidate) => candidate.name === name);
		if (group !== undefined) return { object: group };
	}
	return { notCreated: `the account has no group named ${shownValue(name)}` };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const name = readText(this, 'name', itemIndex, 'Name');
	const settings = requestSettings(this, itemIndex);
	// Not repeatable: a second POST would fail with "already exists" (or make a second group).
	return await createOnce(
		this,
		{ method: 'POST', path: '/groups', body: { name }, ...settings },
		{
			what: `group ${shownValue(name)}`,
			find: async () => await findGroupNamed(this, settings, name),
			howToCheck:
				'List the groups (Group > Get Many) or look in the Fivetran dashboard for the name',
		},
	);
}
