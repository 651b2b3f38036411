import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import { paginate } from '../../shared/transport/pagination';
import { returnAllAndLimit } from '../common/fields';
import { requestSettings } from '../common/request';
import { readChoice, readId, readLimit } from '../common/validate';
import type { Access } from '../common/types';
import { rangeFields, readRange, windowsOf } from './syncHistoryRange';

// GET /connections/{id}/sync-history (Fivetran's "Retrieve Connection Sync History"). Fivetran's
// page names only the start timestamp of a record; every record is output exactly as Fivetran
// sends it, whatever fields it has.

export const access: Access = 'read';

const statusField: INodeProperties = {
	displayName: 'Sync Status',
	name: 'historyStatus',
	type: 'options',
	default: 'all',
	options: [
		{ name: 'All', value: 'all' },
		{ name: 'Failed', value: 'failed', description: 'Records whose status starts with FAIL' },
		{
			name: 'Succeeded',
			value: 'succeeded',
			description: 'Records whose status starts with SUCCE',
		},
	],
	description:
		"Filtered here by each record's status field (Fivetran's list has no status filter); a record without a status is kept only with All",
};

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['getSyncHistory'] } },
	[connectorLocator, ...rangeFields, statusField, ...returnAllAndLimit()],
);

const STATUS_PREFIX: Record<string, string> = { failed: 'FAIL', succeeded: 'SUCCE' };

function statusFilter(choice: string): ((record: IDataObject) => boolean) | undefined {
	const prefix = STATUS_PREFIX[choice];
	if (prefix === undefined) return undefined;
	return (record) =>
		typeof record.status === 'string' && record.status.toUpperCase().startsWith(prefix);
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const windows = windowsOf(readRange(this, itemIndex));
	const keep = statusFilter(
		readChoice(this, 'historyStatus', itemIndex, 'Sync Status', ['all', 'failed', 'succeeded']),
	);
	const limit = readLimit(this, itemIndex);
	const settings = requestSettings(this, itemIndex);

	const found: IDataObject[] = [];
	for (const window of windows) {
		const request = {
			path: `/connections/${connectorId}/sync-history`,
			qs: {
				start_time: new Date(window.start).toISOString(),
				end_time: new Date(window.end).toISOString(),
			},
			...settings,
		};
		// With a status filter matches may be sparse: full pages until `limit` of them are found.
		const pageBound = keep || limit === undefined ? undefined : limit - found.length;
		for await (const page of paginate.call(this, request, pageBound)) {
			for (const record of page) {
				if (keep && !keep(record)) continue;
				found.push(record);
				if (limit !== undefined && found.length >= limit) return found;
			}
		}
	}
	return found;
}
