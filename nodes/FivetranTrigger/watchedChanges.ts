import type { IDataObject } from 'n8n-workflow';

import { detectAgentChanges, nextAgentMemory, toAgentFacts } from './agents/agentChanges';
import { AGENT_EVENTS, TRANSFORMATION_EVENTS } from './poll/events';
import type { ItemOptions, TriggerEvent } from './poll/events';
import { asSample } from './poll/sample';
import type { TriggerMemory } from './poll/memory';
import {
	detectRuns,
	nextTransformationMemory,
	toTransformationFacts,
} from './transformations/transformationRuns';
import type { WatchedRead } from './watchedReads';
import { toTransformationItem } from './transformations/transformationItem';
import { toAgentItem } from './agents/agentItem';

// The transformation and agent events of one poll, or of "Fetch Test Event", from what was read.

type WatchedMemory = Pick<TriggerMemory, 'transformations' | 'agents'>;

const byId = (objects: IDataObject[]) =>
	new Map(objects.map((object) => [String(object.id), object]));

function itemsOf(
	previous: TriggerMemory | undefined,
	read: WatchedRead,
	selected: readonly TriggerEvent[],
	reportExisting: boolean,
	options: ItemOptions,
): IDataObject[] {
	const items: IDataObject[] = [];
	if (read.transformations) {
		const objects = byId(read.transformations);
		const facts = read.transformations.map(toTransformationFacts);
		for (const run of detectRuns(previous, facts, selected, reportExisting)) {
			const id = run.transformationId;
			items.push(toTransformationItem(run, objects.get(id) ?? {}, read.groupOf.get(id), options));
		}
	}
	if (read.agents) {
		const objects = byId(read.agents);
		const facts = read.agents.map(toAgentFacts);
		for (const change of detectAgentChanges(previous, facts, selected, reportExisting)) {
			items.push(toAgentItem(change.event, objects.get(change.agentId) ?? {}, options));
		}
	}
	return items;
}

/** What happened since the last successful poll, and what to remember of what was read. */
export function watchedChanges(
	previous: TriggerMemory | undefined,
	read: WatchedRead,
	selected: readonly TriggerEvent[],
	reportExisting: boolean,
	options: ItemOptions,
): { items: IDataObject[]; memory: WatchedMemory } {
	const memory: WatchedMemory = {};
	if (read.transformations) {
		memory.transformations = nextTransformationMemory(
			previous?.transformations,
			read.transformations.map(toTransformationFacts),
		);
	}
	if (read.agents) {
		memory.agents = nextAgentMemory(previous?.agents, read.agents.map(toAgentFacts));
	}
	return { items: itemsOf(previous, read, selected, reportExisting, options), memory };
}

/** "Fetch Test Event": the current state (offline agents, each transformation's latest run). */
export function watchedSamples(
	read: WatchedRead,
	selected: readonly TriggerEvent[],
	options: ItemOptions,
): { matching: IDataObject[]; fallback?: IDataObject } {
	const matching = itemsOf(undefined, read, selected, true, options);
	const transformation = read.transformations?.[0];
	const agent = read.agents?.[0];
	const event = selected.find((chosen) =>
		(TRANSFORMATION_EVENTS as readonly string[]).includes(chosen)
			? transformation !== undefined
			: (AGENT_EVENTS as readonly string[]).includes(chosen) && agent !== undefined,
	);
	if (event === undefined) return { matching };
	const sample =
		transformation && (TRANSFORMATION_EVENTS as readonly string[]).includes(event)
			? toTransformationItem(
					{ event, previousEnd: null },
					transformation,
					read.groupOf.get(String(transformation.id)),
					options,
				)
			: toAgentItem(event, agent ?? {}, options);
	return { matching, fallback: asSample(sample) };
}
