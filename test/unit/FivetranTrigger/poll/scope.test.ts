import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import { fivetran } from '../../fixtures';
import {
	accountList,
	connector,
	controlTime,
	NODE_KEY,
	page,
	persisted,
	pollTrigger,
	rlId,
	VERSIONED,
} from '../helpers';

const events = ['connectorBroken'];
const inGroups = (...ids: string[]) => ({
	scope: 'groups',
	events,
	groups: { group: ids.map((id) => ({ groupId: rlId(id) })) },
});
const chosen = (...ids: string[]) => ({
	scope: 'connectors',
	events,
	connectors: { connector: ids.map((id) => ({ connectorId: rlId(id) })) },
});

describe('Fivetran Trigger: scope', () => {
	beforeEach(() => controlTime());

	it("groups: reads each group's list with limit=1000 (following cursors), once per distinct group", async () => {
		const staticData: IDataObject = {};
		const parameters = {
			scope: 'groups',
			events,
			groups: { group: [{ groupId: rlId('g1') }, { groupId: 'g_2' }, { groupId: rlId(' g1 ') }] },
		};
		// Plain-string group IDs (from an expression) are accepted too; the duplicate ' g1 ' is read once.
		fivetran()
			.matchHeader('accept', 'application/json')
			.get('/v1/groups/g1/connections')
			.query({ limit: 1000 })
			.reply(200, page([connector('a')]))
			.get('/v1/groups/g_2/connections')
			.query({ limit: 1000 })
			.reply(200, page([connector('b', { group_id: 'g_2' })], 'next'))
			.get('/v1/groups/g_2/connections')
			.query({ limit: 1000, cursor: 'next' })
			.reply(200, page([connector('c', { group_id: 'g_2', setup_state: 'broken' })]));
		expect(await pollTrigger(parameters, staticData)).toBeNull();
		expect(nock.pendingMocks()).toEqual([]);
		expect((staticData[NODE_KEY] as IDataObject).broken).toEqual(['c']);
	});

	it('groups: a break in one group is reported with its group_id', async () => {
		const staticData: IDataObject = {};
		const both = (bBroken: boolean) =>
			fivetran()
				.matchHeader('accept', 'application/json')
				.get('/v1/groups/g1/connections')
				.query({ limit: 1000 })
				.reply(200, page([connector('a')]))
				.get('/v1/groups/g2/connections')
				.query({ limit: 1000 })
				.reply(
					200,
					page([connector('b', { group_id: 'g2', setup_state: bBroken ? 'broken' : 'connected' })]),
				);
		both(false);
		expect(await pollTrigger(inGroups('g1', 'g2'), staticData)).toBeNull();
		both(true);
		const items = await pollTrigger(inGroups('g1', 'g2'), staticData);
		expect(items?.map((i) => [i.event, i.connector_id, i.group_id])).toEqual([
			['connectorBroken', 'b', 'g2'],
		]);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('groups: a group that no longer exists fails the poll and keeps the memory', async () => {
		const staticData: IDataObject = {};
		fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: 1000 })
			.reply(200, page([connector('a')]));
		await pollTrigger(inGroups('g1'), staticData);
		const before = persisted(staticData);
		fivetran()
			.get('/v1/groups/g1/connections')
			.query({ limit: 1000 })
			.reply(404, { code: 'NotFound_Group', message: 'Group g1 not found' });
		await expect(pollTrigger(inGroups('g1'), staticData)).rejects.toThrow('Group g1 not found');
		expect(persisted(staticData)).toEqual(before);
	});

	it.each([
		[{ scope: 'groups', events, groups: {} }, 'Add at least one group under "Groups"'],
		[inGroups(''), 'The Group in row 1 of "Groups" is empty'],
		[
			inGroups('g1', 'bad id!'),
			'The Group in row 2 of "Groups" is not a valid Fivetran ID: "bad id!"',
		],
		[
			{ scope: 'connectors', events, connectors: {} },
			'Add at least one connector under "Connectors"',
		],
		[{ scope: 'account', events: [] }, 'Choose at least one event under "Events"'],
		[
			{ scope: 'account', events: ['connectorExploded'] },
			'Unknown event in "Events": connectorExploded',
		],
	])('bad parameters fail before any request: %j', async (parameters, message) => {
		const staticData: IDataObject = {};
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow(message);
		expect(staticData).toEqual({});
	});

	it('one chosen connector: GET /v1/connections/{id}', async () => {
		const staticData: IDataObject = {};
		const get = (setup_state: string) =>
			fivetran()
				.matchHeader('accept', VERSIONED)
				.get('/v1/connections/a')
				.reply(200, { code: 'Success', data: connector('a', { setup_state }) });
		get('connected');
		expect(await pollTrigger(chosen('a'), staticData)).toBeNull();
		get('broken');
		expect((await pollTrigger(chosen('a'), staticData))?.map((i) => i.connector_id)).toEqual(['a']);
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('several chosen connectors: one read of the account list, filtered here; remembers the list size', async () => {
		const staticData: IDataObject = {};
		accountList([connector('a'), connector('x', { setup_state: 'broken' }), connector('b')]);
		expect(await pollTrigger(chosen('a', 'b'), staticData)).toBeNull();
		expect(staticData[NODE_KEY]).toMatchObject({ broken: [], accountPages: 1 });

		accountList([
			connector('a', { setup_state: 'broken' }),
			connector('x', { setup_state: 'broken' }),
			connector('b'),
		]);
		expect((await pollTrigger(chosen('a', 'b'), staticData))?.map((i) => i.connector_id)).toEqual([
			'a',
		]);
	});

	it('few chosen connectors in a large account: one GET each; a deleted one is forgotten after two 404s in a row', async () => {
		const staticData: IDataObject = {
			[NODE_KEY]: { v: 1, polledAt: 0, broken: ['b'], incomplete: [], accountPages: 3 },
		};
		const read = (aState: string) =>
			fivetran()
				.get('/v1/connections/a')
				.reply(200, { code: 'Success', data: connector('a', { setup_state: aState }) })
				.get('/v1/connections/b')
				.reply(404, {
					code: 'NotFound_Connection',
					message: "Connection with id 'b' doesn't exist",
				});
		const parameters = { ...chosen('a', 'b'), events: ['connectorBroken', 'connectorRecovered'] };
		read('broken');
		const items = await pollTrigger(parameters, staticData);
		expect(items?.map((i) => [i.event, i.connector_id])).toEqual([['connectorBroken', 'a']]);
		// One 404 may be a transient gap: b is still remembered broken.
		expect(staticData[NODE_KEY]).toMatchObject({
			broken: ['a', 'b'],
			missing: ['b'],
			accountPages: 3,
		});
		read('broken');
		expect(await pollTrigger(parameters, staticData)).toBeNull();
		expect(staticData[NODE_KEY]).toMatchObject({ broken: ['a'], accountPages: 3 });
		expect((staticData[NODE_KEY] as IDataObject).missing).toBeUndefined();
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('a chosen connector absent from the account list is read directly (it may have shifted between pages)', async () => {
		const staticData: IDataObject = {};
		accountList([connector('a'), connector('b', { setup_state: 'broken' })]);
		expect(await pollTrigger(chosen('a', 'b'), staticData)).toBeNull();
		// b is missing from the list this time, but a direct GET finds it, still broken: no event.
		accountList([connector('a')]);
		const direct = fivetran()
			.matchHeader('accept', VERSIONED)
			.get('/v1/connections/b')
			.reply(200, { code: 'Success', data: connector('b', { setup_state: 'broken' }) });
		expect(await pollTrigger(chosen('a', 'b'), staticData)).toBeNull();
		expect(direct.isDone()).toBe(true);
		expect(staticData[NODE_KEY]).toMatchObject({ broken: ['b'] });
		expect((staticData[NODE_KEY] as IDataObject).missing).toBeUndefined();
	});

	it.each([
		[
			'a direct GET answering an object without the connector',
			'chosen',
			{ code: 'Success', data: {} },
		],
		[
			'a direct GET answering another connector',
			'chosen',
			{ code: 'Success', data: connector('x') },
		],
		['a list item without an ID', 'account', page([connector('a'), { name: 'no id' }])],
	])('%s fails the poll and keeps the memory', async (_name, kind, answer) => {
		const parameters = kind === 'chosen' ? chosen('a') : { scope: 'account', events };
		const path = kind === 'chosen' ? '/v1/connections/a' : '/v1/connections';
		const remembered = { v: 1, polledAt: 0, broken: ['a'], incomplete: [], accountPages: 3 };
		const staticData: IDataObject = { [NODE_KEY]: { ...remembered } };
		const api = fivetran()
			.get(path)
			.query(kind === 'chosen' ? {} : { limit: 1000 })
			.reply(200, answer);
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow(
			`Fivetran's answer to GET /connections${kind === 'chosen' ? '/a' : ''} holds a connector without`,
		);
		expect(api.isDone()).toBe(true);
		expect(persisted(staticData)[NODE_KEY]).toEqual(remembered);
	});

	it('when every chosen connector is gone, the poll fails and says which', async () => {
		const staticData: IDataObject = {};
		fivetran()
			.get('/v1/connections/gone')
			.reply(404, { code: 'NotFound_Connection', message: 'no' });
		await expect(pollTrigger(chosen('gone'), staticData)).rejects.toThrow(
			'None of the chosen connectors exists in Fivetran: gone',
		);
		expect(persisted(staticData)[NODE_KEY] ?? {}).toEqual({});
	});

	it('a chosen connector failing with another error fails the poll', async () => {
		const staticData: IDataObject = {};
		fivetran().get('/v1/connections/a').reply(403, { code: 'Forbidden', message: 'not yours' });
		await expect(pollTrigger(chosen('a'), staticData)).rejects.toThrow(
			'Fivetran denied permission',
		);
	});

	it('the account scope reads ceil(N / 1000) pages (Parallel Group Reads 1)', async () => {
		const staticData: IDataObject = {};
		const first = Array.from({ length: 1000 }, (_, i) => connector(`c${i}`));
		let requests = 0;
		fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.reply(200, page(first, 'p2'))
			.get('/v1/connections')
			.query({ limit: 1000, cursor: 'p2' })
			.reply(200, page([connector('last', { setup_state: 'broken' })]))
			.on('request', () => (requests += 1));
		await pollTrigger({ scope: 'account', events, options: { parallelGroupReads: 1 } }, staticData);
		expect(requests).toBe(2);
		expect((staticData[NODE_KEY] as IDataObject).broken).toEqual(['last']);
	});
});
