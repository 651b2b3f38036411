import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TriggerEvent } from './poll/events';
import { isTriggerEvent } from './poll/events';
import type { Scope } from './poll/scope';
import { readScope } from './poll/scope';
import type { StalenessSettings } from './connectors/staleness';
import { readStaleAfterMs } from './connectors/stalenessItems';

// The trigger's parameters, read and checked once per poll before any request.

export interface Settings {
	scope: Scope;
	events: TriggerEvent[];
	reportExisting: boolean;
	includeConnector: boolean;
	/** Stale After in ms (0: no stale event chosen). */
	staleAfterMs: number;
}

export function readSettings(ctx: IPollFunctions): Settings {
	const scope = readScope(ctx);
	const events = ctx.getNodeParameter('events', []) as unknown[];
	if (!Array.isArray(events) || events.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event under "Events"');
	}
	const unknown = events.filter((event) => !isTriggerEvent(event));
	if (unknown.length > 0) {
		throw new NodeOperationError(ctx.getNode(), `Unknown event in "Events": ${unknown.join(', ')}`);
	}
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	return {
		scope,
		events: events as TriggerEvent[],
		reportExisting: options.reportExisting === true,
		includeConnector: options.includeConnector === true,
		staleAfterMs: readStaleAfterMs(ctx, events as TriggerEvent[]),
	};
}

export function stalenessSettings(settings: Settings, polledAt: number): StalenessSettings {
	return {
		selected: settings.events,
		thresholdMs: settings.staleAfterMs,
		polledAt,
		reportExisting: settings.reportExisting,
	};
}
