import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { GuardedUse } from '../shared/access/guard';
import { assertAllowed } from '../shared/access/guard';
import { asNodeError } from '../shared/transport/nodeErrors';
import type { FivetranOperation, OperationMap } from './common/types';
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

/** Runs the chosen operation once per input item; with "continue on fail" a bad item becomes an error item. */
export async function route(
	this: IExecuteFunctions,
	resources: Record<string, OperationMap>,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const { operation, use } = findOperation(this, resources);
	await assertAllowed(this, use);

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex += 1) {
		try {
			const result = await operation.execute.call(this, itemIndex);
			const objects = Array.isArray(result) ? result : [result];
			for (const json of objects) output.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (this.continueOnFail()) {
				output.push(errorItem(error as Error, itemIndex));
				continue;
			}
			throw asNodeError(this.getNode(), error, itemIndex);
		}
	}
	return [output];
}
