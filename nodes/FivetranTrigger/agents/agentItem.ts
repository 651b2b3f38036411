import type { IDataObject } from 'n8n-workflow';

import type { ItemOptions, TriggerEvent } from '../poll/events';

const text = (value: unknown): string | null =>
	typeof value === 'string' && value !== '' ? value : null;

/** The output item of an agent event: the agent as Fivetran lists it, and when it was seen. */
export function toAgentItem(
	event: TriggerEvent,
	agent: IDataObject,
	options: ItemOptions,
): IDataObject {
	return {
		event,
		agent_id: String(agent.id),
		display_name: agent.display_name ?? null,
		group_id: agent.group_id ?? null,
		online: typeof agent.online === 'boolean' ? agent.online : null,
		// Fivetran's list has no last-seen field; last_used_at is the closest it offers.
		last_seen: text(agent.last_seen) ?? text(agent.last_used_at),
		deployment_type: agent.deployment_type ?? null,
		version: agent.version ?? null,
		occurred_at: options.polledAt,
		...(options.includeConnector ? { agent } : {}),
	};
}
