import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
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
			description:
				'Get one dbt Core project by ID: status, errors, Git settings and setup test results',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many transformation projects',
			description: 'List the dbt Core projects of the account (ID, group, type, status)',
		},
		{
			name: 'Run Setup Tests',
			value: 'runSetupTests',
			action: 'Run setup tests of a transformation project',
			description:
				"Check that Fivetran can reach the project's Git repository and the warehouse; returns one item per test with its status",
		},
	],
);
