import type { IDataObject } from 'n8n-workflow';

import { dashboardUrl, readConnectorState } from '../../../shared/connector/connectorState';

// The short forms Simplify returns: what people (and agents) act on — ids, names, type, a status
// summary, the times that say whether things work — without config blocks, which are long and may
// hold values nobody should pass around. Absent fields become null, so every form has fixed keys.

const pick = (object: IDataObject, keys: string[]): IDataObject =>
	Object.fromEntries(keys.map((key) => [key, object[key] ?? null]));

const firstMessage = (list: IDataObject[]): string | null => {
	const message = list[0]?.message;
	return typeof message === 'string' && message !== '' ? message : null;
};

export function simplifyConnector(connector: IDataObject): IDataObject {
	const state = readConnectorState(connector);
	const id = String(connector.id ?? '');
	return {
		id,
		schema: connector.schema ?? null,
		service: connector.service ?? null,
		group_id: connector.group_id ?? null,
		paused: state.isPaused,
		is_broken: state.isBroken,
		last_sync_failed: state.lastSyncFailed,
		setup_state: state.setupState || null,
		// 'syncing' while a sync runs, 'paused', 'rescheduled' or 'scheduled'.
		sync_state: state.syncState || null,
		succeeded_at: state.succeededAt,
		failed_at: state.failedAt,
		tasks_count: state.tasks.length,
		// Why it is broken, in Fivetran's words: the one line an alert or an agent needs.
		first_task_message: firstMessage(state.tasks),
		sync_frequency: connector.sync_frequency ?? null,
		dashboard_url: id ? dashboardUrl(id) : null,
	};
}

export const simplifyGroup = (group: IDataObject): IDataObject =>
	pick(group, ['id', 'name', 'created_at']);

export const simplifyDestination = (destination: IDataObject): IDataObject =>
	pick(destination, ['id', 'group_id', 'service', 'region', 'setup_status', 'time_zone_offset']);

export function simplifyTransformation(transformation: IDataObject): IDataObject {
	const config = (transformation.transformation_config ?? {}) as IDataObject;
	const schedule = (transformation.schedule ?? {}) as IDataObject;
	const errors = Array.isArray(transformation.errors) ? transformation.errors : [];
	return {
		...pick(transformation, ['id', 'group_id', 'type', 'status', 'paused']),
		name: config.name ?? config.package_name ?? null,
		schedule_type: schedule.schedule_type ?? null,
		last_started_at: transformation.last_started_at ?? null,
		last_ended_at: transformation.last_ended_at ?? null,
		errors_count: errors.length,
		first_error: typeof errors[0] === 'string' ? errors[0] : null,
	};
}

export const simplifyTransformationProject = (project: IDataObject): IDataObject => ({
	...pick(project, ['id', 'group_id', 'type', 'status', 'created_at']),
	errors_count: Array.isArray(project.errors) ? project.errors.length : 0,
});

export const simplifyUser = (user: IDataObject): IDataObject =>
	pick(user, ['id', 'email', 'given_name', 'family_name', 'role', 'active', 'logged_in_at']);

export const simplifyWebhook = (webhook: IDataObject): IDataObject =>
	pick(webhook, ['id', 'type', 'group_id', 'url', 'events', 'active', 'created_at']);

export const simplifyHybridAgent = (agent: IDataObject): IDataObject =>
	pick(agent, [
		'id',
		'display_name',
		'group_id',
		'online',
		'enabled',
		'deployment_type',
		'last_used_at',
	]);
