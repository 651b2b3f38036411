import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { filtersCollection, returnAllAndLimit, schemaFilter } from '../common/fields';
import { followCancel } from '../../shared/groupReads/followCancel';
import {
	parallelGroupReadsField,
	readParallelGroupReads,
} from '../../shared/groupReads/parallelGroupReads';
import { readSideBySide } from '../../shared/groupReads/sideBySide';
import { groupLocator } from '../../shared/locators';
import type { ListRequest } from '../../shared/transport/pagination';
import { paginate } from '../../shared/transport/pagination';
import { requestSettings } from '../common/request';
import { readId, readLimit } from '../common/validate';
import type { Access, ItemOutcome } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyConnector } from '../common/simplify/objects';

export const access: Access = 'read';

const properties: INodeProperties[] = [
	groupLocator,
	...returnAllAndLimit(),
	parallelGroupReadsField(
		"When the node gets several items (one group each), how many groups' lists are read side by side. The output keeps the items' order; 1 reads one group after another.",
	),
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

/** One item's list request (validated before anything is sent) and its Return All / Limit. */
function listOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { request: ListRequest; limit?: number } {
	const groupId = readId(ctx, 'groupId', itemIndex);
	readParallelGroupReads(ctx, itemIndex);
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const schema = String(filters.schema ?? '').trim();
	const request = {
		path: `/groups/${groupId}/connections`,
		qs: schema ? { schema } : undefined,
		...requestSettings(ctx, itemIndex),
	};
	return { request, limit: readLimit(ctx, itemIndex) };
}

async function* itemPages(
	ctx: IExecuteFunctions,
	itemIndex: number,
	signal?: AbortSignal,
): AsyncGenerator<IDataObject[]> {
	const { request, limit } = listOf(ctx, itemIndex);
	yield* paginate.call(ctx, { ...request, signal }, limit);
}

const output = (ctx: IExecuteFunctions, itemIndex: number, connectors: IDataObject[]) =>
	simplifyIf(readSimplify(ctx, itemIndex), connectors, simplifyConnector);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const connectors: IDataObject[] = [];
	for await (const page of itemPages(this, itemIndex)) connectors.push(...page);
	return output(this, itemIndex, connectors);
}

/** Several items' groups read side by side, each item's output whole and in the items' order. */
export async function* executeItems(
	this: IExecuteFunctions,
	itemIndexes: number[],
): AsyncGenerator<ItemOutcome> {
	// The first item's setting holds for the run; an invalid one fails each item on its own.
	let parallel = 1;
	try {
		parallel = readParallelGroupReads(this, itemIndexes[0]);
	} catch {
		parallel = 1;
	}
	const stop = followCancel(this);
	const read = (itemIndex: number, signal: AbortSignal) => itemPages(this, itemIndex, signal);
	let connectors: IDataObject[] = [];
	try {
		for await (const event of readSideBySide(
			itemIndexes,
			read,
			{ parallel, pagesAhead: 2 },
			stop.controller,
		)) {
			if (event.kind === 'page') {
				connectors.push(...event.page);
				continue;
			}
			const itemIndex = event.key;
			yield event.error === undefined
				? { itemIndex, result: output(this, itemIndex, connectors) }
				: { itemIndex, error: event.error };
			connectors = [];
		}
	} finally {
		stop.release();
	}
}
