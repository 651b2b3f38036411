import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../shared/transport/pagination';
import { returnAllAndLimit } from '../common/fields';
import { groupLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId, readLimit } from '../common/validate';
import type { Access } from '../common/types';
import { connectorListFilters, localFilter } from './listFilters';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyConnector } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [
	{
		displayName: 'Scope',
		name: 'scope',
		type: 'options',
		options: [
			{
				name: 'Whole Account',
				value: 'account',
				description: 'Every connector the credential can see',
			},
			{
				name: 'One Group',
				value: 'group',
				description: 'Only the connectors that load into one group',
			},
		],
		default: 'account',
	},
	{ ...groupLocator, displayOptions: { show: { scope: ['group'] } } },
	...returnAllAndLimit(),
	connectorListFilters,
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['getAll'] } },
	[
		...properties,
		...simplifyFields(
			'ids, schema, service, is_paused, is_broken, setup, sync and update state, last success and failure, tasks count, dashboard link',
		),
	],
);

function listPath(ctx: IExecuteFunctions, itemIndex: number): string {
	if (ctx.getNodeParameter('scope', itemIndex, 'account') !== 'group') return '/connections';
	return `/groups/${readId(ctx, 'groupId', itemIndex)}/connections`;
}

async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const path = listPath(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const schema = String(filters.schema ?? '').trim();
	const keep = localFilter(filters);
	const request = {
		path,
		qs: schema ? { schema } : undefined,
		...requestSettings(this, itemIndex),
	};

	// Without a local filter every fetched item counts, so the page size can stop at the limit.
	// With one, matches may be sparse: read full pages until `limit` of them are found.
	const found: IDataObject[] = [];
	for await (const page of paginate.call(this, request, keep ? undefined : limit)) {
		for (const connector of page) {
			if (keep && !keep(connector)) continue;
			found.push(connector);
			if (limit !== undefined && found.length >= limit) return found;
		}
	}
	return found;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyConnector);
}
