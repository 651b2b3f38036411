import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationLocator } from '../../shared/locators';
import { patchObject } from '../common/request';
import type { Access } from '../common/types';
import { readIdList, readSchedule, scheduleFields } from './schedule';
import { transformationPath } from './transformationId';

export const access: Access = 'write';

const scheduleOptions: INodeProperties = {
	displayName: 'Schedule Options',
	name: 'scheduleOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Connection IDs',
			name: 'connectionIds',
			type: 'string',
			default: '',
			placeholder: 'e.g. sandy_lamb, tidy_owl',
			description:
				'Comma-separated connectors (of the same group) a dbt Core transformation waits for, with the Integrated schedule or Smart Syncing',
		},
		{
			displayName: 'Smart Syncing',
			name: 'smartSyncing',
			type: 'boolean',
			default: false,
			description:
				'Whether a Time of Day or Interval schedule skips runs when the connectors it depends on brought no new data',
		},
	],
};

export const description = updateDisplayOptions(
	{ show: { resource: ['transformation'], operation: ['updateSchedule'] } },
	[transformationLocator, ...scheduleFields, scheduleOptions],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const path = transformationPath(this, itemIndex);
	const schedule = readSchedule(this, itemIndex);
	const options = this.getNodeParameter('scheduleOptions', itemIndex, {}) as IDataObject;
	if (options.connectionIds !== undefined) {
		schedule.connection_ids = readIdList(this, itemIndex, options.connectionIds, 'Connection IDs');
	}
	if (typeof options.smartSyncing === 'boolean') schedule.smart_syncing = options.smartSyncing;
	return await patchObject(this, itemIndex, path, { schedule });
}
