import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendFivetranRequest } from '../../transport/request';
import { destinationLocator } from '../common/locators';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../types';

export const access: Access = 'write';

const properties: INodeProperties[] = [
	destinationLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Trust Certificates',
				name: 'trustCertificates',
				type: 'boolean',
				default: false,
				description: "Whether the tests accept the destination's TLS certificate automatically",
			},
			{
				displayName: 'Trust Fingerprints',
				name: 'trustFingerprints',
				type: 'boolean',
				default: false,
				description: "Whether the tests accept the SSH host's fingerprint automatically (SSH tunnel)",
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['destination'], operation: ['runSetupTests'] } },
	properties,
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const destinationId = readId(this, 'destinationId', itemIndex, 'Destination');
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	// Fivetran answers 400 to a test request without a body, so `{}` is the least we send.
	const body: IDataObject = {};
	if (options.trustCertificates !== undefined) body.trust_certificates = options.trustCertificates;
	if (options.trustFingerprints !== undefined) body.trust_fingerprints = options.trustFingerprints;
	const envelope = await sendFivetranRequest.call(this, {
		method: 'POST',
		path: `/destinations/${destinationId}/test`,
		body,
		...requestSettings(this, itemIndex),
	});
	const destination = envelope.data ?? {};
	const id = destination.id ?? decodeURIComponent(destinationId);
	const tests = Array.isArray(destination.setup_tests) ? (destination.setup_tests as IDataObject[]) : [];
	if (tests.length === 0) {
		// One item even without results, so the workflow goes on and shows what Fivetran said.
		return [{ destination_id: id, setup_status: destination.setup_status, message: envelope.message ?? '' }];
	}
	return tests.map((test) => ({
		destination_id: id,
		title: test.title,
		status: test.status,
		message: test.message ?? '',
		...(test.details !== undefined ? { details: test.details } : {}),
	}));
}
