import type { ConnectorState } from '../../shared/connector/connectorState';
import type { TriggerEvent } from '../poll/events';
import { choosesAny } from '../poll/events';

// What the trigger knows and remembers about one connector, and which of it the chosen events need.

/** One connector as this poll read it. */
export interface ConnectorFacts {
	id: string;
	/** created_at in ms (-Infinity if unknown): a connector created after the last poll is new. */
	createdAt: number;
	state: ConnectorState;
}

/** What the trigger remembered about a connector; null fields were not tracked. */
export interface Remembered {
	setupState: 'broken' | 'incomplete' | 'connected' | null;
	paused: boolean | null;
	lastSyncEnd: number | null;
}

export interface Detection {
	event: TriggerEvent;
	connectorId: string;
	/** null on a first-poll report and for connectors created since the last poll. */
	previous: Remembered | null;
	/** The sync's own timestamp for sync events; absent means "at this poll". */
	occurredAt?: string;
}

const SETUP_EVENTS: TriggerEvent[] = ['connectorBroken', 'connectorRecovered', 'setupIncomplete'];
const PAUSE_EVENTS: TriggerEvent[] = ['connectorPaused', 'connectorResumed'];
const SYNC_EVENTS: TriggerEvent[] = ['syncFailed', 'syncSucceeded'];

export interface Tracking {
	setup: boolean;
	pause: boolean;
	sync: boolean;
}

/** Which parts of the memory the selected events need. */
export function trackingFor(selected: readonly TriggerEvent[]): Tracking {
	return {
		setup: choosesAny(selected, SETUP_EVENTS),
		pause: choosesAny(selected, PAUSE_EVENTS),
		sync: choosesAny(selected, SYNC_EVENTS),
	};
}
