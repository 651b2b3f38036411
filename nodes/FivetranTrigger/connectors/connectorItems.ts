import type { IDataObject } from 'n8n-workflow';

import type { ConnectorState } from '../../shared/connector/connectorState';
import { dashboardUrl, readConnectorState, toMillis } from '../../shared/connector/connectorState';
import type { ConnectorFacts, Detection, Remembered } from './connectorFacts';
import type { ItemOptions, TriggerEvent } from '../poll/events';
import { asSample } from '../poll/sample';

/** The reduced view of a connector that transition detection works on. */
export function toFacts(connector: IDataObject): ConnectorFacts {
	const createdAt =
		typeof connector.created_at === 'string' ? toMillis(connector.created_at) : -Infinity;
	return {
		id: String(connector.id),
		createdAt,
		state: readConnectorState(connector),
	};
}

function compactState(state: ConnectorState): IDataObject {
	return {
		setup_state: state.setupState,
		sync_state: state.syncState,
		paused: state.isPaused,
		succeeded_at: state.succeededAt,
		failed_at: state.failedAt,
	};
}

function rememberedState(previous: Remembered | null): IDataObject | null {
	if (!previous) return null;
	return {
		setup_state: previous.setupState,
		paused: previous.paused,
		last_sync_at:
			previous.lastSyncEnd === null ? null : new Date(previous.lastSyncEnd).toISOString(),
	};
}

/** One output item: the event, who it concerns, before/after and a link to act on it. */
export function toEventItem(
	detection: Pick<Detection, 'event' | 'previous' | 'occurredAt'>,
	connector: IDataObject,
	options: ItemOptions,
): IDataObject {
	const state = readConnectorState(connector);
	const id = String(connector.id);
	const hasProblems = state.tasks.length > 0 || state.warnings.length > 0;
	return {
		event: detection.event,
		connector_id: id,
		connector_name: connector.schema ?? null,
		service: connector.service ?? null,
		group_id: connector.group_id ?? null,
		previous_state: rememberedState(detection.previous),
		current_state: compactState(state),
		occurred_at: detection.occurredAt ?? options.polledAt,
		failure: hasProblems ? { tasks: state.tasks, warnings: state.warnings } : null,
		dashboard_url: dashboardUrl(id),
		...(options.includeConnector ? { connector } : {}),
	};
}

/** The editor's "Fetch Test Event" when nothing matches: a real connector, clearly marked as a sample. */
export function toSampleItem(
	event: TriggerEvent,
	connector: IDataObject,
	options: ItemOptions,
): IDataObject {
	return asSample(toEventItem({ event, previous: null }, connector, options));
}
