import type { ICredentialDataDecryptedObject } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { FivetranTrigger } from '../../../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetRecentPolls } from '../../../../nodes/FivetranTrigger/poll/recentPolls';
import * as listSearch from '../../../../nodes/shared/listSearch';
import { loadListSearch, pollNode } from '../../../harness';
import { countAnyRequests, credentialsFor, fivetran, success } from '../../fixtures';

// Issue 19: every use of the credential goes through the one guard, so a deny list and an unknown
// level mean the same in a dropdown search and in a trigger's poll as in an operation.

const countRequests = countAnyRequests;

const credentialWith = (stored: ICredentialDataDecryptedObject) => ({
	fivetranApi: { ...credentialsFor()!.fivetranApi, ...stored },
});

async function search(methodName: string, stored: ICredentialDataDecryptedObject) {
	return await loadListSearch({
		nodeType: new Fivetran(),
		parameters: { resource: 'group', operation: 'get' },
		credentials: credentialWith(stored),
		credentialTypes: [new FivetranApi()],
		methodName,
	});
}

async function poll(stored: ICredentialDataDecryptedObject) {
	return await pollNode({
		nodeType: new FivetranTrigger(),
		parameters: { events: ['syncFailed'] },
		credentials: credentialWith(stored),
		credentialTypes: [new FivetranApi()],
		staticData: {},
		mode: 'trigger',
	});
}

const searches = Object.entries(listSearch).filter(([, value]) => typeof value === 'function') as [
	string,
	listSearch.ListSearchMethod,
][];

afterEach(() => nock.cleanAll());
beforeEach(() => forgetRecentPolls());

describe('List searches pass the guard', () => {
	it('there is one per list', () => {
		expect(searches.map(([name]) => name).sort()).toEqual([
			'searchConnectors',
			'searchDestinations',
			'searchGroups',
			'searchHybridAgents',
			'searchServices',
			'searchTransformationProjects',
			'searchTransformations',
			'searchUsers',
			'searchWebhooks',
		]);
	});

	it.each(searches)('%s: refused when the deny list names it, 0 requests', async (name, method) => {
		const sent = countRequests();

		await expect(search(name, { deniedOperations: [method.use.key] })).rejects.toThrow(
			`"${method.use.name}" is on the Fivetran credential's deny list`,
		);
		expect(method.use.access).toBe('read');
		expect(sent()).toBe(0);
	});

	it.each(['readOnly', 'readonly'])(
		'a read: allowed with the level %p (an unknown level counts as Read Only)',
		async (safetyLevel) => {
			const api = fivetran()
				.get('/v1/groups')
				.query({ limit: 1000 })
				.reply(200, success({ items: [{ id: 'g1', name: 'G' }], next_cursor: null }));

			const result = await search('searchGroups', { safetyLevel });

			expect(result.results).toEqual([{ name: 'G', value: 'g1' }]);
			expect(api.isDone()).toBe(true);
		},
	);
});

describe("The Fivetran Trigger's poll passes the guard", () => {
	it('refused when the deny list names it, 0 requests', async () => {
		const sent = countRequests();

		await expect(poll({ deniedOperations: ['trigger.poll'] })).rejects.toThrow(
			`"Fivetran Trigger: Poll" is on the Fivetran credential's deny list`,
		);
		expect(sent()).toBe(0);
	});

	it('a read: polls with an unknown level (counts as Read Only)', async () => {
		const api = fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.reply(200, success({ items: [], next_cursor: null }));

		expect(await poll({ safetyLevel: 'readonly' })).toBeNull();
		expect(api.isDone()).toBe(true);
	});
});
