import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const connectorTypeOperations: OperationMap = { get, getAll };

export const connectorTypeDescription = resourceDescription(
	'connectorType',
	connectorTypeOperations,
	[
		{
			name: 'Get',
			value: 'get',
			action: 'Get a connector type',
			description:
				"Get one service (e.g. postgres) with the config and auth fields it takes (Fivetran's field metadata), to fill in Connector > Create",
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many connector types',
			description:
				'List the services (sources) a connector can be created for: ID (the value Connector > Create needs), name, type, description, docs link, availability',
		},
	],
);
