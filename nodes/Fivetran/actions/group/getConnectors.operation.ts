import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit, schemaFilter } from '../common/fields';
import { groupLocator } from '../../../shared/locators';
import { listWithLimit } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../types';
import { readSimplify, simplifyFields, simplifyIf } from '../../helpers/simplify/field';
import { simplifyConnector } from '../../helpers/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [
	groupLocator,
	...returnAllAndLimit(),
	filtersCollection([schemaFilter]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['group'], operation: ['getConnectors'] } },
	[
		...properties,
		...simplifyFields(
			'ids, schema, service, is_paused, is_broken, setup, sync and update state, last success and failure, tasks count, dashboard link',
		),
	],
);

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const groupId = readId(this, 'groupId', itemIndex, 'Group');
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const schema = String(filters.schema ?? '').trim();
	return await listWithLimit(
		this,
		itemIndex,
		`/groups/${groupId}/connections`,
		schema ? { schema } : undefined,
	);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyConnector);
}
