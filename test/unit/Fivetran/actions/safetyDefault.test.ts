import nock from 'nock';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { DEFAULT_SAFETY_LEVEL } from '../../../../nodes/Fivetran/actions/safety';
import { runNode } from '../../../harness';
import { API_HOST, API_KEY, API_SECRET, rl } from '../../fixtures';

const deleteConnector = {
	resource: 'connector',
	operation: 'delete',
	connectorId: rl('c1'),
	confirmDelete: true,
};

async function runWithLevel(level: Record<string, unknown>) {
	return await runNode({
		nodeType: new Fivetran(),
		parameters: deleteConnector,
		credentials: {
			fivetranApi: { apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: `${API_HOST}/v1`, ...level },
		},
		credentialTypes: [new FivetranApi()],
	});
}

describe('The default safety level', () => {
	it('a new credential is Read and Write (no deletes), and the node assumes the same', () => {
		const field = new FivetranApi().properties.find((p) => p.name === 'safetyLevel');

		expect(field?.default).toBe('readWrite');
		expect(DEFAULT_SAFETY_LEVEL).toBe(field?.default);
	});

	it.each([
		['saved without a level', {}],
		['an unknown level', { safetyLevel: 'admin' }],
		['a prototype name', { safetyLevel: 'constructor' }],
	])('%s: a delete is refused as under Read and Write, nothing sent', async (_what, level) => {
		const { error, items } = await runWithLevel(level);

		expect(error?.message).toBe(
			"The Fivetran credential's safety level does not allow this operation",
		);
		expect(error?.description).toContain('set to "Read and Write"');
		expect(items).toEqual([]);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
