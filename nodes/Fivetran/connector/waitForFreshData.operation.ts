import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { clock } from '../../shared/clock';
import type { Access } from '../common/types';
import { requestSettings } from '../common/request';
import { readPollIntervalMs, readTimeoutMs } from '../common/wait/waitOptions';
import { freshItems, freshOrItems } from './freshness/outcome';
import { freshTable } from './freshness/rows';
import { waitFreshFields } from './freshness/fields';
import { readFreshSettings } from './freshness/settings';
import { allowSyncs } from './freshness/startSyncs';
import { waitForFreshData } from './freshness/waitForFreshData';

// A freshness gate over many connectors: looks until every one is fresh (or skipped), one list
// request per group per look; bounded by the Timeout, ended by Stop, capped in tool mode.

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['waitForFreshData'] } },
	waitFreshFields,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	// Everything is read before the first request, so bad input costs no API call.
	const fresh = readFreshSettings(this, itemIndex);
	const pollIntervalMs = readPollIntervalMs(this, itemIndex, 60);
	const timeoutMs = readTimeoutMs(this, itemIndex);
	const { maxTries } = requestSettings(this, itemIndex);
	await allowSyncs(this, fresh.startSyncs);
	const started = clock.now();
	return await freshOrItems(this, 'rows', async () => {
		const state = await waitForFreshData(this, {
			fresh,
			pollIntervalMs,
			timeoutMs,
			maxTries,
			itemIndex,
		});
		const waited = { waited_seconds: Math.round((clock.now() - started) / 1000) };
		return freshItems(freshTable(state, waited), 'rows');
	});
}
