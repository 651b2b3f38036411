import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transportLimits } from '../../shared/transport/limits';
import { sendFivetranRequest } from '../../shared/transport/request';
import { destinationLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';
import { settingsBody, trustCertificatesField, trustFingerprintsField } from './fields';

export const access: Access = 'write';

const properties: INodeProperties[] = [
	destinationLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [trustCertificatesField, trustFingerprintsField],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['runSetupTests'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const destinationId = readId(this, 'destinationId', itemIndex);
	// Fivetran answers 400 to a test request without a body, so `{}` is the least we send.
	const body = settingsBody(this, itemIndex, 'options');
	const envelope = await sendFivetranRequest.call(this, {
		method: 'POST',
		path: `/destinations/${destinationId}/test`,
		body,
		// Not repeatable (each run connects to the warehouse and counts against its rate limit) and slow.
		repeatable: false,
		timeoutMs: transportLimits.longRequestTimeoutMs,
		...requestSettings(this, itemIndex),
	});
	const destination = envelope.data ?? {};
	const id = destination.id ?? decodeURIComponent(destinationId);
	const tests = Array.isArray(destination.setup_tests)
		? (destination.setup_tests as IDataObject[])
		: [];
	if (tests.length === 0) {
		// One item even without results, so the workflow goes on and shows what Fivetran said.
		return [
			{
				destination_id: id,
				setup_status: destination.setup_status,
				message: envelope.message ?? '',
			},
		];
	}
	return tests.map((test) => ({
		destination_id: id,
		title: test.title,
		status: test.status,
		message: test.message ?? '',
		...(test.details !== undefined ? { details: test.details } : {}),
	}));
}
