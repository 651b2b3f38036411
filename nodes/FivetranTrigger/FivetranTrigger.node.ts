import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { clock } from '../shared/clock';
import * as listSearch from '../shared/listSearch';
import type { TriggerEvent } from './events';
import { describeCurrentState, detectTransitions, isTriggerEvent } from './events';
import type { ItemOptions } from './items';
import { toEventItem, toFacts, toSampleItem } from './items';
import type { TriggerMemory } from './memory';
import { loadMemory, saveMemory } from './memory';
import { triggerProperties } from './properties';
import { pollUnlessRepeat } from './recentPolls';
import type { Scope, ScopeRead } from './scope';
import { readConnectorsInScope, readScope } from './scope';

const SAMPLE_SIZE = 5;

interface Settings {
	scope: Scope;
	events: TriggerEvent[];
	reportExisting: boolean;
	includeConnector: boolean;
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
	};
}

function connectorsById(read: ScopeRead): Map<string, IDataObject> {
	return new Map(read.connectors.map((connector) => [String(connector.id), connector]));
}

/** "Fetch Test Event": real connectors in their current state; the remembered state is not touched. */
async function fetchSample(
	ctx: IPollFunctions,
	settings: Settings,
	itemOptions: ItemOptions,
): Promise<IDataObject[]> {
	const read = await readConnectorsInScope(ctx, settings.scope);
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
	if (read.connectors.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'No connector found in the chosen scope', {
			description: 'The trigger has nothing to watch. Check "Watch" and the chosen groups.',
		});
	}
	const byId = connectorsById(read);
	const matching = describeCurrentState(read.connectors.map(toFacts), settings.events).slice(
		0,
		SAMPLE_SIZE,
	);
	if (matching.length === 0)
		return [toSampleItem(settings.events[0], read.connectors[0], itemOptions)];
	return matching.map((detection) =>
		toEventItem(detection, byId.get(detection.connectorId) ?? {}, itemOptions),
	);
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
	// A failed read throws here, before the memory changes: the next good poll reports everything since the last one.
	const read = await readConnectorsInScope(ctx, settings.scope, previous?.accountPages);
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
	const { detections, memory } = detectTransitions(
		previous,
		read.connectors.map(toFacts),
		settings.events,
		polledAt,
		settings.reportExisting,
	);
	const accountPages = read.accountPages ?? previous?.accountPages;
	saveMemory(
		staticData,
		settings.scope.kind === 'connectors' && accountPages ? { ...memory, accountPages } : memory,
	);

	if (detections.length === 0) return null;
	const byId = connectorsById(read);
	const items = detections.map((detection) =>
		toEventItem(detection, byId.get(detection.connectorId) ?? {}, itemOptions),
	);
	return [ctx.helpers.returnJsonArray(items)];
}

export class FivetranTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran Trigger',
		name: 'fivetranTrigger',
		icon: { light: 'file:fivetran.svg', dark: 'file:fivetran.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"On " + ($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow when a Fivetran connector breaks, recovers, is paused or resumed, has incomplete setup, or a sync fails or succeeds',
		defaults: { name: 'Fivetran Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fivetranApi', required: true }],
		properties: triggerProperties,
	};

	methods = { listSearch };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readSettings(this);
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
