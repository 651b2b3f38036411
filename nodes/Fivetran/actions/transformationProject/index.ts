import { resourceDescription } from '../resource';
import type { OperationMap } from '../types';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as runSetupTests from './runSetupTests.operation';

export const transformationProjectOperations: OperationMap = { get, getAll, runSetupTests };

export const transformationProjectDescription = resourceDescription(
	'transformationProject',
	transformationProjectOperations,
	[
		{
			name: 'Get',
			value: 'get',
			action: 'Get a transformation project',
			description: 'Get one dbt Core project by ID, with its status, errors and Git settings',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many transformation projects',
			description: 'List the dbt Core projects of the account',
		},
		{
			name: 'Run Setup Tests',
			value: 'runSetupTests',
			action: 'Run setup tests of a transformation project',
			description:
				'Check that Fivetran can reach the Git repository and the warehouse; one item per test result',
		},
	],
);
