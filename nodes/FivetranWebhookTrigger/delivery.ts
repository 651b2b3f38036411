import type { IDataObject } from 'n8n-workflow';

import { dashboardUrl } from '../shared/connector/connectorState';
import { TEST_CONNECTOR_PREFIX, WEBHOOK_EVENTS } from '../shared/webhook/events';
import type { Filters, SyncOutcome } from './settings';

// What one delivery is about, and the item a workflow gets for it.

const text = (value: unknown): string | null =>
	typeof value === 'string' && value !== '' ? value : null;

function dataOf(payload: IDataObject): IDataObject {
	const data = payload.data;
	return data !== null && typeof data === 'object' && !Array.isArray(data)
		? (data as IDataObject)
		: {};
}

/** Fivetran's sync_end statuses, in the words of the Sync Outcome filter. */
export function syncOutcomeOf(status: string | null): SyncOutcome | null {
	if (status === null) return null;
	const upper = status.toUpperCase();
	if (upper === 'SUCCESSFUL') return 'succeeded';
	if (upper.startsWith('FAILURE')) return 'failed';
	if (upper === 'RESCHEDULED') return 'rescheduled';
	return null;
}

/** Fivetran tests a webhook with a made-up connector (`_connection_1`); real IDs never start so. */
export function isTestDelivery(payload: IDataObject): boolean {
	const connectorId = text(payload.connector_id);
	return payload.event === 'test' || (connectorId?.startsWith(TEST_CONNECTOR_PREFIX) ?? false);
}

/** Why the filters leave this delivery out, or undefined when it starts the workflow. */
export function filteredOutBecause(payload: IDataObject, filters: Filters): string | undefined {
	const connectorId = text(payload.connector_id);
	if (filters.connectorIds.length > 0 && !filters.connectorIds.includes(connectorId ?? '')) {
		return 'connector not in "Only These Connectors"';
	}
	if (payload.event === 'sync_end' && filters.syncOutcomes.length > 0) {
		const outcome = syncOutcomeOf(text(dataOf(payload).status));
		if (outcome === null || !filters.syncOutcomes.includes(outcome)) {
			return 'sync outcome not in "Only Sync Outcomes"';
		}
	}
	return undefined;
}

const eventLabel = (event: string | null): string | null =>
	String(WEBHOOK_EVENTS.find((option) => option.value === event)?.name ?? event ?? '') || null;

/** The fields people act on first, the raw payload last. */
export function toDeliveryItem(payload: IDataObject, receivedAt: string): IDataObject {
	const data = dataOf(payload);
	const event = text(payload.event);
	const connectorId = text(payload.connector_id);
	const status = text(data.status);
	const test = isTestDelivery(payload);
	return {
		event,
		event_label: eventLabel(event),
		connector_id: connectorId,
		connector_name: text(payload.connector_name),
		service: text(payload.connector_type),
		group_id: text(payload.destination_group_id) ?? text(payload.group_id),
		sync_id: text(payload.sync_id),
		status,
		sync_outcome: event === 'sync_end' ? syncOutcomeOf(status) : null,
		failure_reason: text(data.reason) ?? text(data.error) ?? null,
		event_time: text(payload.created),
		received_at: receivedAt,
		dashboard_url: connectorId !== null && !test ? dashboardUrl(connectorId) : null,
		test_event: test,
		payload,
	};
}
