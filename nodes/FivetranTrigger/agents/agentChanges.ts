import type { IDataObject } from 'n8n-workflow';

import { firstAbsences, uniqueById } from '../poll/absences';
import type { TriggerEvent } from '../poll/events';
import type { AgentMemory, TriggerMemory } from '../poll/memory';

// Hybrid Deployment Agents going offline and coming back (pure: no I/O). Only offline agents are
// remembered: an agent not in that list was online (or not there) at the last complete read.

export interface AgentFacts {
	id: string;
	/** Fivetran's `online` flag; undefined if the answer lacks it (the remembered state then holds). */
	online: boolean | undefined;
}

export function toAgentFacts(agent: IDataObject): AgentFacts {
	return {
		id: String(agent.id),
		online: typeof agent.online === 'boolean' ? agent.online : undefined,
	};
}

function isOffline(facts: AgentFacts, wasOffline: ReadonlySet<string>): boolean {
	return facts.online === undefined ? wasOffline.has(facts.id) : !facts.online;
}

export function nextAgentMemory(
	previous: AgentMemory | undefined,
	read: readonly AgentFacts[],
): AgentMemory {
	const agents = uniqueById(read);
	const wasOffline = new Set(previous?.offline ?? []);
	const carried = firstAbsences(
		wasOffline,
		new Set(agents.map((facts) => facts.id)),
		previous?.missing,
	);
	const offline = agents.filter((facts) => isOffline(facts, wasOffline)).map((facts) => facts.id);
	return {
		offline: [...offline, ...carried],
		...(carried.size > 0 ? { missing: [...carried] } : {}),
	};
}

export interface AgentDetection {
	event: TriggerEvent;
	agentId: string;
}

/**
 * Agents that went offline or came back since the last successful poll. Like the connector
 * conditions: the first poll (or the first one after these events were chosen) records a baseline;
 * only the first poll after activation may report agents already offline (`reportExisting`).
 */
export function detectAgentChanges(
	previous: TriggerMemory | undefined,
	read: readonly AgentFacts[],
	selected: readonly TriggerEvent[],
	reportExisting: boolean,
): AgentDetection[] {
	if (previous && !previous.agents) return [];
	if (!previous && !reportExisting) return [];
	const wasOffline = new Set(previous?.agents?.offline ?? []);
	const found: AgentDetection[] = [];
	for (const facts of uniqueById(read)) {
		const was = wasOffline.has(facts.id);
		const now = isOffline(facts, wasOffline);
		let event: TriggerEvent | undefined;
		if (!was && now) event = 'hybridAgentOffline';
		else if (was && !now) event = 'hybridAgentBackOnline';
		if (event && selected.includes(event)) found.push({ event, agentId: facts.id });
	}
	return found;
}
