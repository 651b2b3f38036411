import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../types';

export const destinationOperations: OperationMap = {};

const operationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['destination'] } },
	default: 'getAll',
	options: [],
};

export const destinationDescription: INodeProperties[] = [
	operationProperty,
	...Object.values(destinationOperations).flatMap((operation) => operation.description),
];
