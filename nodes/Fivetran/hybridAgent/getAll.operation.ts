import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit } from '../common/fields';
import { listWithLimit } from '../common/request';
import { readFilterId } from '../common/validate';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyHybridAgent } from '../common/simplify/objects';

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
	[
		...properties,
		...simplifyFields('id, name, group, online, enabled, deployment type, last used'),
	],
);

/** Fivetran filters by group itself (query `groupId`, as its OpenAPI names it). */
function readGroupFilter(ctx: IExecuteFunctions, itemIndex: number): IDataObject | undefined {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const groupId = readFilterId(ctx, itemIndex, filters.groupId, 'Group ID');
	return groupId === undefined ? undefined : { groupId };
}

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const qs = readGroupFilter(this, itemIndex);
	return await listWithLimit(this, itemIndex, '/hybrid-deployment-agents', qs);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyHybridAgent);
}
