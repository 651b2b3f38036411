import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { GuardedUse } from '../shared/access/guard';
import { assertAllowed } from '../shared/access/guard';
import { asNodeError } from '../shared/transport/nodeErrors';
import type { FivetranOperation, ItemOutcome, OperationMap } from './common/types';
import { operationUse } from './uses';

function findOperation(
	ctx: IExecuteFunctions,
	resources: Record<string, OperationMap>,
): { operation: FivetranOperation; use: GuardedUse } {
	const resource = ctx.getNodeParameter('resource', 0) as string;
	const operation = ctx.getNodeParameter('operation', 0) as string;
	const found = resources[resource]?.[operation];
	if (!found) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operation}" of "${resource}" is not known`,
		);
	}
	return { operation: found, use: operationUse(resource, operation, found) };
}

function errorItem(
	error: Error & { description?: unknown; httpCode?: unknown },
	itemIndex: number,
): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	if (typeof error.description === 'string' && error.description)
		json.description = error.description;
	if (error.httpCode) json.httpCode = String(error.httpCode);
	return { json, pairedItem: { item: itemIndex } };
}

/** execute() item after item; the next item starts only once the caller has taken this one's outcome. */
async function* oneByOne(
	ctx: IExecuteFunctions,
	operation: FivetranOperation,
	itemCount: number,
): AsyncGenerator<ItemOutcome> {
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex += 1) {
		try {
			yield { itemIndex, result: await operation.execute.call(ctx, itemIndex) };
		} catch (error) {
			yield { itemIndex, error };
		}
	}
}

/** Runs the chosen operation once per input item; with "continue on fail" a bad item becomes an error item. */
export async function route(
	this: IExecuteFunctions,
	resources: Record<string, OperationMap>,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const { operation, use } = findOperation(this, resources);
	await assertAllowed(this, use);

	const output: INodeExecutionData[] = [];
	const outcomes =
		operation.executeItems && items.length > 1
			? operation.executeItems.call(
					this,
					items.map((_item, itemIndex) => itemIndex),
				)
			: oneByOne(this, operation, items.length);
	for await (const outcome of outcomes) {
		const { itemIndex } = outcome;
		if ('result' in outcome) {
			const objects = Array.isArray(outcome.result) ? outcome.result : [outcome.result];
			for (const json of objects) output.push({ json, pairedItem: { item: itemIndex } });
		} else if (this.continueOnFail()) {
			output.push(errorItem(outcome.error as Error, itemIndex));
		} else {
			throw asNodeError(this.getNode(), outcome.error, itemIndex);
		}
	}
	return [output];
}
