import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { assertAllowed } from '../shared/access/guard';
import { TRIGGER_POLL } from '../shared/access/triggerUses';
import { clock } from '../shared/clock';
import { fivetranApiTest } from '../shared/credentialTest';
import * as listSearch from '../shared/listSearch';
import { describeCurrentState, detectTransitions } from './connectors/connectorEvents';
import { choosesAny, CONNECTOR_LIST_EVENTS, isTriggerEvent } from './poll/events';
import type { ItemOptions, TriggerEvent } from './poll/events';
import { toEventItem, toFacts, toSampleItem } from './connectors/connectorItems';
import type { TriggerMemory } from './poll/memory';
import { loadMemory, saveMemory } from './poll/memory';
import { triggerProperties } from './properties';
import { pollUnlessRepeat } from './poll/recentPolls';
import type { Scope, ScopeRead } from './poll/scope';
import { readConnectorsInScope, readScope } from './poll/scope';
import type { StalenessSettings } from './connectors/staleness';
import { detectStaleness } from './connectors/staleness';
import {
	currentStalenessItems,
	readStaleAfterMs,
	stalenessItem,
} from './connectors/stalenessItems';
import { watchedChanges, watchedSamples } from './watchedChanges';
import { readWatchedLists, watchedGroups } from './watchedReads';

const SAMPLE_SIZE = 5;

interface Settings {
	scope: Scope;
	events: TriggerEvent[];
	reportExisting: boolean;
	includeConnector: boolean;
	/** Stale After in ms (0: no stale event chosen). */
	staleAfterMs: number;
}

function readSettings(ctx: IPollFunctions): Settings {
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

function stalenessSettings(settings: Settings, polledAt: number): StalenessSettings {
	return {
		selected: settings.events,
		thresholdMs: settings.staleAfterMs,
		polledAt,
		reportExisting: settings.reportExisting,
	};
}

function connectorsById(read: ScopeRead): Map<string, IDataObject> {
	return new Map(read.connectors.map((connector) => [String(connector.id), connector]));
}

/** Connectors are read for connector events, and for "Chosen Connectors" (their groups scope the rest). */
async function readConnectors(
	ctx: IPollFunctions,
	settings: Settings,
	knownAccountPages?: number,
): Promise<ScopeRead> {
	if (!choosesAny(settings.events, CONNECTOR_LIST_EVENTS) && settings.scope.kind !== 'connectors')
		return { connectors: [], missing: [] };
	return await readConnectorsInScope(ctx, settings.scope, knownAccountPages);
}

const isConnectorEvent = (event: TriggerEvent) =>
	(CONNECTOR_LIST_EVENTS as readonly string[]).includes(event);

/** "Fetch Test Event": real objects in their current state; the remembered state is not touched. */
async function fetchSample(
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

interface PollStart {
	polledAt: number;
	itemOptions: ItemOptions;
	staticData: IDataObject;
	/** The stored memory this poll starts from (undefined: none, the poll sets a baseline). */
	previous: TriggerMemory | undefined;
}

/** One poll in the active workflow: reads the scope, reports what changed and remembers it. */
async function pollForChanges(
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

export class FivetranTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran Trigger',
		name: 'fivetranTrigger',
		icon: {
			light: 'file:../shared/icons/fivetran.svg',
			dark: 'file:../shared/icons/fivetran.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{"On " + ($parameter["events"] || []).join(", ")}}',
		// n8n's nodes panel merges this trigger into the "Fivetran" entry (same type name without
		// "Trigger") and shows THIS description for both, so it says what the actions do as well.
		description:
			'Manage Fivetran connectors, groups, destinations, transformations, users and webhooks (sync and wait, pause, resume, run dbt), and start workflows when a connector breaks, a sync or transformation run fails or succeeds, or a Hybrid Deployment Agent goes offline',
		defaults: { name: 'Fivetran Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' }],
		properties: triggerProperties,
	};

	methods = { listSearch, credentialTest: { fivetranApiTest } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readSettings(this);
		await assertAllowed(this, TRIGGER_POLL);
		const polledAt = clock.now();
		const itemOptions: ItemOptions = {
			polledAt: new Date(polledAt).toISOString(),
			includeConnector: settings.includeConnector,
		};
		if (this.getMode() === 'manual') {
			return [this.helpers.returnJsonArray(await fetchSample(this, settings, itemOptions))];
		}

		const staticData = this.getWorkflowStaticData('node');
		const previous = loadMemory(staticData);
		const node = this.getNode();
		const triggerKey = `${this.getWorkflow().id ?? ''}/${node.id || node.name}`;
		// n8n 2.x can start polls of one trigger together, or from a memory not yet updated by the
		// last poll (see recentPolls.ts): such a poll is skipped instead of reporting events twice.
		return await pollUnlessRepeat(
			triggerKey,
			{ from: previous?.polledAt ?? null, polledAt },
			async () =>
				await pollForChanges(this, settings, { polledAt, itemOptions, staticData, previous }),
		);
	}
}
