import type { IDataObject } from 'n8n-workflow';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetRecentPolls } from '../../../nodes/FivetranTrigger/poll/recentPolls';
import { pollNode } from '../../harness';
import { credentialsFor, fivetran } from '../fixtures';
import { controlTime, page, persisted } from './helpers';
import { seededRandom } from './soak/world';
import { agent, transformation } from './watchedHelpers';

// A focused soak of the transformation and agent events against a fake Fivetran (nock): random
// runs that start, succeed or fail, agents going offline and back, ~20 % faulty polls (errors
// beyond retries, odd answers, a one-off 502) and random restarts. Trigger "all" plays n8n's
// default persistence (saved only when a poll emits), "alerts" durable cursors (saved after every
// poll). Each must emit exactly the runs that ended and the agent changes made.

const SEED = Number(process.env.SOAK_SEED ?? 20261129);
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 300);
const END_STATUSES = ['SUCCEEDED', 'SUCCEEDED', 'FAILED', 'CANCELED', 'PARTIALLY_SUCCEEDED'];
const FAILED = new Set(['FAILED', 'CANCELED', 'PARTIALLY_SUCCEEDED']);

interface Watcher {
	name: string;
	events: string[];
	savesEveryPoll: boolean;
	staticData: IDataObject;
	saved?: IDataObject;
	expected: string[];
	emitted: string[];
	pending: Set<string>;
	polls: number;
	failed: number;
}

const key = (event: string, id: string, at?: unknown) =>
	event.startsWith('transformation') ? `${event}:${id}@${String(at)}` : `${event}:${id}`;

describe('Fivetran Trigger soak: transformation runs and agents, with faults and restarts', () => {
	it(`${ROUNDS} rounds: every trigger emits exactly the runs that ended and the agent changes`, async () => {
		const random = seededRandom(SEED);
		const time = controlTime();
		let now = Date.parse('2026-01-01T00:00:00.000Z');
		const tick = () => new Date((now += 1000)).toISOString();
		const transformations = new Map(
			Array.from({ length: 8 }, (_, i) => [`t${i}`, transformation(`t${i}`)]),
		);
		const agents = new Map(Array.from({ length: 5 }, (_, i) => [`a${i}`, agent(`a${i}`, true)]));
		let fault: 'beyondRetries' | 'odd' | 'once' | undefined;
		let requestsThisPoll = 0;
		const answer = (items: IDataObject[]): [number, IDataObject | string] => {
			requestsThisPoll++;
			if (fault === 'beyondRetries') return [503, { code: 'ServiceUnavailable', message: 'Down' }];
			if (fault === 'odd') return [200, { code: 'Success', data: { next_cursor: 'x' } }];
			if (fault === 'once' && requestsThisPoll === 1) return [502, '<html>502</html>'];
			return [200, page(items.map((item) => ({ ...item })))];
		};
		fivetran()
			.persist()
			.get('/v1/transformations')
			.query({ limit: 1000 })
			.reply(() => answer([...transformations.values()]));
		fivetran()
			.persist()
			.get('/v1/hybrid-deployment-agents')
			.query({ limit: 1000 })
			.reply(() => answer([...agents.values()]));

		const watcher = (name: string, events: string[], savesEveryPoll: boolean): Watcher => ({
			...{ name, events, savesEveryPoll, staticData: {}, expected: [], emitted: [] },
			...{ pending: new Set<string>(), polls: 0, failed: 0 },
		});
		const watchers = [
			watcher(
				'all',
				[
					'transformationFailed',
					'transformationSucceeded',
					'hybridAgentOffline',
					'hybridAgentBackOnline',
				],
				false,
			),
			watcher('alerts', ['transformationFailed', 'hybridAgentOffline'], true),
		];
		const locked = (id: string) => watchers.some((w) => w.pending.has(id));
		const record = (id: string, event?: string, at?: string) => {
			for (const w of watchers) {
				w.pending.add(id);
				if (event && w.events.includes(event)) w.expected.push(key(event, id, at));
			}
		};
		const counts: Record<string, number> = {};
		const count = (name: string) => (counts[name] = (counts[name] ?? 0) + 1);

		const endRun = (t: IDataObject) => {
			const status = END_STATUSES[Math.floor(random() * END_STATUSES.length)];
			Object.assign(t, { status, last_ended_at: tick() });
			if (FAILED.has(status)) t.errors = [`run failed (${status})`];
			else delete t.errors;
			count(`end ${status}`);
			const event = FAILED.has(status) ? 'transformationFailed' : 'transformationSucceeded';
			record(String(t.id), event, t.last_ended_at as string);
		};
		const change = () => {
			if (random() < 0.6) {
				const t = transformations.get(`t${Math.floor(random() * transformations.size)}`)!;
				if (locked(String(t.id))) return;
				if (t.status === 'RUNNING') return endRun(t);
				Object.assign(t, { status: 'RUNNING', last_started_at: tick() });
				count('start');
				if (random() < 0.5)
					endRun(t); // started and ended between two polls
				else record(String(t.id));
			} else {
				const a = agents.get(`a${Math.floor(random() * agents.size)}`)!;
				if (locked(String(a.id))) return;
				a.online = !a.online;
				count(a.online ? 'back online' : 'offline');
				record(String(a.id), a.online ? 'hybridAgentBackOnline' : 'hybridAgentOffline');
			}
		};

		const pollOnce = async (w: Watcher) => {
			if (w.saved && random() < 0.05) {
				forgetRecentPolls(); // a restart: the process forgot its polls, static data reloads
				for (const k of Object.keys(w.staticData)) delete w.staticData[k];
				Object.assign(w.staticData, persisted(w.saved));
			}
			const roll = random();
			fault = roll < 0.08 ? 'beyondRetries' : roll < 0.14 ? 'odd' : roll < 0.2 ? 'once' : undefined;
			requestsThisPoll = 0;
			time.set(tick());
			const before = JSON.stringify(w.staticData);
			w.polls++;
			try {
				const result = await pollNode({
					nodeType: new FivetranTrigger(),
					parameters: { scope: 'account', events: w.events },
					credentials: credentialsFor(),
					credentialTypes: [new FivetranApi()],
					staticData: w.staticData,
					nodeId: w.name,
				});
				const items = result?.[0].map((item) => item.json) ?? [];
				for (const item of items) {
					const id = String(item.transformation_id ?? item.agent_id);
					w.emitted.push(key(String(item.event), id, item.last_ended_at));
				}
				w.pending.clear();
				if (!w.saved || w.savesEveryPoll || items.length > 0) w.saved = persisted(w.staticData);
			} catch (error) {
				w.failed++;
				expect(JSON.stringify(w.staticData)).toBe(before); // a failed poll keeps the memory
				if (fault === undefined) throw error;
			}
		};
		const pollAll = async () => {
			for (const w of watchers) await pollOnce(w);
		};

		await pollAll(); // activation: the baseline
		for (let round = 0; round < ROUNDS; round++) {
			for (let n = Math.floor(random() * 3); n > 0; n--) change();
			await pollAll();
		}
		fault = undefined;
		while (watchers.some((w) => w.pending.size > 0)) await pollAll();

		console.log(
			`watched soak seed ${SEED}: ${JSON.stringify(counts)}\n` +
				watchers
					.map(
						(w) =>
							`${w.name}: ${w.polls} polls, ${w.failed} failed, ${w.expected.length} expected, ${w.emitted.length} emitted`,
					)
					.join('\n'),
		);
		const tally = (keys: string[]) =>
			keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
		for (const w of watchers) {
			const expected = tally(w.expected);
			const emitted = tally(w.emitted);
			const lost = [...expected].filter(([k, n]) => (emitted.get(k) ?? 0) < n).map(([k]) => k);
			const extra = [...emitted].filter(([k, n]) => n > (expected.get(k) ?? 0)).map(([k]) => k);
			expect({ watcher: w.name, lost, extra }).toEqual({ watcher: w.name, lost: [], extra: [] });
			expect(w.expected.length).toBeGreaterThan(20);
			expect(w.failed).toBeGreaterThan(ROUNDS * 0.05);
		}
		expect(Object.keys(counts)).toEqual(
			expect.arrayContaining(['start', 'offline', 'back online', 'end FAILED', 'end SUCCEEDED']),
		);
	}, 120_000);
});
