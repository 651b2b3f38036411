import type { IDataObject } from 'n8n-workflow';

import type { TriggerEvent } from './events';
import type { ItemOptions } from './items';

// Output items of the transformation and agent events: who it concerns, what Fivetran says, when.

/** Fivetran's transformations page (a transformation's own page also needs its type and group). */
export const TRANSFORMATIONS_DASHBOARD_URL = 'https://fivetran.com/dashboard/transformations';

const text = (value: unknown): string | null =>
	typeof value === 'string' && value !== '' ? value : null;

/**
 * Fivetran's messages about a failed run. Its transformation object has no message field; by the
 * convention also used for transformation projects they come as `errors`, so read it (and any
 * `message` / `error`) defensively.
 */
export function transformationErrors(transformation: IDataObject): string[] {
	const raw = transformation.errors;
	const errors = Array.isArray(raw) ? raw : [raw];
	return [...errors, transformation.message, transformation.error]
		.map((entry) => (typeof entry === 'string' ? entry : text((entry as IDataObject)?.message)))
		.filter((entry): entry is string => entry !== null && entry !== '');
}

export function toTransformationItem(
	detection: { event: TriggerEvent; occurredAt?: string; previousEnd: number | null },
	transformation: IDataObject,
	groupId: string | undefined,
	options: ItemOptions,
): IDataObject {
	const config = (transformation.transformation_config ?? {}) as IDataObject;
	return {
		event: detection.event,
		transformation_id: String(transformation.id),
		name: text(config.name) ?? text(config.package_name),
		type: transformation.type ?? null,
		status: transformation.status ?? null,
		paused: transformation.paused ?? null,
		project_id: text(config.project_id),
		group_id: groupId ?? text(transformation.group_id),
		last_started_at: transformation.last_started_at ?? null,
		last_ended_at: transformation.last_ended_at ?? null,
		previous_run_ended_at:
			detection.previousEnd === null ? null : new Date(detection.previousEnd).toISOString(),
		errors: transformationErrors(transformation),
		occurred_at: detection.occurredAt ?? options.polledAt,
		dashboard_url: TRANSFORMATIONS_DASHBOARD_URL,
		...(options.includeConnector ? { transformation } : {}),
	};
}

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
