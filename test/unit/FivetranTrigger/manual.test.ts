import type { IDataObject } from 'n8n-workflow';

import { fivetran } from '../fixtures';
import {
	accountList,
	connector,
	controlTime,
	NODE_KEY,
	page,
	persisted,
	pollTrigger,
	rlId,
} from './helpers';

const brokenOnly = { scope: 'account', events: ['connectorBroken'] };

describe('Fivetran Trigger: Fetch Test Event (manual mode)', () => {
	it('returns up to 5 connectors currently matching the events and does not touch the remembered state', async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([connector('a')]);
		await pollTrigger(brokenOnly, staticData); // an active trigger's baseline
		const before = persisted(staticData);

		const broken = Array.from({ length: 7 }, (_, i) =>
			connector(`b${i}`, { setup_state: 'broken' }),
		);
		const api = accountList([connector('a'), ...broken]);
		const items = await pollTrigger(brokenOnly, staticData, 'manual');

		expect(api.isDone()).toBe(true);
		expect(items?.map((i) => [i.event, i.connector_id, i.previous_state])).toEqual(
			['b0', 'b1', 'b2', 'b3', 'b4'].map((id) => ['connectorBroken', id, null]),
		);
		expect(items?.[0]).not.toHaveProperty('sample');
		expect(persisted(staticData)).toEqual(before);

		// The active trigger then still reports the breaks (the test fetch did not consume them).
		accountList([connector('a'), ...broken]);
		expect(await pollTrigger(brokenOnly, staticData)).toHaveLength(7);
	});

	it('without a matching connector, returns one real connector marked as a sample', async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([connector('a'), connector('b')]);
		const items = await pollTrigger(brokenOnly, staticData, 'manual');
		expect(items).toHaveLength(1);
		expect(items?.[0]).toMatchObject({
			event: 'connectorBroken',
			connector_id: 'a',
			sample: true,
			previous_state: null,
			current_state: { setup_state: 'connected' },
		});
		// The item says itself, first, that it is a sample and what it shows.
		expect(Object.keys(items?.[0] ?? {}).slice(0, 2)).toEqual(['sample_notice', 'sample']);
		expect(items?.[0].sample_notice).toBe(
			'Sample, not an event: nothing in the chosen scope matches "Connector Broken" right now; this is connector a_schema (a) as it is now, shown as an example. The active workflow only outputs real events.',
		);
		expect(staticData).toEqual({});
	});

	it('with no connector in scope, says so', async () => {
		controlTime();
		const staticData: IDataObject = {};
		fivetran().get('/v1/groups/g1/connections').query({ limit: 1000 }).reply(200, page([]));
		await expect(
			pollTrigger(
				{ ...brokenOnly, scope: 'groups', groups: { group: [{ groupId: rlId('g1') }] } },
				staticData,
				'manual',
			),
		).rejects.toThrow('No connector found in the chosen scope');
		expect(staticData).toEqual({});
	});

	it('names chosen connectors that Fivetran does not know', async () => {
		controlTime();
		fivetran().get('/v1/connections/nope').reply(404, {
			code: 'NotFound_Connection',
			message: "Connection with id 'nope' doesn't exist",
		});
		await expect(
			pollTrigger(
				{
					...brokenOnly,
					scope: 'connectors',
					connectors: { connector: [{ connectorId: rlId('nope') }] },
				},
				{},
				'manual',
			),
		).rejects.toThrow('Connector not found in Fivetran: nope');
	});

	it('a failing read in manual mode shows the error', async () => {
		controlTime();
		fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.reply(401, { code: 'AuthFailed', message: 'bad key' });
		const staticData: IDataObject = {
			[NODE_KEY]: { v: 1, polledAt: 1, broken: [], incomplete: [] },
		};
		await expect(pollTrigger(brokenOnly, staticData, 'manual')).rejects.toThrow(
			'Fivetran rejected the credentials',
		);
		expect(staticData).toEqual({ [NODE_KEY]: { v: 1, polledAt: 1, broken: [], incomplete: [] } });
	});
});
