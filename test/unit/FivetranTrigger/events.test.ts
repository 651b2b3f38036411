import type { ConnectorFacts, TriggerEvent } from '../../../nodes/FivetranTrigger/events';
import {
	describeCurrentState,
	detectTransitions,
	nextMemory,
	trackingFor,
	TRIGGER_EVENTS,
} from '../../../nodes/FivetranTrigger/events';
import { toFacts } from '../../../nodes/FivetranTrigger/items';
import type { TriggerMemory } from '../../../nodes/FivetranTrigger/memory';
import type { ConnectorSpec } from './helpers';
import { connector } from './helpers';

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

describe('events.ts: pure transition detection', () => {
	it('first poll: a baseline with no events, remembering only what the selected events need', () => {
		const current = [facts('a', { setup_state: 'broken' }), facts('b', { paused: true })];
		expect(run(undefined, current, ['connectorBroken']).events).toEqual([]);
		expect(run(undefined, current, ['connectorBroken']).memory).toEqual({
			polledAt: T0 + 60_000,
			broken: ['a'],
			incomplete: [],
		});
		expect(run(undefined, current, ['connectorPaused']).memory).toEqual({
			polledAt: T0 + 60_000,
			paused: ['b'],
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

	it('a lasting condition does not repeat; a deleted connector is forgotten; a reappearing one counts anew', () => {
		const broken = facts('a', { setup_state: 'broken' });
		let memory = nextMemory(undefined, [facts('a')], trackingFor(ALL), T0);
		let step = run(memory, [broken]);
		expect(step.events).toEqual(['connectorBroken:a']);
		memory = step.memory;
		step = run(memory, [broken]);
		expect(step.events).toEqual([]);
		step = run(step.memory, []);
		expect(step.events).toEqual([]);
		expect(step.memory.broken).toEqual([]);
		expect(run(step.memory, [broken]).events).toEqual(['connectorBroken:a']);
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
