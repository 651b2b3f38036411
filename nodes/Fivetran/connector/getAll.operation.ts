import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ListRequest } from '../../shared/transport/pagination';
import { paginate } from '../../shared/transport/pagination';
import { readAccountConnectors } from '../../shared/groupReads/connectorsByGroup';
import { groupsGoneHint } from '../../shared/groupReads/groupsGone';
import {
	parallelGroupReadsField,
	readParallelGroupReads,
} from '../../shared/groupReads/parallelGroupReads';
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
	parallelGroupReadsField(
		"How many groups are read side by side when listing the whole account. 1: the one account list, in Fivetran's order. More: connectors grouped by group, in the groups' order, each ID once; a rate limit on any list holds all of them back.",
		{ displayOptions: { show: { scope: ['account'], returnAll: [true] } } },
	),
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

/** Return All over the whole account reads groups side by side unless "Parallel Group Reads" is 1. */
function pagesOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	request: ListRequest,
	maxItems: number | undefined,
): AsyncIterable<IDataObject[]> {
	const parallel = readParallelGroupReads(ctx, itemIndex);
	const wholeAccount = request.path === '/connections' && readLimit(ctx, itemIndex) === undefined;
	if (!wholeAccount || parallel === 1) return paginate.call(ctx, request, maxItems);
	const gone: string[] = [];
	const pages = readAccountConnectors.call(ctx, {
		parallel,
		qs: request.qs,
		maxTries: request.maxTries,
		itemIndex,
		onGroupGone: (groupId) => gone.push(groupId),
	});
	return (async function* () {
		yield* pages;
		// n8n versions without hints still get every connector that exists.
		if (gone.length > 0 && typeof ctx.addExecutionHints === 'function')
			ctx.addExecutionHints(groupsGoneHint(gone));
	})();
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
	for await (const page of pagesOf(this, itemIndex, request, keep ? undefined : limit)) {
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
