import type { IDataObject } from 'n8n-workflow';

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
} from '../helpers';
import { agent, agentList, transformation, transformationList } from '../watchedHelpers';

const parameters = { scope: 'account', events: ['hybridAgentOffline', 'hybridAgentBackOnline'] };

function poller() {
	const time = controlTime();
	const staticData: IDataObject = {};
	const poll = async (items: IDataObject[], at: string) => {
		time.set(at);
		const api = agentList(items);
		const result = await pollTrigger(parameters, staticData);
		expect(api.isDone()).toBe(true);
		return result?.map((item) => [item.event, item.agent_id]) ?? null;
	};
	return { poll, staticData };
}

describe('Fivetran Trigger: Hybrid Deployment Agents offline / back online, exactly once', () => {
	it('first poll records (an agent already offline too); offline once; back online once; again', async () => {
		const { poll, staticData } = poller();
		expect(
			await poll([agent('a', true), agent('b', false)], '2026-01-01T00:00:00.000Z'),
		).toBeNull();
		expect(staticData[NODE_KEY]).toEqual({
			v: 1,
			polledAt: Date.parse('2026-01-01T00:00:00.000Z'),
			agents: { offline: ['b'] },
		});
		expect(await poll([agent('a', false), agent('b', false)], '2026-01-01T00:05:00.000Z')).toEqual([
			['hybridAgentOffline', 'a'],
		]);
		expect(
			await poll([agent('a', false), agent('b', false)], '2026-01-01T00:10:00.000Z'),
		).toBeNull();
		expect(await poll([agent('a', true), agent('b', true)], '2026-01-01T00:15:00.000Z')).toEqual([
			['hybridAgentBackOnline', 'a'],
			['hybridAgentBackOnline', 'b'],
		]);
		expect(await poll([agent('a', true), agent('b', true)], '2026-01-01T00:20:00.000Z')).toBeNull();
		expect(await poll([agent('a', false), agent('b', true)], '2026-01-01T00:25:00.000Z')).toEqual([
			['hybridAgentOffline', 'a'],
		]);
	});

	it('the item', async () => {
		const time = controlTime();
		const staticData: IDataObject = {};
		agentList([agent('a', true)]);
		await pollTrigger(parameters, staticData);
		time.set('2026-01-01T00:05:00.000Z');
		agentList([agent('a', false)]);
		expect(await pollTrigger(parameters, staticData)).toEqual([
			{
				event: 'hybridAgentOffline',
				agent_id: 'a',
				display_name: 'a agent',
				group_id: 'g1',
				online: false,
				last_seen: '2025-12-31T23:00:00.000Z',
				deployment_type: 'DOCKER',
				version: '1.0',
				occurred_at: '2026-01-01T00:05:00.000Z',
			},
		]);
	});

	it('needs only id and online (issue 20 row 4): a sparse agent fires, with no made-up facts', async () => {
		const time = controlTime();
		const staticData: IDataObject = {};
		// OpenAPI requires `online`; Fivetran's own clients' answers may carry little else.
		const sparse = (online?: boolean) => ({
			id: 'a',
			group_id: 'g1',
			registered_at: '2025-01-01T00:00:00.000Z',
			usage: [{ connection_id: 'c1', schema: 'pg', service: 'postgres' }],
			...(online === undefined ? {} : { online }),
		});
		agentList([sparse(true)]);
		await pollTrigger(parameters, staticData);
		time.set('2026-01-01T00:05:00.000Z');
		agentList([sparse(false)]);
		expect(await pollTrigger(parameters, staticData)).toEqual([
			{
				event: 'hybridAgentOffline',
				agent_id: 'a',
				display_name: null,
				group_id: 'g1',
				online: false,
				last_seen: null,
				deployment_type: null,
				version: null,
				occurred_at: '2026-01-01T00:05:00.000Z',
			},
		]);
		// An answer without `online` says nothing about it: the remembered state holds.
		time.set('2026-01-01T00:10:00.000Z');
		agentList([sparse()]);
		expect(await pollTrigger(parameters, staticData)).toBeNull();
		time.set('2026-01-01T00:15:00.000Z');
		agentList([sparse(true)]);
		expect((await pollTrigger(parameters, staticData))?.map((item) => item.event)).toEqual([
			'hybridAgentBackOnline',
		]);
	});

	it('a failed read changes nothing; the next good poll reports the change', async () => {
		const { poll, staticData } = poller();
		await poll([agent('a', true)], '2026-01-01T00:00:00.000Z');
		const before = persisted(staticData);
		fivetran()
			.get('/v1/hybrid-deployment-agents')
			.query({ limit: 1000 })
			.reply(200, { code: 'Success', data: null });
		fivetran()
			.get('/v1/hybrid-deployment-agents')
			.query({ limit: 1000 })
			.times(4)
			.reply(200, { code: 'Success', data: null });
		await expect(pollTrigger(parameters, staticData)).rejects.toThrow();
		expect(persisted(staticData)).toEqual(before);
		expect(await poll([agent('a', false)], '2026-01-01T00:10:00.000Z')).toEqual([
			['hybridAgentOffline', 'a'],
		]);
	});

	it('an offline agent absent once is kept (no repeated alert); absent twice it is forgotten', async () => {
		const { poll, staticData } = poller();
		await poll([agent('a', true)], '2026-01-01T00:00:00.000Z');
		await poll([agent('a', false)], '2026-01-01T00:05:00.000Z');
		expect(await poll([], '2026-01-01T00:06:00.000Z')).toBeNull();
		expect((staticData[NODE_KEY] as IDataObject).agents).toEqual({
			offline: ['a'],
			missing: ['a'],
		});
		expect(await poll([agent('a', false)], '2026-01-01T00:07:00.000Z')).toBeNull();
		await poll([], '2026-01-01T00:08:00.000Z');
		await poll([], '2026-01-01T00:09:00.000Z');
		expect((staticData[NODE_KEY] as IDataObject).agents).toEqual({ offline: [] });
	});

	it('an answer without the online flag keeps what was remembered', async () => {
		const { poll } = poller();
		await poll([agent('a', true), agent('b', false)], '2026-01-01T00:00:00.000Z');
		const { online: _a, ...a } = agent('a', true);
		const { online: _b, ...b } = agent('b', false);
		expect(await poll([a, b], '2026-01-01T00:05:00.000Z')).toBeNull();
		expect(
			await poll([agent('a', true), agent('b', false)], '2026-01-01T00:10:00.000Z'),
		).toBeNull();
	});
});

describe('Fivetran Trigger: which lists a poll reads', () => {
	it('connector events only: no transformation or agent request; new events only: no connector request', async () => {
		controlTime();
		const connectors = accountList([connector('a')]);
		await pollTrigger({ scope: 'account', events: ['connectorBroken'] }, {});
		expect(connectors.isDone()).toBe(true);
		const reads = [transformationList([]), agentList([])];
		await pollTrigger(
			{ scope: 'account', events: ['transformationFailed', 'hybridAgentOffline'] },
			{},
		);
		expect(reads.map((read) => read.isDone())).toEqual([true, true]);
	});

	it('chosen groups: group_id per group for transformations, groupId for agents; items name the group', async () => {
		const time = controlTime();
		const staticData: IDataObject = {};
		const groups = { group: [{ groupId: rlId('g1') }, { groupId: rlId('g2') }] };
		const events = ['transformationFailed', 'hybridAgentOffline'];
		const serve = (failedAt: string | null) => [
			transformationList([], { group_id: 'g1' }),
			transformationList(
				[
					transformation('t2', {
						status: failedAt ? 'FAILED' : 'SUCCEEDED',
						...(failedAt ? { last_ended_at: failedAt } : {}),
					}),
				],
				{ group_id: 'g2' },
			),
			agentList([agent('a1', true)], { groupId: 'g1' }),
			agentList([], { groupId: 'g2' }),
		];
		let reads = serve(null);
		expect(await pollTrigger({ scope: 'groups', groups, events }, staticData)).toBeNull();
		expect(reads.every((read) => read.isDone())).toBe(true);
		time.set('2026-01-01T00:05:00.000Z');
		reads = serve('2026-01-01T00:04:00.000Z');
		const items = await pollTrigger({ scope: 'groups', groups, events }, staticData);
		expect(items?.map((item) => [item.event, item.transformation_id, item.group_id])).toEqual([
			['transformationFailed', 't2', 'g2'],
		]);
		expect(reads.every((read) => read.isDone())).toBe(true);
	});

	it('chosen connectors: the transformations and agents of the groups those connectors belong to', async () => {
		controlTime();
		const reads = [
			fivetran()
				.get('/v1/connections/c1')
				.reply(200, { code: 'Success', data: connector('c1', { group_id: 'gx' }) }),
			transformationList([], { group_id: 'gx' }),
			agentList([], { groupId: 'gx' }),
		];
		await pollTrigger(
			{
				scope: 'connectors',
				connectors: { connector: [{ connectorId: rlId('c1') }] },
				events: ['transformationSucceeded', 'hybridAgentBackOnline'],
			},
			{},
		);
		expect(reads.map((read) => read.isDone())).toEqual([true, true, true]);
	});

	it('Fetch Test Event: offline agents and latest runs as they are now; nothing remembered', async () => {
		controlTime();
		const staticData: IDataObject = {};
		transformationList([transformation('t1', { status: 'FAILED' }), transformation('t2')]);
		agentList([agent('a', true), agent('b', false)]);
		const items = await pollTrigger(
			{ scope: 'account', events: ['transformationFailed', 'hybridAgentOffline'] },
			staticData,
			'manual',
		);
		expect(items?.map((item) => [item.event, item.transformation_id ?? item.agent_id])).toEqual([
			['transformationFailed', 't1'],
			['hybridAgentOffline', 'b'],
		]);
		expect(staticData).toEqual({});
	});

	it('Fetch Test Event with nothing matching: one real object marked as a sample', async () => {
		controlTime();
		agentList([agent('a', true)]);
		const items = await pollTrigger(
			{ scope: 'account', events: ['hybridAgentOffline'] },
			{},
			'manual',
		);
		expect(items).toEqual([
			expect.objectContaining({ event: 'hybridAgentOffline', agent_id: 'a', sample: true }),
		]);
		expect(Object.keys(items?.[0] ?? {}).slice(0, 2)).toEqual(['sample_notice', 'sample']);
		expect(items?.[0].sample_notice).toMatch(
			/^Sample, not an event: nothing in the chosen scope matches "Hybrid Agent Offline" right now; this is Hybrid Deployment Agent a agent \(a\) as it is now/,
		);
		agentList([]);
		fivetran().get('/v1/transformations').query({ limit: 1000 }).reply(200, page([]));
		await expect(
			pollTrigger(
				{ scope: 'account', events: ['hybridAgentOffline', 'transformationFailed'] },
				{},
				'manual',
			),
		).rejects.toThrow('Nothing found in the chosen scope');
	});
});
