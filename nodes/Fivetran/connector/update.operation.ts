import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { updateFieldsCollection } from '../common/fields';
import { connectorLocator } from '../../shared/locators';
import { inputError, readId } from '../common/validate';
import { readJsonObject } from '../common/jsonInput';
import type { Access } from '../common/types';
import { CONFIG_JSON_LABEL } from './config';
import { patchConnection } from './connection';
import { API_FIELD, settingsBody, settingsFields, TEST_CONTROL_FIELDS } from './settings';

export const access: Access = 'write';

const properties: INodeProperties[] = [
	connectorLocator,
	updateFieldsCollection([
		{
			displayName: CONFIG_JSON_LABEL,
			name: 'configJson',
			type: 'json',
			default: '{}',
			description:
				'Config fields to change, as a JSON object. Fivetran merges them into the current config; fields left out keep their value.',
		},
		...settingsFields,
	]),
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['update'] } },
	properties,
);

function readUpdateBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = ctx.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = settingsBody(fields);
	if (fields.configJson !== undefined) {
		const config = readJsonObject(ctx, 'updateFields.configJson', itemIndex, CONFIG_JSON_LABEL);
		if (Object.keys(config).length > 0) body.config = config;
	}
	if (Object.keys(body).length === 0) {
		inputError(
			ctx,
			itemIndex,
			'Add at least one field under "Update Fields"',
			'Nothing to change was given, so nothing was sent to Fivetran.',
		);
	}
	const testControl = new Set(TEST_CONTROL_FIELDS.map((name) => API_FIELD[name]));
	if (Object.keys(body).every((field) => testControl.has(field))) {
		inputError(
			ctx,
			itemIndex,
			'"Trust Certificates", "Trust Fingerprints" and "Run Setup Tests" cannot be sent alone',
			'Fivetran does not store these; they only steer the setup tests of an update. Add a field that changes the connector (e.g. Config (JSON) or Paused), or use the Run Setup Tests operation.',
		);
	}
	return body;
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	return await patchConnection(this, itemIndex, connectorId, readUpdateBody(this, itemIndex));
}
