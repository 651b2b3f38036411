import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { fivetranApiRequest } from '../../shared/transport/request';
import { destinationLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { inputError, readId } from '../common/validate';
import type { Access } from '../common/types';
import { settingsBody, updateFields } from './fields';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['update'] } },
	[destinationLocator, updateFields],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const destinationId = readId(this, 'destinationId', itemIndex);
	const body = settingsBody(this, itemIndex, 'updateFields');
	if (Object.keys(body).length === 0) {
		inputError(
			this,
			itemIndex,
			'Nothing to update: add at least one field under "Update Fields"',
			'Nothing was sent to Fivetran.',
		);
	}
	const path = `/destinations/${destinationId}`;
	const settings = requestSettings(this, itemIndex);
	if (body.time_zone_offset === undefined) {
		// Fivetran's OpenAPI document marks time_zone_offset as required on PATCH, so a request that
		// changes only (say) the config could be refused. Re-send the destination's current offset
		// so the update changes exactly what the user asked for and nothing else.
		const current = await fivetranApiRequest.call(this, { method: 'GET', path, ...settings });
		if (typeof current.time_zone_offset === 'string')
			body.time_zone_offset = current.time_zone_offset;
	}
	// Repeatable: it sets fields to given values; a repeat changes nothing more.
	return await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path,
		body,
		repeatable: true,
		...settings,
	});
}
