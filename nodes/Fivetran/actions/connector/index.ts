import type { INodeProperties } from 'n8n-workflow';

import type { OperationMap } from '../types';

export const connectorOperations: OperationMap = {};

const operationProperty: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['connector'] } },
	default: 'getAll',
	options: [],
};

export const connectorDescription: INodeProperties[] = [
	operationProperty,
	...Object.values(connectorOperations).flatMap((operation) => operation.description),
];
