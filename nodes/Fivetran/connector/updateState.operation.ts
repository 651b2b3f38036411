import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../shared/locators';
import { inputError, readId } from '../common/validate';
import { readJsonObject } from '../common/jsonInput';
import type { Access } from '../common/types';
import { callStateEndpoint } from './stateEndpoint';

export const access: Access = 'write';

const STATE_LABEL = 'State (JSON)';

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['updateState'] } },
	[
		connectorLocator,
		{
			displayName:
				'Pause the connector first (Pause operation): Fivetran refuses a state update with 409 while the connector can sync. Resume it afterwards.',
			name: 'pauseNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: STATE_LABEL,
			name: 'stateJson',
			type: 'json',
			required: true,
			default: '{\n  "state": {}\n}',
			description:
				'The request body: {"state": {...}} with the cursor values the Connector SDK / Function connector reads on its next sync',
		},
	],
);

function readStateBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const body = readJsonObject(ctx, 'stateJson', itemIndex, STATE_LABEL);
	const state = body.state;
	if (state === null || typeof state !== 'object' || Array.isArray(state)) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${STATE_LABEL}" needs a "state" object`,
			'Wrap the connector state like this: {"state": {"cursor": "2024-01-01"}}.',
		);
	}
	return { state };
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const body = readStateBody(this, itemIndex);
	return await callStateEndpoint(this, itemIndex, connectorId, 'PATCH', body);
}
