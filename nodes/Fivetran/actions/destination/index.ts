import { resourceDescription } from '../resource';
import type { OperationMap } from '../types';
import * as create from './create.operation';
import * as deleteDestination from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as runSetupTests from './runSetupTests.operation';
import * as update from './update.operation';

export const destinationOperations: OperationMap = {
	create,
	delete: deleteDestination,
	get,
	getAll,
	runSetupTests,
	update,
};

export const destinationDescription = resourceDescription('destination', destinationOperations, [
	{
		name: 'Create',
		value: 'create',
		action: 'Create a destination',
		description:
			'Connect a warehouse to a group that has no destination yet (service, region, time zone and service-specific config)',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a destination',
		description: "Remove a group's destination settings from Fivetran; needs confirmation",
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a destination',
		description: 'Get one destination with its config and setup status; its ID is the group ID',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many destinations',
		description: 'List the destinations of the account (without config)',
	},
	{
		name: 'Run Setup Tests',
		value: 'runSetupTests',
		action: 'Run setup tests for a destination',
		description:
			'Test whether Fivetran can connect to the destination; outputs one item per test result',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a destination',
		description:
			'Change only the given settings of a destination (config, region, time zone, tests)',
	},
]);
