import type { IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

// How many groups' connector lists are read side by side. 1 keeps the single account list in
// Fivetran's order; more reads GET /groups, then each group's list, the output grouped by group.
// The default is 1: Return All of N connectors then costs ceil(N / 1000) requests, the fewest; side
// by side costs GET /groups and a partial last page per group more, and pays off only when the
// round trip dominates (a big account far from api.fivetran.com), so it is the user's choice.

export const PARALLEL_GROUP_READS = 'parallelGroupReads';
export const DEFAULT_PARALLEL_GROUP_READS = 1;
/** Wait for / Check Fresh Data list every group anyway (one list per group), so side by side costs nothing extra. */
export const FRESHNESS_PARALLEL_GROUP_READS = 4;
/** More chains would mostly meet Fivetran's rate limit sooner; 16 already hides a 200 ms round trip. */
export const MAX_PARALLEL_GROUP_READS = 16;
/** The dropdown search reads this many groups at once (it has no option of its own). */
export const SEARCH_PARALLEL_GROUP_READS = 4;

export function parallelGroupReadsField(
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Parallel Group Reads',
		name: PARALLEL_GROUP_READS,
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_GROUP_READS },
		default: DEFAULT_PARALLEL_GROUP_READS,
		description,
		...extra,
	};
}

/** The option's value, checked before any request. */
export function checkParallelGroupReads(node: INode, value: unknown, itemIndex?: number): number {
	if (
		typeof value === 'number' &&
		Number.isInteger(value) &&
		value >= 1 &&
		value <= MAX_PARALLEL_GROUP_READS
	)
		return value;
	throw new NodeOperationError(
		node,
		`The parameter "Parallel Group Reads" must be a whole number from 1 to ${MAX_PARALLEL_GROUP_READS} (got ${String(value)})`,
		{
			itemIndex,
			description: '1 reads one list after another; 4 suits most accounts.',
		},
	);
}

/** The action node's "Parallel Group Reads" of one item, checked before any request. */
export function readParallelGroupReads(ctx: IExecuteFunctions, itemIndex: number): number {
	return checkParallelGroupReads(
		ctx.getNode(),
		ctx.getNodeParameter(PARALLEL_GROUP_READS, itemIndex, DEFAULT_PARALLEL_GROUP_READS),
		itemIndex,
	);
}
