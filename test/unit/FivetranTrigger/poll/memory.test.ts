import type { IDataObject } from 'n8n-workflow';

import { trackingFor } from '../../../../nodes/FivetranTrigger/connectors/connectorFacts';
import { nextMemory } from '../../../../nodes/FivetranTrigger/connectors/nextConnectorMemory';
import { TRIGGER_EVENTS } from '../../../../nodes/FivetranTrigger/poll/events';
import { toFacts } from '../../../../nodes/FivetranTrigger/connectors/connectorItems';
import { loadMemory, saveMemory } from '../../../../nodes/FivetranTrigger/poll/memory';
import { connector } from '../helpers';

describe('poll/memory.ts: what the trigger keeps in static data', () => {
	it('round-trips and replaces stale keys', () => {
		const staticData: IDataObject = { v: 1, polledAt: 1, paused: ['x'], lastSyncEnd: { x: 5 } };
		saveMemory(staticData, { polledAt: 2, broken: ['a'], incomplete: [] });
		expect(staticData).toEqual({ v: 1, polledAt: 2, broken: ['a'], incomplete: [] });
		expect(loadMemory(staticData)).toEqual({ polledAt: 2, broken: ['a'], incomplete: [] });
	});

	it.each([
		[{}],
		[{ v: 2, polledAt: 1 }],
		[{ v: 1 }],
		[{ v: 1, polledAt: 1, broken: 'a' }],
		[{ v: 1, polledAt: 1, lastSyncEnd: { a: 'soon' } }],
		[{ lastTimeChecked: '2025-01-01' }],
	])('anything else is no memory (a new baseline): %j', (stored) => {
		expect(loadMemory(stored as IDataObject)).toBeUndefined();
	});

	it('size for 50,000 connectors: small with the default event, about 1.7 MB with sync events', () => {
		const adjectives = ['amber', 'bold', 'brave', 'calm', 'cheeky', 'crisp', 'daring', 'eager'];
		const nouns = ['alpaca', 'beaver', 'bobcat', 'camel', 'cobra', 'condor', 'coyote', 'dingo'];
		const base = Date.parse('2026-01-01T00:00:00.000Z');
		const connectors = Array.from({ length: 50_000 }, (_, i) =>
			toFacts(
				connector(`${adjectives[i % 8]}_${nouns[(i >> 3) % 8]}${i}`, {
					setup_state: i % 50 === 0 ? 'broken' : 'connected',
					paused: i % 50 === 1,
					succeeded_at: new Date(base - i * 7919).toISOString(),
					failed_at: i % 3 === 0 ? new Date(base - i * 1000 - 123).toISOString() : null,
				}),
			),
		);
		const size = (events: Array<(typeof TRIGGER_EVENTS)[number]>) =>
			JSON.stringify({ v: 1, ...nextMemory(undefined, connectors, trackingFor(events), base) })
				.length;

		const brokenOnly = size(['connectorBroken']);
		const everything = size([...TRIGGER_EVENTS]);
		expect(brokenOnly).toBeLessThan(60_000); // the 2 % broken ids and their succeeded_at only
		expect(everything).toBeLessThan(1_800_000); // ~34 bytes per connector for the sync marks
		expect(everything).toBeGreaterThan(1_500_000);
	});
});
