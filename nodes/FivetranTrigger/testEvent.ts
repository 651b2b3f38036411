import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { describeCurrentState } from './connectors/connectorEvents';
import { toEventItem, toFacts, toSampleItem } from './connectors/connectorItems';
import { currentStalenessItems } from './connectors/stalenessItems';
import { connectorsById, isConnectorEvent, readConnectors } from './connectorReads';
import type { ItemOptions } from './poll/events';
import type { Settings } from './triggerSettings';
import { stalenessSettings } from './triggerSettings';
import { watchedSamples } from './watchedChanges';
import { readWatchedLists, watchedGroups } from './watchedReads';

const SAMPLE_SIZE = 5;

/** "Fetch Test Event": real objects in their current state; the remembered state is not touched. */
export async function fetchSample(
	ctx: IPollFunctions,
	settings: Settings,
	itemOptions: ItemOptions,
): Promise<IDataObject[]> {
	const read = await readConnectors(ctx, settings);
	if (read.missing.length > 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Connector not found in Fivetran: ${read.missing.join(', ')}`,
			{
				description:
					'Check the IDs under "Connectors": they may be mistyped, deleted or in another account.',
			},
		);
	}
	const connectorEvent = settings.events.find(isConnectorEvent);
	if (connectorEvent && read.connectors.length === 0 && settings.events.every(isConnectorEvent)) {
		throw new NodeOperationError(ctx.getNode(), 'No connector found in the chosen scope', {
			description: 'The trigger has nothing to watch. Check "Watch" and the chosen groups.',
		});
	}
	const watched = await readWatchedLists(
		ctx,
		settings.events,
		watchedGroups(settings.scope, read.connectors),
	);
	const byId = connectorsById(read);
	const samples = watchedSamples(watched, settings.events, itemOptions);
	const polledAt = Date.parse(itemOptions.polledAt);
	const matching = [
		...describeCurrentState(read.connectors.map(toFacts), settings.events).map((detection) =>
			toEventItem(detection, byId.get(detection.connectorId) ?? {}, itemOptions),
		),
		...currentStalenessItems(
			read.connectors.map((connector) => ({ facts: toFacts(connector), connector })),
			itemOptions,
			stalenessSettings(settings, polledAt),
		),
		...samples.matching,
	].slice(0, SAMPLE_SIZE);
	if (matching.length > 0) return matching;
	const connectorSample =
		connectorEvent && read.connectors.length > 0
			? toSampleItem(connectorEvent, read.connectors[0], itemOptions)
			: undefined;
	const sample = isConnectorEvent(settings.events[0])
		? (connectorSample ?? samples.fallback)
		: (samples.fallback ?? connectorSample);
	if (sample) return [sample];
	throw new NodeOperationError(ctx.getNode(), 'Nothing found in the chosen scope', {
		description:
			'No connector, transformation or Hybrid Deployment Agent of the chosen events exists there. Check "Watch" and the chosen groups.',
	});
}
