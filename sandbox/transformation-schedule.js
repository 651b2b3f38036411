'use strict';
// Checks a TransformationSchedule (Fivetran's OpenAPI) and answers 400 naming the field.
const { invalid } = require('./envelope');
const v = require('./validate');

const SCHEDULE_TYPES = ['INTEGRATED', 'TIME_OF_DAY', 'INTERVAL', 'CRON'];
const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const FIELDS = ['schedule_type', 'time_of_day', 'interval', 'cron', 'days_of_week', 'connection_ids', 'transformation_ids', 'smart_syncing'];
const TIME_OF_DAY = /^([01]\d|2[0-3]):(00|30)$/;
const CRON = /^\S+( \S+){4}$/; // five fields: minute hour day-of-month month day-of-week

function stringList(schedule, name, { unique = false, allowed } = {}) {
	const list = schedule[name];
	if (list === undefined) return;
	if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && x)) {
		throw invalid(`Field 'schedule.${name}' must be an array of strings`);
	}
	if (unique && new Set(list).size !== list.length) throw invalid(`Field 'schedule.${name}' must not repeat values`);
	const bad = allowed && list.find((x) => !allowed.includes(x));
	if (bad) throw invalid(`Invalid value '${bad}' in 'schedule.${name}'. Allowed: ${allowed.join(', ')}`);
}

// Returns a clean copy; the type decides which of time_of_day / interval / cron is required.
function readSchedule(schedule) {
	if (!v.isObject(schedule)) throw invalid("Field 'schedule' must be an object");
	for (const key of Object.keys(schedule)) if (!FIELDS.includes(key)) throw invalid(`Unknown field 'schedule.${key}'`);
	const type = schedule.schedule_type;
	if (type === undefined || type === null || type === '') throw invalid("Field 'schedule.schedule_type' is required");
	if (!SCHEDULE_TYPES.includes(type)) throw invalid(`Invalid value '${type}' for field 'schedule.schedule_type'. Allowed: ${SCHEDULE_TYPES.join(', ')}`);
	if (schedule.time_of_day !== undefined && !TIME_OF_DAY.test(String(schedule.time_of_day))) {
		throw invalid("Field 'schedule.time_of_day' must be a full or half hour, 'HH:00' or 'HH:30' (00:00 to 23:30)");
	}
	if (schedule.interval !== undefined && !(Number.isInteger(schedule.interval) && schedule.interval > 0)) {
		throw invalid("Field 'schedule.interval' must be a positive integer (minutes)");
	}
	stringList(schedule, 'cron');
	const badCron = (schedule.cron || []).find((c) => !CRON.test(c.trim()));
	if (badCron) throw invalid(`Invalid cron expression '${badCron}' in 'schedule.cron': expected five fields`);
	stringList(schedule, 'days_of_week', { unique: true, allowed: DAYS });
	stringList(schedule, 'connection_ids', { unique: true });
	stringList(schedule, 'transformation_ids', { unique: true });
	if (schedule.smart_syncing !== undefined && typeof schedule.smart_syncing !== 'boolean') {
		throw invalid("Field 'schedule.smart_syncing' must be a boolean");
	}
	if (type === 'TIME_OF_DAY' && schedule.time_of_day === undefined) throw invalid("Field 'schedule.time_of_day' is required for schedule_type TIME_OF_DAY");
	if (type === 'INTERVAL' && schedule.interval === undefined) throw invalid("Field 'schedule.interval' is required for schedule_type INTERVAL");
	if (type === 'CRON' && !(schedule.cron && schedule.cron.length)) throw invalid("Field 'schedule.cron' must hold at least one expression for schedule_type CRON");
	return structuredClone(schedule);
}

module.exports = { readSchedule, SCHEDULE_TYPES, DAYS };
