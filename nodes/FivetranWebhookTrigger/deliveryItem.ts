import type { IDataObject } from 'n8n-workflow';

import { dashboardUrl } from '../shared/connector/connectorState';
import { readRenamed } from '../shared/renamedFields';
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

/** A sync_end whose status is none of the spellings below: passed on, never dropped or nulled. */
export type DeliveryOutcome = SyncOutcome | 'unknown';

/**
 * The sync_end statuses seen from Fivetran, upper-cased: SUCCESSFUL and FAILURE / FAILURE_WITH_TASK
 * in its docs, FAILED and lower-case spellings in payloads captured elsewhere.
 */
const OUTCOME_OF_STATUS = new Map<string, SyncOutcome>([
	['SUCCESSFUL', 'succeeded'],
	['SUCCESS', 'succeeded'],
	['SUCCEEDED', 'succeeded'],
	['FAILURE', 'failed'],
	['FAILURE_WITH_TASK', 'failed'],
	['FAILED', 'failed'],
	['RESCHEDULED', 'rescheduled'],
]);

/** Fivetran's sync_end status in the words of the Sync Outcome filter; 'unknown' for any other. */
export function syncOutcomeOf(status: string | null): DeliveryOutcome {
	if (status === null) return 'unknown';
	const upper = status.trim().toUpperCase();
	// Any FAILURE_… variant Fivetran adds is still a failure.
	if (upper.startsWith('FAILURE')) return 'failed';
	return OUTCOME_OF_STATUS.get(upper) ?? 'unknown';
}

/** A sync_end's status: `data.status`, or a top-level `status` as some payloads carry it. */
function syncStatusOf(payload: IDataObject): string | null {
	return text(dataOf(payload).status) ?? text(payload.status);
}

/** Fivetran tests a webhook with a made-up connector (`_connection_1`); real IDs never start so. */
export function isTestDelivery(payload: IDataObject): boolean {
	const connectorId = readRenamed(payload, 'connectorId');
	return payload.event === 'test' || (connectorId?.startsWith(TEST_CONNECTOR_PREFIX) ?? false);
}

/**
 * Why the filters leave this delivery out, or undefined when it starts the workflow. A sync_end
 * whose status this node does not know passes "Only Sync Outcomes": better a run to look at than a
 * failure nobody hears of.
 */
export function filteredOutBecause(payload: IDataObject, filters: Filters): string | undefined {
	const connectorId = readRenamed(payload, 'connectorId');
	if (filters.connectorIds.length > 0 && !filters.connectorIds.includes(connectorId ?? '')) {
		return 'connector not in "Only These Connectors"';
	}
	if (payload.event === 'sync_end' && filters.syncOutcomes.length > 0) {
		const outcome = syncOutcomeOf(syncStatusOf(payload));
		if (outcome !== 'unknown' && !filters.syncOutcomes.includes(outcome)) {
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
	const connectorId = readRenamed(payload, 'connectorId');
	const isSyncEnd = event === 'sync_end';
	const status = isSyncEnd ? syncStatusOf(payload) : text(data.status);
	const outcome = isSyncEnd ? syncOutcomeOf(status) : null;
	const test = isTestDelivery(payload);
	return {
		event,
		event_label: eventLabel(event),
		connector_id: connectorId,
		connector_name: readRenamed(payload, 'connectorName'),
		service: readRenamed(payload, 'connectorType'),
		group_id: readRenamed(payload, 'groupId'),
		sync_id: text(payload.sync_id),
		status,
		sync_outcome: outcome,
		// The status as sent, named, when it is not one this node knows (or is missing).
		...(outcome === 'unknown' ? { unknown_values: [`data.status ${JSON.stringify(status)}`] } : {}),
		failure_reason: text(data.reason) ?? text(data.error) ?? null,
		event_time: text(payload.created),
		received_at: receivedAt,
		dashboard_url: connectorId !== null && !test ? dashboardUrl(connectorId) : null,
		test_event: test,
		payload,
	};
}
