import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idProblem, shownValue } from '../../shared/ids';
import { inputError, readChoice } from '../common/validate';

// Update Schedule's fields, after TransformationSchedule in Fivetran's OpenAPI document, and the
// checks that turn them into `schedule` before anything is sent.

const SCHEDULE_TYPES = ['INTEGRATED', 'TIME_OF_DAY', 'INTERVAL', 'CRON'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
/** 00:00, 00:30 ... 23:30: the only times of day Fivetran accepts. */
const TIMES_OF_DAY = Array.from({ length: 48 }, (_, half) => {
	const hour = String(Math.floor(half / 2)).padStart(2, '0');
	return `${hour}:${half % 2 === 0 ? '00' : '30'}`;
});
const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
const CRON_FIELDS = 5;

const showFor = (...types: string[]) => ({ show: { scheduleType: types } });
const upperFirst = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

export const scheduleFields: INodeProperties[] = [
	{
		displayName: 'Schedule Type',
		name: 'scheduleType',
		type: 'options',
		required: true,
		options: [
			{
				name: 'Cron',
				value: 'CRON',
				description: 'Run at the times of one or more cron expressions',
			},
			{
				name: 'Integrated',
				value: 'INTEGRATED',
				description: 'Run after the syncs of the connectors the transformation depends on',
			},
			{ name: 'Interval', value: 'INTERVAL', description: 'Run every given number of minutes' },
			{ name: 'Time of Day', value: 'TIME_OF_DAY', description: 'Run once a day at a set time' },
		],
		default: 'INTEGRATED',
	},
	{
		displayName: 'Time of Day',
		name: 'timeOfDay',
		type: 'options',
		options: TIMES_OF_DAY.map((time) => ({ name: time, value: time })),
		default: '00:00',
		description: 'When the run starts (UTC); Fivetran accepts full and half hours only',
		displayOptions: showFor('TIME_OF_DAY'),
	},
	{
		displayName: 'Interval (Minutes)',
		name: 'interval',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: MAX_INTERVAL_MINUTES },
		default: 60,
		description: 'Minutes between the starts of two runs',
		displayOptions: showFor('INTERVAL'),
	},
	{
		displayName: 'Cron Expressions',
		name: 'cron',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		placeholder: '0 */6 * * *',
		description: 'One cron expression per line (minute hour day month weekday)',
		displayOptions: showFor('CRON'),
	},
	{
		displayName: 'Days of Week',
		name: 'daysOfWeek',
		type: 'multiOptions',
		options: DAYS.map((day) => ({ name: upperFirst(day), value: day })),
		default: [],
		description: 'The days it runs on; none means every day',
		displayOptions: showFor('TIME_OF_DAY', 'INTERVAL'),
	},
];

function fail(ctx: IExecuteFunctions, itemIndex: number, message: string, fix: string): never {
	return inputError(ctx, itemIndex, message, `${fix} Nothing was sent to Fivetran.`);
}

/**
 * Entries of a text parameter split by `separator`, trimmed, blanks dropped; the first entry that
 * fails `isValid` is refused naming the parameter.
 */
function readEntries(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	entry: {
		label: string;
		separator: string;
		isValid: (value: string) => boolean;
		what: string;
		fix: string;
	},
): string[] {
	const values = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split(entry.separator))
		.map((value) => value.trim())
		.filter(Boolean);
	const bad = values.find((value) => !entry.isValid(value));
	if (bad !== undefined) {
		fail(
			ctx,
			itemIndex,
			`The parameter "${entry.label}" has ${entry.what}: ${shownValue(bad)}`,
			entry.fix,
		);
	}
	return values;
}

function readCron(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const lines = readEntries(ctx, itemIndex, ctx.getNodeParameter('cron', itemIndex, ''), {
		label: 'Cron Expressions',
		separator: '\n',
		isValid: (line) => line.split(/\s+/).length === CRON_FIELDS,
		what: 'a line that is not a cron expression',
		fix: 'Each line needs five fields: minute hour day-of-month month day-of-week, e.g. "0 */6 * * *".',
	});
	if (lines.length === 0)
		fail(ctx, itemIndex, 'The parameter "Cron Expressions" is empty', 'Enter at least one line.');
	return lines;
}

function readDays(ctx: IExecuteFunctions, itemIndex: number): string[] {
	const days = ctx.getNodeParameter('daysOfWeek', itemIndex, []) as unknown;
	const list = Array.isArray(days) ? days.map(String) : [];
	const unknown = list.filter((day) => !DAYS.includes(day));
	if (!Array.isArray(days) || unknown.length > 0) {
		fail(
			ctx,
			itemIndex,
			`The parameter "Days of Week" has values that are not days: ${unknown.join(', ') || String(days)}`,
			`Use ${DAYS.join(', ')}.`,
		);
	}
	return [...new Set(list)];
}

function readTypeFields(ctx: IExecuteFunctions, itemIndex: number, type: string): IDataObject {
	if (type === 'TIME_OF_DAY') {
		const time = String(ctx.getNodeParameter('timeOfDay', itemIndex, '') ?? '').trim();
		if (!TIMES_OF_DAY.includes(time)) {
			fail(
				ctx,
				itemIndex,
				`The parameter "Time of Day" must be a full or half hour from 00:00 to 23:30 (got ${shownValue(time)})`,
				'Fivetran starts transformations at HH:00 or HH:30 only.',
			);
		}
		return { time_of_day: time, days_of_week: readDays(ctx, itemIndex) };
	}
	if (type === 'INTERVAL') {
		const minutes = ctx.getNodeParameter('interval', itemIndex, 60) as number;
		if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_INTERVAL_MINUTES) {
			fail(
				ctx,
				itemIndex,
				`The parameter "Interval" must be a whole number of minutes from 1 to ${MAX_INTERVAL_MINUTES} (got ${String(minutes)})`,
				'Enter the minutes between two runs.',
			);
		}
		return { interval: minutes, days_of_week: readDays(ctx, itemIndex) };
	}
	if (type === 'CRON') return { cron: readCron(ctx, itemIndex) };
	return {};
}

/** The `schedule` object of PATCH /transformations/{id}, or an input error naming the parameter. */
export function readSchedule(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const type = readChoice(ctx, 'scheduleType', itemIndex, 'Schedule Type', SCHEDULE_TYPES);
	return { schedule_type: type, ...readTypeFields(ctx, itemIndex, type) };
}

/** IDs a person typed, comma separated; each must be a Fivetran ID. */
export function readIdList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
): string[] {
	return readEntries(ctx, itemIndex, raw, {
		label,
		separator: ',',
		isValid: (id) => idProblem(id) === undefined,
		what: 'a value that is not a Fivetran ID',
		fix: 'Separate IDs with commas.',
	});
}
