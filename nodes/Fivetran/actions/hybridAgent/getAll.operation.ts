import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { idProblem, shownValue } from '../../../shared/ids';
import { filtersCollection, returnAllAndLimit } from '../common/fields';
import { listWithLimit } from '../common/request';
import { inputError } from '../common/validate';
import type { Access } from '../types';

export const access: Access = 'read';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	filtersCollection([
		{
			displayName: 'Group ID',
			name: 'groupId',
			type: 'string',
			default: '',
			placeholder: 'e.g. decent_dropsy',
			description: 'Only the agents of this group',
		},
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['hybridAgent'], operation: ['getAll'] } },
	properties,
);

/** Fivetran filters by group itself (query `groupId`, as its OpenAPI names it); the ID is checked like any other. */
function readGroupFilter(ctx: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const groupId = String(filters.groupId ?? '').trim();
	if (groupId === '') return undefined;
	const problem = idProblem(groupId);
	if (problem !== undefined) {
		inputError(
			ctx,
			itemIndex,
			`The filter "Group ID" is not a valid Fivetran ID: ${shownValue(groupId)}`,
			`${problem}. Nothing was sent to Fivetran.`,
		);
	}
	return { groupId };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const qs = readGroupFilter(this, itemIndex);
	return await listWithLimit(this, itemIndex, '/hybrid-deployment-agents', qs);
}
