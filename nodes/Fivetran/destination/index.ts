import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
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
			'Connect a warehouse to a group that has no destination yet (service, region, time zone, service-specific config, optionally setup tests); returns the destination',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a destination',
		description:
			"Remove a group's destination settings from Fivetran (the warehouse and its data stay); needs Confirm",
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a destination',
		description:
			"Get one destination by ID (the group's ID): service, region, time zone, setup status and config",
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many destinations',
		description:
			"List the destinations of the account, one item each (service, region, setup status; no config). Use Get for one destination's config.",
	},
	{
		name: 'Run Setup Tests',
		value: 'runSetupTests',
		action: 'Run setup tests for a destination',
		description:
			'Test whether Fivetran can connect to the destination; returns one item per test with its status and message',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a destination',
		description:
			'Change only the given settings of a destination (config, region, time zone); returns the destination',
	},
]);
