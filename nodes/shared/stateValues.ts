// Every value Fivetran documents for the state fields this package decides on. A value outside
// these lists is passed through as Fivetran sent it and also named in `unknown_values`, so a new
// state shows up in the output instead of silently becoming null or a wrong verdict.

/** Connection `status.sync_state` (OpenAPI ConnectorStatusResponse). */
export const SYNC_STATES = ['scheduled', 'syncing', 'paused', 'rescheduled'] as const;
/** Connection `status.setup_state`. */
export const SETUP_STATES = ['incomplete', 'connected', 'broken'] as const;
/** Connection `status.update_state`. */
export const UPDATE_STATES = ['on_schedule', 'delayed'] as const;
/** Transformation project `status` (TransformationProjectDetailsResponse). */
export const PROJECT_STATUSES = ['NOT_READY', 'READY', 'ERROR'] as const;

/** One field to check: its name as shown, the value read (undefined: absent), the documented values. */
export type StateCheck = [field: string, value: unknown, known: readonly string[]];

/**
 * `field "value"` for each present value that Fivetran does not document. An absent field is not
 * unknown, only absent: it is left out, never reported.
 */
export function unknownValues(checks: readonly StateCheck[]): string[] {
	return checks
		.filter(
			([, value, known]) =>
				value !== undefined && value !== null && value !== '' && !known.includes(String(value)),
		)
		.map(([field, value]) => `${field} ${JSON.stringify(value)}`);
}

/** `{ unknown_values: [...] }` when some value is unknown, `{}` otherwise (no empty key). */
export function unknownValuesField(checks: readonly StateCheck[]): { unknown_values?: string[] } {
	const unknown = unknownValues(checks);
	return unknown.length > 0 ? { unknown_values: unknown } : {};
}
