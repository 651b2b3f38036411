import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { confirmation } from '../common/fields';
import { connectorLocator } from '../../shared/locators';
import { requireConfirmation, readId } from '../common/validate';
import type { Access } from '../common/types';
import { readResyncBody, scopeFields } from './resyncScope';
import { resumeIfPausedField, runSync } from './syncFlow';
import { waitFields } from '../common/wait/waitOptions';

// 'delete' access: a resync replaces the destination's data for the scope, so it needs the highest level.
export const access: Access = 'delete';

const CONSEQUENCE =
	"A historical resync re-imports all data of the connector (or of the chosen tables) from the source. It can take hours and uses the source's API quota.";

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['historicalResync'] } },
	[
		connectorLocator,
		confirmation(
			'confirmResync',
			'Confirm Resync',
			`I understand this re-imports all data. ${CONSEQUENCE}`,
		),
		...scopeFields,
		resumeIfPausedField,
		...waitFields,
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const encodedId = readId(this, 'connectorId', itemIndex);
	requireConfirmation(this, 'confirmResync', itemIndex, 'Confirm Resync', CONSEQUENCE);
	const body = readResyncBody(this, itemIndex);
	return await runSync(this, itemIndex, {
		encodedId,
		// Not repeatable: a second resync would start the whole re-import over.
		start: { action: 'resync', body, repeatable: false },
		// A rescheduled resync is still pending in Fivetran (is_historical_sync stays on): a plain sync
		// continues it, while a second resync would start the whole re-import over.
		retrigger: { action: 'sync', body: { force: false }, repeatable: true },
	});
}
