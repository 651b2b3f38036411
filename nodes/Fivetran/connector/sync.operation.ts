import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { resumeIfPausedField, runSync } from './syncFlow';
import { waitFields } from '../common/wait/waitOptions';
import { readId } from '../common/validate';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['sync'] } },
	[
		connectorLocator,
		{
			displayName: 'Force',
			name: 'force',
			type: 'boolean',
			default: false,
			description:
				'Whether to stop a running sync and start a new one at once. When off, a sync that is already running is left alone and this request does not start another.',
		},
		resumeIfPausedField,
		...waitFields,
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const encodedId = readId(this, 'connectorId', itemIndex);
	const force = this.getNodeParameter('force', itemIndex, false) === true;
	// Repeatable without force: a second request while a sync runs does not start another one.
	// Not with force: each forced request stops the running sync and starts a new one.
	const call = { action: 'sync' as const, body: { force }, repeatable: !force };
	return await runSync(this, itemIndex, { encodedId, start: call, retrigger: call });
}
