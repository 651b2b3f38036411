import type { IDataObject } from 'n8n-workflow';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { clock } from '../../../nodes/shared/clock';
import { CONNECTOR_EVENTS } from '../../../nodes/FivetranTrigger/poll/events';
import { FivetranTrigger } from '../../../nodes/FivetranTrigger/FivetranTrigger.node';
import { forgetRecentPolls } from '../../../nodes/FivetranTrigger/poll/recentPolls';
import { pollNode } from '../../harness';
import { persisted, rlId } from './helpers';
import type { FaultRule, ProxyRequest } from './soak/faults';
import { COMMON_FAULTS, LIST_FAULTS, shiftBetweenPages, transientNotFound } from './soak/faults';
import type { SoakSandbox, Watcher } from './soak/world';
import { eventKey, seededRandom, SoakWorld } from './soak/world';

// The trigger soak: three triggers poll the sandbox through the fault proxy, round after round,
// while random changes happen in between and about 20 % of polls meet a fault. n8n's default
// persistence is played (static data saved only at activation and after a poll that emits), with
// random restarts that reload it. Every trigger must emit exactly the changes made: none lost,
// none twice, none made up. SOAK_SEED / SOAK_ROUNDS replay or lengthen a run.

const { startSandbox } = require('../../../sandbox');
const { startFaultProxy } = require('../../faults/proxy');

const SEED = Number(process.env.SOAK_SEED ?? 20261129);
const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 200);
const FAULT_RATE = 0.2;
const RESTART_RATE = 0.05;
const PAGE = 1000;
const ALL_EVENTS = [...CONNECTOR_EVENTS];
const CHOSEN = ['gen_000011', 'gen_000022'];
// Most changes happen in one group (about 90 connectors, spread over both pages of the list).
const HOT_GROUP = 'gen_group_01';

interface Proxy {
	baseUrl: string;
	requests: unknown[];
	setRule(rule: (req: ProxyRequest) => unknown): void;
	clearRule(): void;
	close(): Promise<void>;
}

interface Trigger extends Watcher {
	staticData: IDataObject;
	saved?: IDataObject;
	polls: number;
	faulty: number;
	failed: number;
	restarts: number;
	ms: number;
	faults: (world: SoakWorld, unseen: Set<string>) => FaultRule[];
}

let sandbox: SoakSandbox & { baseUrl: string; close(): Promise<void> };
let proxy: Proxy;
beforeAll(async () => {
	sandbox = await startSandbox({
		port: 0,
		quiet: true,
		seed: 'empty',
		generateConnectors: PAGE + 10, // two pages, so connectors can shift between them
		syncDurationMs: 1_000_000_000, // syncs end only when the soak ends them
	});
	proxy = await startFaultProxy({ target: sandbox.url });
});
afterAll(async () => {
	await proxy?.close();
	await sandbox?.close();
});

const inHotGroup = (id: string) => sandbox.store.connections.get(id)?.group_id === HOT_GROUP;
const hotIds = () => [...sandbox.store.connections.keys()].filter(inHotGroup);

function trigger(
	name: string,
	parameters: IDataObject,
	watches: (id: string) => boolean,
	faults: Trigger['faults'],
): Trigger {
	const selected = (parameters.events as string[]) ?? [];
	return {
		...{ name, parameters, watches, selected, faults },
		...{ expected: [], emitted: [], pending: new Set<string>(), staticData: {} },
		...{ polls: 0, faulty: 0, failed: 0, restarts: 0, ms: 0 },
	};
}

/** The account's list: a deletion on page 1 while page 2 is requested makes one connector slip. */
function accountFaults(world: SoakWorld, unseen: Set<string>): FaultRule[] {
	const shift = shiftBetweenPages(() => {
		const slipping = sandbox.store.connectionList()[PAGE]?.id;
		if (slipping && world.deleteOneBefore(PAGE)) unseen.add(slipping);
	});
	return [
		...COMMON_FAULTS,
		...LIST_FAULTS,
		...(sandbox.store.connections.size > PAGE + 1 ? [shift] : []),
	];
}

function chosenFaults(world: SoakWorld, unseen: Set<string>): FaultRule[] {
	const id = world.pick(CHOSEN);
	const notFound = transientNotFound(id);
	return [
		...COMMON_FAULTS,
		{
			...notFound,
			answer: (req, i, fired) => notFound.answer(req, i, () => (unseen.add(id), fired())),
		},
	];
}

async function pollOnce(t: Trigger, world: SoakWorld, random: () => number): Promise<void> {
	if (t.saved && random() < RESTART_RATE) {
		t.restarts++;
		forgetRecentPolls(); // what n8n's process knew about its polls is gone too
		for (const key of Object.keys(t.staticData)) delete t.staticData[key];
		Object.assign(t.staticData, persisted(t.saved));
	}
	const unseen = new Set<string>();
	let fired = false;
	const fault = random() < FAULT_RATE ? world.pick(t.faults(world, unseen)) : undefined;
	let index = 0;
	proxy.setRule((req) => fault?.answer(req, index++, () => (fired = true)));
	const before = JSON.stringify(t.staticData);
	const pollStarted = Date.now();
	t.polls++;
	try {
		const result = await pollNode({
			nodeType: new FivetranTrigger(),
			parameters: t.parameters as never,
			credentials: {
				fivetranApi: { apiKey: 'sandbox-key', apiSecret: 'sandbox-secret', baseUrl: proxy.baseUrl },
			},
			credentialTypes: [new FivetranApi()],
			staticData: t.staticData,
			nodeId: t.name, // three triggers of one n8n process
		});
		const items = result?.[0].map((item) => item.json) ?? [];
		for (const item of items) {
			t.emitted.push(
				eventKey(String(item.event), String(item.connector_id), item.occurred_at as string),
			);
		}
		for (const id of [...t.pending]) if (!unseen.has(id)) t.pending.delete(id);
		// n8n's default: saved at activation and when the poll emitted items.
		if (!t.saved || items.length > 0) t.saved = persisted(t.staticData);
	} catch (error) {
		t.failed++;
		// A poll that failed never replaces the memory.
		expect(JSON.stringify(t.staticData)).toBe(before);
		if (!fault) throw error;
	} finally {
		proxy.clearRule();
		t.ms += Date.now() - pollStarted;
		if (fired) t.faulty++;
	}
}

function verdict(t: Trigger) {
	const tally = (keys: string[]) =>
		keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
	const expected = tally(t.expected);
	const emitted = tally(t.emitted);
	const lost = [...expected].filter(([k, n]) => (emitted.get(k) ?? 0) < n).map(([k]) => k);
	const doubled = [...emitted]
		.filter(([k, n]) => n > (expected.get(k) ?? 0) && expected.has(k))
		.map(([k]) => k);
	const spurious = [...emitted.keys()].filter((k) => !expected.has(k));
	return { lost, doubled, spurious };
}

describe('Fivetran Trigger soak against the sandbox through the fault proxy', () => {
	it(`${ROUNDS} rounds of random changes and ~20 % faulty polls: every trigger emits exactly the changes made`, async () => {
		jest.spyOn(clock, 'sleep').mockResolvedValue(undefined); // the transport's retry waits
		const started = Date.now();
		const random = seededRandom(SEED);
		const triggers = [
			trigger(
				'account, all events',
				// The faults shift items between the account list's pages: read it page after page.
				{ scope: 'account', events: ALL_EVENTS, options: { parallelGroupReads: 1 } },
				() => true,
				accountFaults,
			),
			trigger(
				'chosen connectors, all events',
				{
					scope: 'connectors',
					connectors: { connector: CHOSEN.map((id) => ({ connectorId: rlId(id) })) },
					events: ALL_EVENTS,
				},
				(id) => CHOSEN.includes(id),
				chosenFaults,
			),
			trigger(
				'one group, connectorBroken (the alert)',
				{
					scope: 'groups',
					groups: { group: [{ groupId: rlId(HOT_GROUP) }] },
					events: ['connectorBroken'],
				},
				inHotGroup,
				(): FaultRule[] => COMMON_FAULTS,
			),
		];
		const world = new SoakWorld(sandbox, triggers, random, new Set(CHOSEN));
		const pollAll = async () => {
			for (const t of triggers) await pollOnce(t, world, random);
		};

		await pollAll(); // activation: the baseline
		for (let round = 0; round < ROUNDS; round++) {
			world.changeSome(Math.floor(random() * 4), hotIds());
			world.changeSome(random() < 0.3 ? 1 : 0, [...sandbox.store.connections.keys()]);
			world.changeSome(random() < 0.4 ? 1 : 0, CHOSEN);
			if (random() < 0.1) world.create(HOT_GROUP);
			await pollAll();
		}
		while (triggers.some((t) => t.pending.size > 0)) await pollAll(); // faults still at 20 %

		const figures = triggers.map((t) => ({
			trigger: t.name,
			polls: t.polls,
			faulty: t.faulty,
			failed: t.failed,
			restarts: t.restarts,
			ms: t.ms,
			expected: t.expected.length,
			emitted: t.emitted.length,
			...Object.fromEntries(Object.entries(verdict(t)).map(([k, v]) => [k, v.length])),
		}));
		const polls = figures.reduce((n, f) => n + f.polls, 0);
		const faulty = figures.reduce((n, f) => n + f.faulty, 0);
		console.log(
			[
				`soak seed ${SEED}: ${polls} polls, ${faulty} faulty (${((100 * faulty) / polls).toFixed(1)} %), ` +
					`${proxy.requests.length} requests, ${((Date.now() - started) / 1000).toFixed(1)} s`,
				`changes: ${JSON.stringify(world.counts)}`,
				...figures.map((f) => JSON.stringify(f)),
			].join('\n'),
		);
		for (const t of triggers)
			expect({ trigger: t.name, ...verdict(t) }).toEqual({
				trigger: t.name,
				lost: [],
				doubled: [],
				spurious: [],
			});
		expect(polls).toBeGreaterThanOrEqual(200);
		expect(faulty / polls).toBeGreaterThan(0.1);
		expect(triggers.every((t) => t.expected.length > 0)).toBe(true);
	}, 120_000);
});
