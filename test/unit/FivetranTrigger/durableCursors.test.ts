import type { IDataObject } from 'n8n-workflow';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';
import {
	ABANDONED_AFTER_MS,
	pollUnlessRepeat,
	REPEAT_WINDOW_MS,
	trackedTriggerCount,
} from '../../../nodes/FivetranTrigger/poll/recentPolls';
import { pollNode } from '../../harness';
import { credentialsFor, fivetran } from '../fixtures';
import { accountList, connector, controlTime, persisted } from './helpers';

// n8n 2.x with durable poll cursors hands each poll its own copy of the stored memory, read when
// the poll starts. After a restart it runs the poll times it missed at once (they start together,
// from the same memory), and a poll that emits has its memory committed with its execution, after
// it returned: the next poll may start from the memory before it. Each copy below is what n8n
// would hand a poll; none of them may report an event a poll of this process already reported.

const ALERT = { scope: 'account', events: ['connectorBroken'] };
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-01T00:00:05.000Z';
const healthy = () => connector('a');
const broken = () =>
	connector('a', { setup_state: 'broken', tasks: [{ code: 'reconnect', message: 'Reconnect' }] });

async function pollCopy(staticData: IDataObject, nodeId?: string) {
	const result = await pollNode({
		nodeType: new FivetranTrigger(),
		parameters: ALERT,
		credentials: credentialsFor(),
		credentialTypes: [new FivetranApi()],
		staticData,
		nodeId,
	});
	return result === null
		? null
		: result[0].map((item) => [item.json.event, item.json.connector_id]);
}

/**
 * The stored memory after a baseline poll at T0 that saw connector a healthy; the clock at T1.
 * n8n 2.x first polls at activation and drops that poll's memory when it emits nothing: the first
 * scheduled poll starts from no memory again, and must run.
 */
async function storedBaseline() {
	const time = controlTime();
	time.set('2025-12-31T23:59:59.000Z');
	const baselines = [accountList([healthy()]), accountList([healthy()])];
	expect(await pollCopy({})).toBeNull();
	time.set(T0);
	const staticData: IDataObject = {};
	expect(await pollCopy(staticData)).toBeNull();
	expect(baselines.map((read) => read.isDone())).toEqual([true, true]);
	time.set(T1);
	return { time, stored: persisted(staticData) };
}

describe('Fivetran Trigger under n8n 2.x durable poll cursors: polls from a memory already used', () => {
	it('a poll that starts from the memory the last poll started from (its commit not landed) is skipped: one alert', async () => {
		const { time, stored } = await storedBaseline();
		// A poll that failed holds nothing back.
		fivetran()
			.get('/v1/connections')
			.query({ limit: 1000 })
			.reply(400, { code: 'BadRequest', message: 'no' });
		await expect(pollCopy(persisted(stored))).rejects.toThrow();
		const first = persisted(stored);
		const reads = [accountList([broken()]), accountList([broken()])];
		expect(await pollCopy(first)).toEqual([['connectorBroken', 'a']]);
		const before = persisted(stored);
		expect(await pollCopy(stored)).toBeNull();
		expect(stored).toEqual(before); // skipped: nothing read, nothing changed
		expect(reads.map((read) => read.isDone())).toEqual([true, false]);

		// Once the first poll's memory is stored, polls go on from it.
		time.set('2026-01-01T00:00:10.000Z');
		expect(await pollCopy(first)).toBeNull();
		expect(reads[1].isDone()).toBe(true);
	});

	it('missed poll times run at once after a restart, each from the same memory: one runs, one alert', async () => {
		const { stored } = await storedBaseline();
		const reads = [1, 2, 3, 4].map(() => accountList([broken()]));
		const results = await Promise.all(
			[1, 2, 3, 4].map(async () => await pollCopy(persisted(stored))),
		);
		expect(results.filter((result) => result !== null)).toEqual([[['connectorBroken', 'a']]]);
		expect(reads.filter((read) => read.isDone())).toHaveLength(1);
	});

	it('a poll n8n dropped (its memory never stored) is polled again after the repeat window: the alert is not lost', async () => {
		const { time, stored } = await storedBaseline();
		accountList([broken()]);
		expect(await pollCopy(persisted(stored))).toEqual([['connectorBroken', 'a']]);
		time.set('2026-01-01T00:00:50.000Z');
		expect(await pollCopy(persisted(stored))).toBeNull();
		time.set(new Date(Date.parse(T1) + REPEAT_WINDOW_MS).toISOString());
		accountList([broken()]);
		expect(await pollCopy(persisted(stored))).toEqual([['connectorBroken', 'a']]);
	});

	it('keeps one entry per trigger that emitted within the repeat window', async () => {
		const time = controlTime();
		time.set(T0);
		const emits = async () => [['an event']];
		for (const key of ['w/t1', 'w/t2', 'w/t3']) {
			await pollUnlessRepeat(key, { from: 1, polledAt: 2 }, emits);
		}
		await pollUnlessRepeat('w/t4', { from: 1, polledAt: 2 }, async () => null);
		expect(trackedTriggerCount()).toBe(3);
		time.set(new Date(Date.parse(T0) + REPEAT_WINDOW_MS).toISOString());
		await pollUnlessRepeat('w/t1', { from: 2, polledAt: 3 }, emits);
		expect(trackedTriggerCount()).toBe(1);
	});

	it('a poll running longer than n8n could wait for it no longer holds back the next one', async () => {
		const time = controlTime();
		time.set(T0);
		const hanging = pollUnlessRepeat(
			'w/n',
			{ from: 1, polledAt: 2 },
			async () => await new Promise(() => {}),
		);
		expect(await pollUnlessRepeat('w/n', { from: 1, polledAt: 3 }, async () => 'ran')).toBeNull();
		time.set(new Date(Date.parse(T0) + ABANDONED_AFTER_MS).toISOString());
		expect(await pollUnlessRepeat('w/n', { from: 1, polledAt: 4 }, async () => 'ran')).toBe('ran');
		void hanging;
	});
});
