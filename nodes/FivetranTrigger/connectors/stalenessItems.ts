import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ConnectorFacts, Detection } from './connectorFacts';
import type { ItemOptions, TriggerEvent } from '../poll/events';
import { choosesAny } from '../poll/events';
import { toEventItem } from './connectorItems';
import type { StalenessSettings } from './staleness';
import { currentStaleness, stalenessFields } from './staleness';

// The trigger's side of the freshness events: the Stale After parameter and their items.

const UNIT_MS: Record<string, number> = { minutes: 60_000, hours: 60 * 60_000 };
const MAX_THRESHOLD_MS = 366 * 24 * 60 * 60_000;

/** Stale After in ms (checked before any request); 0 when no stale event is chosen. */
export function readStaleAfterMs(ctx: IPollFunctions, events: readonly TriggerEvent[]): number {
	if (!choosesAny(events, ['dataStale', 'dataFreshAgain'])) return 0;
	const amount = ctx.getNodeParameter('staleAfter', 6) as unknown;
	const unit = ctx.getNodeParameter('staleAfterUnit', 'hours') as string;
	const ms = typeof amount === 'number' ? amount * (UNIT_MS[unit] ?? NaN) : NaN;
	if (!Number.isFinite(ms) || ms <= 0 || ms > MAX_THRESHOLD_MS) {
		throw new NodeOperationError(
			ctx.getNode(),
			`"Stale After" must be more than 0 and at most a year (got ${String(amount)} ${String(unit)})`,
			{
				description: 'Set how old the last successful sync may be before the data counts as stale.',
			},
		);
	}
	return ms;
}

export function stalenessItem(
	detection: Pick<Detection, 'event' | 'previous' | 'occurredAt'>,
	connector: IDataObject,
	options: ItemOptions,
	settings: StalenessSettings,
): IDataObject {
	return {
		...toEventItem(detection, connector, options),
		...stalenessFields(connector, settings.thresholdMs, settings.polledAt),
	};
}

/** "Fetch Test Event": the connectors stale or delayed right now. */
export function currentStalenessItems(
	read: ReadonlyArray<{ facts: ConnectorFacts; connector: IDataObject }>,
	options: ItemOptions,
	settings: StalenessSettings,
): IDataObject[] {
	return read.flatMap(({ facts, connector }) =>
		currentStaleness(facts, settings).map(({ event, at }) =>
			stalenessItem({ event, previous: null, occurredAt: at }, connector, options, settings),
		),
	);
}
