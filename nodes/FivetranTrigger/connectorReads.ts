import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { choosesAny, CONNECTOR_LIST_EVENTS } from './poll/events';
import type { TriggerEvent } from './poll/events';
import type { ScopeRead } from './poll/scope';
import { readConnectorsInScope } from './poll/scope';
import type { Settings } from './triggerSettings';

// What the trigger reads of connectors, shared by a poll and Fetch Test Event.

/** The connectors read, by ID, to put each event next to its connector. */
export function connectorsById(read: ScopeRead): Map<string, IDataObject> {
	return new Map(read.connectors.map((connector) => [String(connector.id), connector]));
}

/** Connectors are read for connector events, and for "Chosen Connectors" (their groups scope the rest). */
export async function readConnectors(
	ctx: IPollFunctions,
	settings: Settings,
	knownAccountPages?: number,
): Promise<ScopeRead> {
	if (!choosesAny(settings.events, CONNECTOR_LIST_EVENTS) && settings.scope.kind !== 'connectors')
		return { connectors: [], missing: [] };
	return await readConnectorsInScope(ctx, settings.scope, knownAccountPages);
}

/** Events read from the connector list (the rest come from transformation and agent lists). */
export const isConnectorEvent = (event: TriggerEvent) =>
	(CONNECTOR_LIST_EVENTS as readonly string[]).includes(event);
