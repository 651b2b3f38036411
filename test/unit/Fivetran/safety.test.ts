import type { ICredentialDataDecryptedObject, INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { DEFAULT_SAFETY_LEVEL, SAFETY_LEVELS } from '../../../nodes/shared/access/levels';
import { runNode } from '../../harness';
import {
	countAnyRequests,
	API_HOST,
	API_KEY,
	API_SECRET,
	fivetran,
	rl,
	success,
} from '../fixtures';

// The credential's safety level and deny list, as the action node applies them (issue 19 rows 3,
// 5 and 6). The guard runs before parameters are read, so each refused case sends nothing.

const countRequests = countAnyRequests;

async function run(parameters: INodeParameters, stored: ICredentialDataDecryptedObject) {
	return await runNode({
		nodeType: new Fivetran(),
		parameters,
		credentials: {
			fivetranApi: { apiKey: API_KEY, apiSecret: API_SECRET, baseUrl: `${API_HOST}/v1`, ...stored },
		},
		credentialTypes: [new FivetranApi()],
	});
}

const pause = { resource: 'connector', operation: 'pause', connectorId: rl('c1') };
const getConnector = { resource: 'connector', operation: 'get', connectorId: rl('c1') };
const deleteConnector = { ...getConnector, operation: 'delete', confirmDelete: true };

afterEach(() => nock.cleanAll());

describe('The default safety level', () => {
	it('a new credential is Read and Write, and the node assumes the same', () => {
		const field = new FivetranApi().properties.find((p) => p.name === 'safetyLevel');

		expect(field?.default).toBe('readWrite');
		expect(DEFAULT_SAFETY_LEVEL).toBe(field?.default);
	});

	it('a credential saved without a level: a delete is refused as under Read and Write', async () => {
		const sent = countRequests();

		const { error } = await run(deleteConnector, {});

		expect(error?.message).toBe(
			'The Fivetran credential\'s safety level does not allow this operation (it needs "Everything")',
		);
		expect(error?.description).toContain('set to "Read and Write"');
		expect(sent()).toBe(0);
	});

	it('a credential saved without a level still pauses (Read and Write)', async () => {
		const api = fivetran()
			.patch('/v1/connections/c1', { paused: true })
			.reply(200, success({ id: 'c1', paused: true }));

		const { error } = await run(pause, {});

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});
});

describe('A stored level that is not known counts as Read Only (row 5)', () => {
	it.each(['readonly', 'admin', 'constructor', '__proto__', 'READ_ONLY'])(
		'%p: Pause is refused, nothing sent, the error names the value and the known levels',
		async (level) => {
			const sent = countRequests();

			const { error, items } = await run(pause, { safetyLevel: level });

			expect(error?.message).toBe(
				`The Fivetran credential's safety level "${level}" is not known, so it counts as Read Only`,
			);
			expect(error?.description).toContain(
				'"Connector: Pause" needs the safety level "Read and Write"',
			);
			expect(error?.description).toContain(
				'Known levels: readOnly (Read Only), readWrite (Read and Write), readWriteGrant (Read, Write and Grant Access), full (Everything)',
			);
			expect(items).toEqual([]);
			expect(sent()).toBe(0);
		},
	);

	it('a level of another type is named as stored', async () => {
		const { error } = await run(pause, { safetyLevel: 3 });

		expect(error?.message).toContain('safety level "3" is not known');
	});

	it('a read still runs', async () => {
		const api = fivetran()
			.get('/v1/connections/c1')
			.reply(200, success({ id: 'c1' }));

		const { error, items } = await run(getConnector, { safetyLevel: 'readonly' });

		expect(error).toBeUndefined();
		expect(items[0].json.id).toBe('c1');
		expect(api.isDone()).toBe(true);
	});
});

// What gives a person or another server access (row 6) and what voids an agent's keys (row 3).
const invite = {
	resource: 'user',
	operation: 'invite',
	email: 'ada@example.com',
	givenName: 'Ada',
	familyName: 'Lovelace',
	accountRole: 'Account Reviewer',
};
const GRANT: Array<[string, INodeParameters]> = [
	['User: Invite', invite],
	[
		'User: Update Role',
		{
			resource: 'user',
			operation: 'updateRole',
			userId: rl('u1'),
			accountRole: 'Account Reviewer',
		},
	],
	[
		'Group: Add User',
		{ resource: 'group', operation: 'addUser', groupId: rl('g1'), userId: rl('u1') },
	],
	[
		'Webhook: Create',
		{
			resource: 'webhook',
			operation: 'create',
			webhookScope: 'account',
			webhookUrl: 'https://collector.example/hook',
			webhookEvents: ['sync_end'],
		},
	],
	['Webhook: Update', { resource: 'webhook', operation: 'update', webhookId: rl('w1') }],
	[
		'Connector: Create Connect Card',
		{
			resource: 'connector',
			operation: 'createConnectCard',
			connectorId: rl('c1'),
			redirectUri: 'https://example.com',
		},
	],
];

describe('Access-granting operations need "Read, Write and Grant Access" (row 6)', () => {
	it.each(GRANT)('%s is refused under Read and Write, nothing sent', async (name, parameters) => {
		const sent = countRequests();

		const { error } = await run(parameters, { safetyLevel: 'readWrite' });

		expect(error?.message).toContain('(it needs "Read, Write and Grant Access")');
		expect(error?.description).toContain(`"${name}" needs`);
		expect(error?.description).toContain('set to "Read and Write"');
		expect(sent()).toBe(0);
	});

	it('they run under Read, Write and Grant Access', async () => {
		const api = fivetran()
			.post('/v1/users', {
				email: 'ada@example.com',
				given_name: 'Ada',
				family_name: 'Lovelace',
				role: 'Account Reviewer',
			})
			.reply(201, success({ id: 'u1', email: 'ada@example.com' }));

		const { error } = await run(invite, { safetyLevel: 'readWriteGrant' });

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a delete is still refused under Read, Write and Grant Access', async () => {
		const sent = countRequests();

		const { error } = await run(deleteConnector, { safetyLevel: 'readWriteGrant' });

		expect(error?.message).toContain('(it needs "Everything")');
		expect(sent()).toBe(0);
	});
});

describe('Hybrid Deployment Agent Re-Authenticate needs Everything, as Reset Credentials (row 3)', () => {
	it.each(['readWrite', 'readWriteGrant'])('refused under %s, nothing sent', async (level) => {
		const sent = countRequests();

		const { error } = await run(
			{ resource: 'hybridAgent', operation: 'reAuthenticate', agentId: rl('a1') },
			{ safetyLevel: level },
		);

		expect(error?.message).toContain('(it needs "Everything")');
		expect(error?.description).toContain('"Hybrid Deployment Agent: Re-Authenticate"');
		expect(sent()).toBe(0);
	});
});

describe("The credential's deny list", () => {
	it('a denied operation is refused whatever the level, naming it; nothing sent', async () => {
		const sent = countRequests();

		const { error } = await run(deleteConnector, {
			safetyLevel: 'full',
			deniedOperations: ['connector.delete', 'user.invite'],
		});

		expect(error?.message).toBe('"Connector: Delete" is on the Fivetran credential\'s deny list');
		expect(error?.description).toContain('"Denied Operations" includes connector.delete');
		expect(sent()).toBe(0);
	});

	it('other operations still run', async () => {
		const api = fivetran()
			.get('/v1/connections/c1')
			.reply(200, success({ id: 'c1' }));

		const { error } = await run(getConnector, { deniedOperations: ['connector.delete'] });

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it('a deny list that cannot be read refuses everything', async () => {
		const sent = countRequests();

		const { error } = await run(getConnector, { deniedOperations: { not: 'a list' } });

		expect(error?.message).toBe('The Fivetran credential\'s "Denied Operations" could not be read');
		expect(sent()).toBe(0);
	});
});

describe("The credential's option texts", () => {
	it('each level says what it allows beyond the one below', () => {
		const field = new FivetranApi().properties.find((p) => p.name === 'safetyLevel');

		expect(field?.options).toEqual(
			SAFETY_LEVELS.map(({ name, value, description }) => ({ name, value, description })),
		);
		expect(SAFETY_LEVELS.map((level) => level.value)).toEqual([
			'readOnly',
			'readWrite',
			'readWriteGrant',
			'full',
		]);
		expect(SAFETY_LEVELS[2].description).toMatch(/invite users.*webhooks.*Connect Cards/);
	});
});
