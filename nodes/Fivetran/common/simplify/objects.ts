import type { IDataObject } from 'n8n-workflow';

import {
	blockingTasks,
	dashboardUrl,
	readConnectorState,
	unknownConnectorStates,
} from '../../../shared/connector/connectorState';
import { PROJECT_STATUSES, unknownValuesField } from '../../../shared/stateValues';
import { RUN_STATUSES } from '../../../shared/transformation/transformationRun';

// The short forms Simplify returns: what people (and agents) act on — ids, names, type, a status
// summary, the times that say whether things work — without config blocks, which are long and may
// hold values nobody should pass around.
// Two kinds of keys: a field copied from the object appears only when the object has it (real
// answers leave optional fields out, and a made-up null would read as a fact); a value this package
// derives (is_paused, counts, dashboard links) is always there. A state value Fivetran does not
// document is kept as sent and named in `unknown_values`.

/** The keys the object has, in this order; absent ones are left out, nulls Fivetran sent kept. */
const present = (object: IDataObject, keys: readonly string[]): IDataObject =>
	Object.fromEntries(
		keys.filter((key) => object[key] !== undefined).map((key) => [key, object[key]]),
	);

const asObject = (value: unknown): IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};

const firstText = (values: unknown[]): string | null => {
	const found = values.find((value) => typeof value === 'string' && value !== '');
	return typeof found === 'string' ? found : null;
};

export function simplifyConnector(connector: IDataObject): IDataObject {
	const state = readConnectorState(connector);
	const status = asObject(connector.status);
	const id = String(connector.id ?? '');
	return {
		...present(connector, ['id', 'schema', 'service', 'group_id']),
		// The same names as Get Status: derived from the flag and the sync state together.
		is_paused: state.isPaused,
		is_broken: state.isBroken,
		last_sync_failed: state.lastSyncFailed,
		// sync_state: 'syncing' while a sync runs, 'paused', 'rescheduled' or 'scheduled'.
		...present(status, ['setup_state', 'sync_state', 'update_state']),
		...present(connector, ['succeeded_at', 'failed_at']),
		tasks_count: state.tasks.length,
		// Why it is broken, in Fivetran's words: the one line an alert or an agent needs.
		first_task_message: firstText(blockingTasks(state).map((task) => task.message)),
		...present(connector, ['sync_frequency']),
		dashboard_url: id ? dashboardUrl(id) : null,
		...unknownConnectorStates(state),
	};
}

export const simplifyGroup = (group: IDataObject): IDataObject =>
	present(group, ['id', 'name', 'created_at']);

export const simplifyDestination = (destination: IDataObject): IDataObject =>
	present(destination, ['id', 'group_id', 'service', 'region', 'setup_status', 'time_zone_offset']);

/** errors_count and first_error from an `errors: string[]` (0 and null when there is none). */
function errorsSummary(object: IDataObject): IDataObject {
	const errors = Array.isArray(object.errors) ? (object.errors as unknown[]) : [];
	return { errors_count: errors.length, first_error: firstText(errors.slice(0, 1)) };
}

export function simplifyTransformation(transformation: IDataObject): IDataObject {
	const config = asObject(transformation.transformation_config);
	const schedule = asObject(transformation.schedule);
	// A dbt Core transformation is named in its config, a Quickstart one by its package.
	const name = firstText([config.name, config.package_name]);
	return {
		// Fivetran's transformation object has no group_id; it is kept if an answer carries one.
		...present(transformation, ['id', 'group_id', 'type', 'status', 'paused']),
		...(name !== null ? { name } : {}),
		...present(config, ['project_id']),
		...present(schedule, ['schedule_type']),
		...present(transformation, ['created_at', 'last_started_at', 'last_ended_at']),
		...errorsSummary(transformation),
		...unknownValuesField([['status', transformation.status, RUN_STATUSES]]),
	};
}

export const simplifyTransformationProject = (project: IDataObject): IDataObject => ({
	...present(project, ['id', 'group_id', 'type', 'status', 'created_at']),
	...errorsSummary(project),
	...unknownValuesField([['status', project.status, PROJECT_STATUSES]]),
});

export const simplifyUser = (user: IDataObject): IDataObject =>
	present(user, ['id', 'email', 'given_name', 'family_name', 'role', 'active', 'logged_in_at']);

export const simplifyWebhook = (webhook: IDataObject): IDataObject =>
	present(webhook, ['id', 'type', 'group_id', 'url', 'events', 'active', 'created_at']);

/** `usage` lists the connectors the agent serves ({connection_id, schema, service}): kept. */
export const simplifyHybridAgent = (agent: IDataObject): IDataObject =>
	present(agent, [
		'id',
		'display_name',
		'group_id',
		'online',
		'enabled',
		'deployment_type',
		'version',
		'registered_at',
		'last_used_at',
		'usage',
	]);
