import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationMap } from './types';

/** A resource's "Operation" dropdown followed by every parameter of its operations. */
export function resourceDescription(
	resource: string,
	operations: OperationMap,
	options: INodePropertyOptions[],
	defaultOperation = 'getAll',
): INodeProperties[] {
	const operationProperty: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		default: defaultOperation,
		options,
	};
	return [
		operationProperty,
		...Object.values(operations).flatMap((operation) => operation.description),
	];
}
