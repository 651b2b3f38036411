import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { clock } from '../../shared/clock';
import { inputError, readChoice } from '../common/validate';
import { readInstant } from '../connector/syncTimes';

// Get Sync History's time range. Fivetran answers at most 7 days per request (start_time to
// end_time), so a longer range is read as consecutive 7-day windows, newest first.

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;
export const WINDOW_MS = 7 * DAY;
/** A bound on one item's cost: a year is 53 windows. */
export const MAX_RANGE_DAYS = 366;

export const rangeFields: INodeProperties[] = [
	{
		displayName: 'Time Range',
		name: 'historyRange',
		type: 'options',
		default: 'lastHours',
		options: [
			{ name: 'Last Hours', value: 'lastHours' },
			{ name: 'Last Days', value: 'lastDays' },
			{ name: 'Between Two Times', value: 'between' },
		],
		description: `Fivetran gives at most 7 days per request; a longer range (up to ${MAX_RANGE_DAYS} days) is read in 7-day windows, newest first`,
	},
	{
		displayName: 'Hours',
		name: 'historyHours',
		type: 'number',
		default: 24,
		displayOptions: { show: { historyRange: ['lastHours'] } },
	},
	{
		displayName: 'Days',
		name: 'historyDays',
		type: 'number',
		default: 7,
		displayOptions: { show: { historyRange: ['lastDays'] } },
	},
	{
		displayName: 'From',
		name: 'historyFrom',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-01-01T00:00:00Z',
		description: 'ISO 8601 date and time with a time zone',
		displayOptions: { show: { historyRange: ['between'] } },
	},
	{
		displayName: 'To',
		name: 'historyTo',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2026-01-08T00:00:00Z',
		description: 'ISO 8601 date and time with a time zone; empty means now',
		displayOptions: { show: { historyRange: ['between'] } },
	},
];

export interface TimeWindow {
	start: number;
	end: number;
}

function readAmount(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
	max: number,
): number {
	const value = ctx.getNodeParameter(name, itemIndex, 0) as unknown;
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "${label}" must be more than 0 and at most ${max} (got ${String(value)})`,
			`Sync history is read for up to ${MAX_RANGE_DAYS} days. Nothing was sent to Fivetran.`,
		);
	}
	return value;
}

/** The range as [start, end] in ms, checked before any request. */
export function readRange(ctx: IExecuteFunctions, itemIndex: number): TimeWindow {
	const kind = readChoice(ctx, 'historyRange', itemIndex, 'Time Range', [
		'lastHours',
		'lastDays',
		'between',
	]);
	const now = clock.now();
	if (kind === 'lastHours') {
		return {
			start: now - readAmount(ctx, itemIndex, 'historyHours', 'Hours', MAX_RANGE_DAYS * 24) * HOUR,
			end: now,
		};
	}
	if (kind === 'lastDays') {
		return {
			start: now - readAmount(ctx, itemIndex, 'historyDays', 'Days', MAX_RANGE_DAYS) * DAY,
			end: now,
		};
	}
	const from = readInstant(ctx, 'historyFrom', itemIndex, 'From');
	if (from === undefined) {
		inputError(
			ctx,
			itemIndex,
			'The parameter "From" is empty',
			'Give an ISO 8601 date and time. Nothing was sent to Fivetran.',
		);
	}
	const end = readInstant(ctx, 'historyTo', itemIndex, 'To')?.millis ?? now;
	if (end <= from.millis) {
		inputError(
			ctx,
			itemIndex,
			'The parameter "To" must be later than "From"',
			'Nothing was sent to Fivetran.',
		);
	}
	if (end - from.millis > MAX_RANGE_DAYS * DAY) {
		inputError(
			ctx,
			itemIndex,
			`The range from "From" to "To" is longer than ${MAX_RANGE_DAYS} days`,
			'Read a shorter range. Nothing was sent to Fivetran.',
		);
	}
	return { start: from.millis, end };
}

/** Consecutive windows of at most 7 days covering the range, newest first. */
export function windowsOf(range: TimeWindow): TimeWindow[] {
	const windows: TimeWindow[] = [];
	for (let end = range.end; end > range.start; end -= WINDOW_MS) {
		windows.push({ start: Math.max(range.start, end - WINDOW_MS), end });
	}
	return windows;
}
