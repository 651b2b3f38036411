import type { ConnectorFacts } from '../../../../nodes/FivetranTrigger/connectors/connectorFacts';
import type { TriggerEvent } from '../../../../nodes/FivetranTrigger/poll/events';
import {
	describeCurrentState,
	detectTransitions,
} from '../../../../nodes/FivetranTrigger/connectors/connectorEvents';
import { trackingFor } from '../../../../nodes/FivetranTrigger/connectors/connectorFacts';
import { nextMemory } from '../../../../nodes/FivetranTrigger/connectors/nextConnectorMemory';
import { TRIGGER_EVENTS } from '../../../../nodes/FivetranTrigger/poll/events';
import { toFacts } from '../../../../nodes/FivetranTrigger/connectors/connectorItems';
import type { TriggerMemory } from '../../../../nodes/FivetranTrigger/poll/memory';
import type { ConnectorSpec } from '../helpers';
import { connector } from '../helpers';

const T0 = Date.parse('2026-01-01T00:00:00.000Z');
const facts = (id: string, spec: ConnectorSpec = {}): ConnectorFacts =>
	toFacts(connector(id, spec));
const ALL = [...TRIGGER_EVENTS];

function run(
	previous: TriggerMemory | undefined,
	current: ConnectorFacts[],
	selected: TriggerEvent[] = ALL,
) {
	const { detections, memory } = detectTransitions(previous, current, selected, T0 + 60_000, false);
	return { events: detections.map((d) => `${d.event}:${d.connectorId}`), detections, memory };
}

describe('connectorEvents.ts: pure transition detection', () => {
	it('first poll: a baseline with no events, remembering only what the selected events need', () => {
		const current = [facts('a', { setup_state: 'broken' }), facts('b', { paused: true })];
		expect(run(undefined, current, ['connectorBroken']).events).toEqual([]);
		expect(run(undefined, current, ['connectorBroken']).memory).toEqual({
			polledAt: T0 + 60_000,
			broken: ['a'],
			incomplete: [],
			syncedAt: { a: Date.parse('2025-12-31T10:00:00.000Z') },
		});
		expect(run(undefined, current, ['connectorPaused']).memory).toEqual({
			polledAt: T0 + 60_000,
			paused: ['b'],
			syncedAt: { b: Date.parse('2025-12-31T10:00:00.000Z') },
		});
	});

	it('first poll with reportExisting: current conditions and latest sync outcomes, previous null', () => {
		const current = [facts('a', { setup_state: 'broken', failed_at: '2025-12-31T11:00:00.000Z' })];
		const { detections } = detectTransitions(undefined, current, ALL, T0, true);
		expect(detections).toEqual([
			{ event: 'connectorBroken', connectorId: 'a', previous: null },
			{
				event: 'syncFailed',
				connectorId: 'a',
				previous: null,
				occurredAt: '2025-12-31T11:00:00.000Z',
			},
		]);
	});

	it('every transition of the condition events, in both directions', () => {
		const before = nextMemory(
			undefined,
			[facts('a'), facts('b', { setup_state: 'broken', paused: true })],
			trackingFor(ALL),
			T0,
		);
		const after = [
			facts('a', { setup_state: 'broken', paused: true }),
			facts('b', { setup_state: 'incomplete' }),
		];
		expect(run(before, after).events).toEqual([
			'connectorBroken:a',
			'connectorPaused:a',
			'connectorRecovered:b',
			'connectorResumed:b',
			'setupIncomplete:b',
		]);
	});

	it('previous state says what was remembered', () => {
		const before = nextMemory(
			undefined,
			[facts('a', { setup_state: 'incomplete' })],
			trackingFor(ALL),
			T0,
		);
		const [detection] = run(
			before,
			[facts('a', { setup_state: 'broken' })],
			['connectorBroken'],
		).detections;
		expect(detection.previous).toEqual({
			setupState: 'incomplete',
			paused: false,
			lastSyncEnd: Date.parse('2025-12-31T10:00:00.000Z'),
		});
	});

	it('a lasting condition does not repeat; a connector absent twice in a row is forgotten; a reappearing one counts anew', () => {
		const broken = facts('a', { setup_state: 'broken' });
		let memory = nextMemory(undefined, [facts('a')], trackingFor(ALL), T0);
		let step = run(memory, [broken]);
		expect(step.events).toEqual(['connectorBroken:a']);
		memory = step.memory;
		step = run(memory, [broken]);
		expect(step.events).toEqual([]);
		step = run(step.memory, []);
		expect(step.events).toEqual([]);
		expect(step.memory.broken).toEqual(['a']);
		step = run(step.memory, []);
		expect(step.memory).toEqual({
			polledAt: T0 + 60_000,
			broken: [],
			incomplete: [],
			paused: [],
			lastSyncEnd: {},
		});
		expect(run(step.memory, [broken]).events).toEqual(['connectorBroken:a']);
	});

	it('one absence (a transient 404, a connector shifted between pages) changes nothing: no repeated alert, no lost sync', () => {
		const a = (spec: ConnectorSpec) => facts('a', spec);
		const memory = run(nextMemory(undefined, [a({}), facts('b')], trackingFor(ALL), T0), [
			a({ setup_state: 'broken', paused: true }),
			facts('b'),
		]).memory;
		const gap = run(memory, []);
		expect(gap.events).toEqual([]);
		expect(gap.memory).toMatchObject({ broken: ['a'], paused: ['a'], missing: ['a', 'b'] });
		// Back: a still broken and paused with a failed sync, b with a success, both ended during the gap.
		const back = run(gap.memory, [
			a({ setup_state: 'broken', paused: true, failed_at: '2025-12-31T23:59:00.000Z' }),
			facts('b', { succeeded_at: '2025-12-31T23:59:30.000Z' }),
		]);
		expect(back.events).toEqual(['syncFailed:a', 'syncSucceeded:b']);
		expect(back.memory.missing).toBeUndefined();
	});

	it('connector IDs such as "__proto__" are plain keys: nothing reaches Object.prototype', () => {
		const ids = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty'];
		let memory = nextMemory(
			undefined,
			ids.map((id) => facts(id)),
			trackingFor(ALL),
			T0,
		);
		const step = run(
			memory,
			ids.map((id) =>
				facts(id, { setup_state: 'broken', succeeded_at: '2026-01-01T00:00:30.000Z' }),
			),
		);
		expect(step.events.sort()).toEqual(
			ids.flatMap((id) => [`connectorBroken:${id}`, `syncSucceeded:${id}`]).sort(),
		);
		memory = step.memory;
		expect(Object.keys(memory.lastSyncEnd ?? {}).sort()).toEqual([...ids].sort());
		expect(Object.keys(memory.syncedAt ?? {}).sort()).toEqual([...ids].sort());
		expect(
			run(
				memory,
				ids.map((id) =>
					facts(id, { setup_state: 'broken', succeeded_at: '2026-01-01T00:00:30.000Z' }),
				),
			).events,
		).toEqual([]);
		expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polledAt');
		expect(({} as Record<string, unknown>).__proto__).toBe(Object.prototype);
		expect(Object.keys(Object.prototype)).toEqual([]);
	});

	it('an untracked condition (event added since the last poll) gives a silent baseline for it', () => {
		const memory: TriggerMemory = { polledAt: T0, broken: [], incomplete: [] };
		const step = run(
			memory,
			[facts('a', { paused: true })],
			['connectorBroken', 'connectorPaused'],
		);
		expect(step.events).toEqual([]);
		expect(step.memory.paused).toEqual(['a']);
	});

	it('sync marks: per connector, unknown connectors fall back to the last poll time', () => {
		const memory: TriggerMemory = { polledAt: T0, lastSyncEnd: { a: T0 - 1000 } };
		const current = [
			facts('a', { succeeded_at: '2025-12-31T23:59:59.500Z' }), // after a's mark: new
			facts('b', { succeeded_at: '2025-12-31T23:59:59.500Z' }), // unknown, before the last poll: old
			facts('c', { succeeded_at: '2026-01-01T00:00:00.001Z' }), // unknown, after the last poll: new
		];
		const step = run(memory, current, ['syncSucceeded']);
		expect(step.events).toEqual(['syncSucceeded:a', 'syncSucceeded:c']);
		expect(step.memory.lastSyncEnd).toEqual({
			a: Date.parse('2025-12-31T23:59:59.500Z'),
			b: Date.parse('2025-12-31T23:59:59.500Z'),
			c: Date.parse('2026-01-01T00:00:00.001Z'),
		});
	});

	it('describeCurrentState lists matching connectors only for the selected events', () => {
		const current = [
			facts('a', { setup_state: 'broken' }),
			facts('b', { paused: true }),
			facts('c'),
		];
		expect(describeCurrentState(current, ['connectorPaused']).map((d) => d.connectorId)).toEqual([
			'b',
		]);
		expect(describeCurrentState(current, ['connectorRecovered'])).toEqual([]);
	});
});
