import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import { fivetran } from '../../fixtures';
import {
	accountList,
	accountPoller,
	connector,
	controlTime,
	NODE_KEY,
	persisted,
	pollTrigger,
} from '../helpers';

const parameters = { scope: 'account', events: ['connectorBroken', 'connectorRecovered'] };
const reconnect = { code: 'reconnect', message: 'Reconnect the source' };

describe('Fivetran Trigger: broken / recovered, exactly once per transition', () => {
	it('baseline, break, still broken, recover, break again, deleted, failed poll, reappears broken', async () => {
		const { poll, staticData, time } = accountPoller(parameters);
		const healthyB = connector('b');
		const brokenA = connector('a', { setup_state: 'broken', tasks: [reconnect] });

		// 1. First poll after activation: records the baseline, starts nothing.
		expect(await poll([connector('a'), healthyB], '2026-01-01T00:00:00.000Z')).toBeNull();
		expect(staticData[NODE_KEY]).toEqual({
			v: 1,
			polledAt: Date.parse('2026-01-01T00:00:00.000Z'),
			broken: [],
			incomplete: [],
		});

		// 2. a breaks: one item with before/after, failure tasks and a dashboard link.
		expect(await poll([brokenA, healthyB], '2026-01-01T00:05:00.000Z')).toEqual([
			{
				event: 'connectorBroken',
				connector_id: 'a',
				connector_name: 'a_schema',
				service: 'postgres',
				group_id: 'g1',
				previous_state: { setup_state: 'connected', paused: null, last_sync_at: null },
				current_state: {
					setup_state: 'broken',
					sync_state: 'scheduled',
					paused: false,
					succeeded_at: '2025-12-31T10:00:00.000Z',
					failed_at: null,
				},
				occurred_at: '2026-01-01T00:05:00.000Z',
				failure: { tasks: [reconnect], warnings: [] },
				dashboard_url: 'https://fivetran.com/dashboard/connectors/a/status',
			},
		]);

		// 3. Still broken: nothing.
		expect(await poll([brokenA, healthyB], '2026-01-01T00:10:00.000Z')).toBeNull();

		// 4. Fixed.
		const recovered = await poll([connector('a'), healthyB], '2026-01-01T00:15:00.000Z');
		expect(recovered).toHaveLength(1);
		expect(recovered?.[0]).toMatchObject({
			event: 'connectorRecovered',
			connector_id: 'a',
			previous_state: { setup_state: 'broken' },
			current_state: { setup_state: 'connected' },
			failure: null,
		});

		// 5. Breaks again: alerts again.
		expect(
			(await poll([brokenA, healthyB], '2026-01-01T00:20:00.000Z'))?.map((i) => i.event),
		).toEqual(['connectorBroken']);

		// 6. Deleted while broken: no event; remembered through one absence, forgotten at the second.
		expect(await poll([healthyB], '2026-01-01T00:25:00.000Z')).toBeNull();
		expect(staticData[NODE_KEY]).toMatchObject({ broken: ['a'], missing: ['a'] });
		expect(await poll([healthyB], '2026-01-01T00:27:00.000Z')).toBeNull();
		expect(staticData[NODE_KEY]).toEqual({
			v: 1,
			polledAt: Date.parse('2026-01-01T00:27:00.000Z'),
			broken: [],
			incomplete: [],
		});

		// 7. A poll that fails (401, not retried) changes nothing and shows the error.
		const before = persisted(staticData);
		time.set('2026-01-01T00:30:00.000Z');
		const failing = fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.reply(401, { code: 'AuthFailed', message: 'Invalid API key' });
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow(
			'Fivetran rejected the credentials',
		);
		expect(failing.isDone()).toBe(true);
		expect(persisted(staticData)).toEqual(before);

		// 8. It reappears broken (meanwhile): the next good poll reports it once, then not again.
		const again = await poll([brokenA, healthyB], '2026-01-01T00:35:00.000Z');
		expect(again?.map((i) => [i.event, i.connector_id])).toEqual([['connectorBroken', 'a']]);
		expect(await poll([brokenA, healthyB], '2026-01-01T00:40:00.000Z')).toBeNull();
	});

	it('a poll failing after all retries (5 x 500) leaves the memory as it was; the next poll reports the change once', async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([connector('a')]);
		expect(await pollTrigger(parameters, staticData)).toBeNull();
		const before = persisted(staticData);

		const failing = fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.times(5)
			.reply(500, { code: 'InternalError', message: 'boom' });
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow(
			'Fivetran is unavailable after 5 tries',
		);
		expect(failing.isDone()).toBe(true);
		expect(persisted(staticData)).toEqual(before);

		accountList([connector('a', { setup_state: 'broken' })]);
		expect((await pollTrigger(parameters, staticData))?.map((i) => i.event)).toEqual([
			'connectorBroken',
		]);
		accountList([connector('a', { setup_state: 'broken' })]);
		expect(await pollTrigger(parameters, staticData)).toBeNull();
	});

	it('a failure on the second page of the list also leaves the memory untouched', async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([connector('a')]);
		await pollTrigger(parameters, staticData);
		const before = persisted(staticData);

		fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.reply(200, {
				code: 'Success',
				data: { items: [connector('a', { setup_state: 'broken' })], next_cursor: 'c2' },
			})
			.get('/v1/connections')
			.query({ limit: 1000, cursor: 'c2' })
			.reply(403, { code: 'Forbidden', message: 'no' });
		const oneList = { ...parameters, options: { parallelGroupReads: 1 } };
		await expect(pollTrigger(oneList, staticData)).rejects.toThrow('Fivetran denied permission');
		expect(persisted(staticData)).toEqual(before);
	});

	it('a connector that is new since the last poll and already broken alerts, with no previous state', async () => {
		const time = controlTime();
		const staticData: IDataObject = {};
		accountList([]);
		await pollTrigger(parameters, staticData);
		time.set('2026-01-01T01:00:00.000Z');
		accountList([
			connector('n', { setup_state: 'broken', created_at: '2026-01-01T00:30:00.000Z' }),
		]);
		const items = await pollTrigger(parameters, staticData);
		expect(items).toHaveLength(1);
		expect(items?.[0]).toMatchObject({
			event: 'connectorBroken',
			connector_id: 'n',
			previous_state: null,
		});
	});

	it('only selected events are emitted: Broken alone does not report a recovery', async () => {
		controlTime();
		const staticData: IDataObject = {};
		const onlyBroken = { scope: 'account', events: ['connectorBroken'] };
		accountList([connector('a', { setup_state: 'broken' })]);
		await pollTrigger(onlyBroken, staticData);
		accountList([connector('a')]);
		expect(await pollTrigger(onlyBroken, staticData)).toBeNull();
		accountList([connector('a', { setup_state: 'broken' })]);
		expect((await pollTrigger(onlyBroken, staticData))?.map((i) => i.event)).toEqual([
			'connectorBroken',
		]);
	});

	it('Report Current State on First Poll: the first poll reports connectors already broken', async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([connector('a', { setup_state: 'broken' }), connector('b')]);
		const items = await pollTrigger(
			{ ...parameters, options: { reportExisting: true } },
			staticData,
		);
		expect(items?.map((i) => [i.event, i.connector_id, i.previous_state])).toEqual([
			['connectorBroken', 'a', null],
		]);
		accountList([connector('a', { setup_state: 'broken' }), connector('b')]);
		expect(
			await pollTrigger({ ...parameters, options: { reportExisting: true } }, staticData),
		).toBeNull();
	});

	it('Include Connector attaches the whole connector object', async () => {
		controlTime();
		const staticData: IDataObject = {};
		accountList([connector('a')]);
		await pollTrigger({ ...parameters, options: { includeConnector: true } }, staticData);
		const broken = connector('a', { setup_state: 'broken' });
		accountList([broken]);
		const items = await pollTrigger(
			{ ...parameters, options: { includeConnector: true } },
			staticData,
		);
		expect(items?.[0].connector).toEqual(broken);
	});

	it('paused / resumed and setup incomplete are transitions too; memory holds only what they need', async () => {
		controlTime();
		const staticData: IDataObject = {};
		const events = {
			scope: 'account',
			events: ['connectorPaused', 'connectorResumed', 'setupIncomplete'],
		};
		accountList([connector('a'), connector('b')]);
		await pollTrigger(events, staticData);

		accountList([connector('a', { paused: true }), connector('b', { setup_state: 'incomplete' })]);
		expect((await pollTrigger(events, staticData))?.map((i) => [i.event, i.connector_id])).toEqual([
			['connectorPaused', 'a'],
			['setupIncomplete', 'b'],
		]);
		expect(staticData[NODE_KEY]).toMatchObject({ broken: [], incomplete: ['b'], paused: ['a'] });

		accountList([connector('a', { paused: true }), connector('b', { setup_state: 'incomplete' })]);
		expect(await pollTrigger(events, staticData)).toBeNull();

		accountList([connector('a'), connector('b')]);
		const resumed = await pollTrigger(events, staticData);
		expect(resumed?.map((i) => [i.event, i.connector_id])).toEqual([['connectorResumed', 'a']]);
		expect(resumed?.[0].previous_state).toEqual({
			setup_state: 'connected',
			paused: true,
			last_sync_at: null,
		});
	});

	it('reads 1000 connectors with one request', async () => {
		controlTime();
		const staticData: IDataObject = {};
		const many = Array.from({ length: 1000 }, (_, i) => connector(`c${i}`));
		let requests = 0;
		const api = accountList(many).on('request', () => (requests += 1));
		expect(await pollTrigger(parameters, staticData)).toBeNull();
		expect(api.isDone()).toBe(true);
		expect(requests).toBe(1);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
