import type { IExecuteFunctions } from 'n8n-workflow';

import type { ConnectorState } from '../../shared/connector/connectorState';
import { lastSyncEndMillis } from '../../shared/connector/connectorState';
import { inputError } from '../common/validate';

// The times Sync (without waiting) hands to a later Check Sync, and how both read them back, so that
// a check made hours later in another execution answers exactly as Wait for Completion would.

/** When the connector's last sync ended, as ISO text; null when it never finished one. */
export function previousSyncEndAt(
	state: Pick<ConnectorState, 'succeededAt' | 'failedAt'>,
): string | null {
	const millis = lastSyncEndMillis(state);
	return Number.isFinite(millis) ? new Date(millis).toISOString() : null;
}

/**
 * From the request to the end Fivetran recorded. The two clocks may differ slightly, hence the floor
 * at 0.
 */
export function syncDurationSeconds(
	requestedAt: number,
	after: Pick<ConnectorState, 'succeededAt' | 'failedAt'>,
): number {
	return Math.max(0, Math.round((lastSyncEndMillis(after) - requestedAt) / 1000));
}

// Date and time with a zone: without one, "00:00" would mean the n8n server's local time.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Expressions may give text, a Date or a Luxon DateTime (whose text is ISO). */
function asText(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
	return String(value).trim();
}

export interface Instant {
	millis: number;
	/** As the parameter gave it (trimmed), so it can be handed on unchanged. */
	text: string;
}

/**
 * An optional date parameter; undefined when empty. Refused (naming the parameter, before any
 * request) unless it is an ISO 8601 date and time with a time zone.
 */
export function readInstant(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): Instant | undefined {
	const text = asText(ctx.getNodeParameter(name, itemIndex, '') as unknown);
	if (text === '') return undefined;
	const millis = ISO_INSTANT.test(text) ? Date.parse(text) : NaN;
	if (Number.isNaN(millis)) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" is not a date and time with a time zone (got "${text.slice(0, 40)}")`,
			'Use ISO 8601 such as 2026-01-01T02:00:00.000Z, as Sync outputs it. Nothing was sent to Fivetran.',
		);
	}
	return { millis, text };
}

/** Like readInstant, but empty is refused too. */
export function requireInstant(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): Instant {
	const instant = readInstant(ctx, name, itemIndex, label);
	if (instant === undefined) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" is empty`,
			'Map the matching field of the Sync output (Wait for Completion off), such as {{ $json.sync_requested_at }}. Nothing was sent to Fivetran.',
		);
	}
	return instant;
}
