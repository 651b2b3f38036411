// What a Fivetran ID looks like (groups, connectors, destinations, services): letters, digits, `_`
// and `-`, e.g. `decent_dropsy` or a 32-character hex ID. Every ID becomes a URL path segment, so
// anything else (`.`, `..`, `/`, `%2e`, `?`, spaces...) could move the request to another endpoint:
// such values are refused before any request is sent.

import { ECHO_LIMIT } from './transport/messageParts';

export const MAX_ID_LENGTH = 100;

const ID_CHARS = `[A-Za-z0-9_-]{1,${MAX_ID_LENGTH}}`;

/** The rule as a regex source, for the resource locators' "By ID" validation (spaces around are trimmed). */
export const ID_REGEX_SOURCE = `^\\s*${ID_CHARS}\\s*$`;

const ID_PATTERN = new RegExp(`^${ID_CHARS}$`);

/** How much of a bad value an error message shows: as much as any other echoed input. */
const SHOWN_CHARS = ECHO_LIMIT;

export function isFivetranId(id: string): boolean {
	return ID_PATTERN.test(id);
}

/** Why `id` (already trimmed) is not a Fivetran ID, or undefined when it is one. */
export function idProblem(id: string): string | undefined {
	if (isFivetranId(id)) return undefined;
	if (id === '') return 'it is empty';
	if (id === '.' || id === '..') return `"${id}" is not an ID`;
	if (/[/\\?#%]/.test(id))
		return 'it contains /, \\, ?, # or %, which would change the request path';
	// eslint-disable-next-line no-control-regex
	if (/[\s\u0000-\u001f\u007f]/.test(id)) return 'it contains spaces or control characters';
	if (id.length > MAX_ID_LENGTH) return `it is longer than ${MAX_ID_LENGTH} characters`;
	return 'it may only contain letters, digits, _ and -';
}

/** A value for an error message: quoted, control characters escaped, long values cut. */
export function shownValue(value: string): string {
	const quoted = JSON.stringify(value.length > SHOWN_CHARS ? value.slice(0, SHOWN_CHARS) : value);
	return value.length > SHOWN_CHARS ? `${quoted}… (${value.length} characters)` : quoted;
}
