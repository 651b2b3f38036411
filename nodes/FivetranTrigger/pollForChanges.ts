import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { detectTransitions } from './connectors/connectorEvents';
import { toEventItem, toFacts } from './connectors/connectorItems';
import { detectStaleness } from './connectors/staleness';
import { stalenessItem } from './connectors/stalenessItems';
import { connectorsById, readConnectors } from './connectorReads';
import type { ItemOptions } from './poll/events';
import type { TriggerMemory } from './poll/memory';
import { saveMemory } from './poll/memory';
import type { Settings } from './triggerSettings';
import { stalenessSettings } from './triggerSettings';
import { watchedChanges } from './watchedChanges';
import { readWatchedLists, watchedGroups } from './watchedReads';

// One poll of the active workflow: every read first, then the events since the remembered state,
// then the new memory; nothing is remembered from a poll whose reads failed.

export interface PollStart {
	polledAt: number;
	itemOptions: ItemOptions;
	staticData: IDataObject;
	/** The stored memory this poll starts from (undefined: none, the poll sets a baseline). */
	previous: TriggerMemory | undefined;
}

/** One poll in the active workflow: reads the scope, reports what changed and remembers it. */
export async function pollForChanges(
	ctx: IPollFunctions,
	settings: Settings,
	{ polledAt, itemOptions, staticData, previous }: PollStart,
): Promise<INodeExecutionData[][] | null> {
	// Every read comes first: a failed one throws here, before the memory changes, and the next
	// good poll reports everything since the last one.
	const read = await readConnectors(ctx, settings, previous?.accountPages);
	if (settings.scope.kind === 'connectors' && read.connectors.length === 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`None of the chosen connectors exists in Fivetran: ${read.missing.join(', ')}`,
			{
				description:
					'Check the IDs under "Connectors": they may be mistyped, deleted or in another account.',
			},
		);
	}
	const watched = await readWatchedLists(
		ctx,
		settings.events,
		watchedGroups(settings.scope, read.connectors),
	);
	const facts = read.connectors.map(toFacts);
	const { detections, memory } = detectTransitions(
		previous,
		facts,
		settings.events,
		polledAt,
		settings.reportExisting,
	);
	const freshness = stalenessSettings(settings, polledAt);
	const staleness = detectStaleness(previous, facts, freshness);
	const changes = watchedChanges(
		previous,
		watched,
		settings.events,
		settings.reportExisting,
		itemOptions,
	);
	const accountPages = read.accountPages ?? previous?.accountPages;
	saveMemory(staticData, {
		...memory,
		...(settings.scope.kind === 'connectors' && accountPages ? { accountPages } : {}),
		...changes.memory,
		...staleness.memory,
	});

	const byId = connectorsById(read);
	const items = [
		...detections.map((detection) =>
			toEventItem(detection, byId.get(detection.connectorId) ?? {}, itemOptions),
		),
		...staleness.detections.map((detection) =>
			stalenessItem(detection, byId.get(detection.connectorId) ?? {}, itemOptions, freshness),
		),
		...changes.items,
	];
	if (items.length === 0) return null;
	return [ctx.helpers.returnJsonArray(items)];
}
