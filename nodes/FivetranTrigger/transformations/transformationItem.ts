import type { IDataObject } from 'n8n-workflow';

import { TRANSFORMATIONS_DASHBOARD } from '../../shared/transformation/transformationRun';
import type { ItemOptions, TriggerEvent } from '../poll/events';

// Output item of a transformation event: who it concerns, what Fivetran says, when.

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
		dashboard_url: TRANSFORMATIONS_DASHBOARD,
		...(options.includeConnector ? { transformation } : {}),
	};
}
