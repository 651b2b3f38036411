import type { IDataObject } from 'n8n-workflow';

import { fivetran } from '../unit/fixtures';
import { controlTime, page, pollTrigger } from '../unit/FivetranTrigger/helpers';
import { fixture } from './fixtures';

// The polling trigger over real-shaped objects (test/fixtures/real): connections with unknown
// states and missing sync times, transformations without run times, agents without `online`.

const itemsOf = (name: string) => fixture(name).items as IDataObject[];

/** Polls `path` (one page of `limit=1000`) with a shared memory; each poll answers `items`. */
function poller(path: string, events: string[]) {
	const time = controlTime();
	const staticData: IDataObject = {};
	return async (items: IDataObject[], at: string) => {
		time.set(at);
		const api = fivetran().get(`/v1${path}`).query({ limit: 1000 }).reply(200, page(items));
		const result = await pollTrigger({ scope: 'account', events }, staticData);
		expect(api.isDone()).toBe(true);
		return (
			result?.map((item) => [
				item.event,
				item.connector_id ?? item.transformation_id ?? item.agent_id,
			]) ?? null
		);
	};
}

describe('Polling trigger over real-shaped connections', () => {
	const events = [
		'syncFailed',
		'syncSucceeded',
		'connectorBroken',
		'connectorRecovered',
		'connectorPaused',
		'connectorResumed',
		'setupIncomplete',
	];

	it('takes a first poll over an unknown sync_state, missing sync times and a broken paused connection quietly', async () => {
		const poll = poller('/connections', events);
		expect(await poll(itemsOf('connector/list'), '2026-03-01T00:00:00.000Z')).toBeNull();
	});

	it('reports a success of a full connection and a failure of one that was broken and paused', async () => {
		const poll = poller('/connections', events);
		await poll(itemsOf('connector/list'), '2026-03-01T00:00:00.000Z');
		const next = [
			fixture('connector/details-synced'),
			fixture('connector/details-sparse'),
			fixture('connector/details-failed-with-warning'),
		];
		const reported = await poll(next, '2026-03-01T00:20:00.000Z');
		expect(reported).toEqual(
			expect.arrayContaining([
				['syncSucceeded', 'quiet_walrus'],
				['syncFailed', 'sunken_kiwi'],
				['connectorResumed', 'sunken_kiwi'],
			]),
		);
		// restless_ibex changed nothing but its (unknown) update_state and setup_state.
		expect(reported?.filter(([, id]) => id === 'restless_ibex') ?? []).toEqual([
			['setupIncomplete', 'restless_ibex'],
		]);
	});
});

describe('Polling trigger over real-shaped transformations', () => {
	const events = ['transformationFailed', 'transformationSucceeded'];
	const list = (...names: string[]) => names.map((name) => fixture(`transformation/${name}`));

	it('with run times: a run that started and ended after the first poll is reported once', async () => {
		const poll = poller('/transformations', events);
		expect(await poll(list('details'), '2026-03-01T00:00:00.000Z')).toBeNull();
		expect(await poll(list('running'), '2026-03-01T00:01:00.000Z')).toBeNull();
		expect(await poll(list('succeeded-after'), '2026-03-01T00:05:00.000Z')).toEqual([
			['transformationSucceeded', 'nimble_owl'],
		]);
		expect(await poll(list('succeeded-after'), '2026-03-01T00:10:00.000Z')).toBeNull();
	});

	it('a list without run times and with an unknown status is polled quietly', async () => {
		const poll = poller('/transformations', events);
		const items = itemsOf('transformation/list');
		expect(await poll(items, '2026-03-01T00:00:00.000Z')).toBeNull();
		expect(await poll(items, '2026-03-01T00:05:00.000Z')).toBeNull();
	});

	it('without run times: RUNNING then SUCCEEDED is a success', async () => {
		const poll = poller('/transformations', events);
		expect(await poll(list('details-sparse'), '2026-03-01T00:00:00.000Z')).toBeNull();
		expect(await poll(list('running-sparse'), '2026-03-01T00:01:00.000Z')).toBeNull();
		expect(await poll(list('details-sparse'), '2026-03-01T00:05:00.000Z')).toEqual([
			['transformationSucceeded', 'nimble_owl'],
		]);
	});

	it('without run times: RUNNING then FAILED is a failure', async () => {
		const poll = poller('/transformations', events);
		expect(await poll(list('details-sparse'), '2026-03-01T00:00:00.000Z')).toBeNull();
		expect(await poll(list('running-sparse'), '2026-03-01T00:01:00.000Z')).toBeNull();
		expect(await poll(list('failed-sparse'), '2026-03-01T00:05:00.000Z')).toEqual([
			['transformationFailed', 'nimble_owl'],
		]);
	});
});

describe('Polling trigger over real-shaped Hybrid Deployment Agents', () => {
	const events = ['hybridAgentOffline', 'hybridAgentBackOnline'];

	it('every documented field: an agent going offline is reported once', async () => {
		const poll = poller('/hybrid-deployment-agents', events);
		const agents = itemsOf('hybridAgent/list');
		expect(await poll(agents, '2026-03-01T00:00:00.000Z')).toBeNull();
		const offline = agents.map((a) => (a.id === 'lucky_gecko' ? { ...a, online: false } : a));
		expect(await poll(offline, '2026-03-01T00:05:00.000Z')).toEqual([
			['hybridAgentOffline', 'lucky_gecko'],
		]);
		expect(await poll(offline, '2026-03-01T00:10:00.000Z')).toBeNull();
	});

	it('agents without `online` (as the Go client mock lists them) raise no false alarm', async () => {
		const poll = poller('/hybrid-deployment-agents', events);
		const agents = itemsOf('hybridAgent/list-sparse');
		expect(await poll(agents, '2026-03-01T00:00:00.000Z')).toBeNull();
		expect(await poll(agents, '2026-03-01T00:05:00.000Z')).toBeNull();
	});
});
