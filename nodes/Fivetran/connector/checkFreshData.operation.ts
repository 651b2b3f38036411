import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { clock } from '../../shared/clock';
import type { Access } from '../common/types';
import { requestSettings } from '../common/request';
import { carriedState } from './freshness/carried';
import { failIfBlocked } from './freshness/blocked';
import { checkFreshFields } from './freshness/fields';
import { newGateState } from './freshness/gateState';
import { lookOnce } from './freshness/look';
import { freshItems, freshOrItems } from './freshness/outcome';
import { freshTable } from './freshness/rows';
import { readFreshSettings } from './freshness/settings';
import { allowSyncs, startStaleSyncs } from './freshness/startSyncs';
import { checkNumber } from '../common/wait/checkNumber';

// One look, judged as Wait for Fresh Data judges, as ONE item (all_fresh, the counts, and the rows
// under `connectors`) so a loop with n8n's Wait node passes exactly that item back: the next check
// then reads only what is not fresh yet, and requests no sync twice. Between checks the execution
// is parked in the database and holds no worker (queue mode).

export const access: Access = 'read';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['checkFreshData'] } },
	checkFreshFields,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const fresh = readFreshSettings(this, itemIndex);
	const settings = requestSettings(this, itemIndex);
	const checks = checkNumber(this, itemIndex);
	const carried = carriedState(this, itemIndex, fresh);
	// A loop keeps the first check's mark when Fresh After is empty ("when the first check ran").
	const rule =
		carried && fresh.markFromStart && Number.isFinite(carried.mark)
			? { ...fresh, freshAfterMs: carried.mark }
			: fresh;
	await allowSyncs(this, fresh.startSyncs);
	const state = carried ?? newGateState();
	return await freshOrItems(this, 'oneItem', async () => {
		await lookOnce(this, state, rule, settings, clock.now);
		failIfBlocked(this.getNode(), itemIndex, state, rule, { checks });
		if (rule.startSyncs) await startStaleSyncs(this, state, settings);
		return freshItems(freshTable(state, { checks }), 'oneItem');
	});
}
