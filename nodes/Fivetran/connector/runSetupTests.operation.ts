import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transportLimits } from '../../shared/transport/limits';
import { fivetranApiRequest } from '../../shared/transport/request';
import { connectorLocator } from '../../shared/locators';
import { requestSettings } from '../common/request';
import type { Access } from '../common/types';
import { settingsBody, settingsFields } from './settings';
import { readId } from '../common/validate';

export const access: Access = 'write';

const TEST_OPTIONS = ['trustCertificates', 'trustFingerprints'];

const properties: INodeProperties[] = [
	connectorLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: settingsFields.filter((field) => TEST_OPTIONS.includes(field.name)),
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['runSetupTests'] } },
	properties,
);

/** One item per setup test, so a workflow can branch on each test's status. */
function testResults(connection: IDataObject, connectorId: string): IDataObject[] {
	const tests = (connection.setup_tests as IDataObject[] | undefined) ?? [];
	if (tests.length === 0) return [connection];
	return tests.map((test) => ({
		connector_id: String(connection.id ?? connectorId),
		title: test.title ?? null,
		status: test.status ?? null,
		message: test.message ?? null,
		details: test.details ?? null,
	}));
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const connectorId = readId(this, 'connectorId', itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	// Fivetran answers 400 to a test request without a body, so always send at least {}.
	const connection = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: `/connections/${connectorId}/test`,
		body: settingsBody(options),
		// Not repeatable (each run hits the source and counts against its rate limit) and slow.
		repeatable: false,
		timeoutMs: transportLimits.longRequestTimeoutMs,
		...requestSettings(this, itemIndex),
	});
	return testResults(connection, decodeURIComponent(connectorId));
}
