import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transportLimits } from '../../shared/transport/limits';
import { fivetranApiRequest } from '../../shared/transport/request';
import { connectorLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import type { Access } from '../common/types';
import { readId } from '../common/validate';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['reloadSchema'] } },
	[
		connectorLocator,
		{
			displayName: 'Exclude Mode',
			name: 'excludeMode',
			type: 'options',
			options: [
				{
					name: 'Exclude',
					value: 'EXCLUDE',
					description: 'Newly found schemas, tables and columns start disabled',
				},
				{
					name: 'Preserve',
					value: 'PRESERVE',
					description: 'Schemas and tables keep their current enabled or disabled state',
				},
			],
			default: 'PRESERVE',
			description:
				'How the reload treats what it finds in the source. Reloading reads the source and can take minutes.',
		},
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const excludeMode = String(this.getNodeParameter('excludeMode', itemIndex, 'PRESERVE'));
	return await fivetranApiRequest.call(this, {
		method: 'POST',
		path: `/connections/${connectorId}/schemas/reload`,
		body: { exclude_mode: excludeMode },
		// Not repeatable (each one reads the whole source again) and slow: it gets the long timeout.
		repeatable: false,
		timeoutMs: transportLimits.longRequestTimeoutMs,
		...requestSettings(this, itemIndex),
	});
}
