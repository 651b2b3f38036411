import type { FailedExchange } from './types';

/** What Fivetran said in an error body, and the pieces of a message built from it (all clipped). */
export function fivetranSaid(body: unknown): { code?: string; message?: string } {
	if (body && typeof body === 'object') {
		const { code, message } = body as { code?: unknown; message?: unknown };
		return {
			code: typeof code === 'string' ? clipWords(code) : undefined,
			message: typeof message === 'string' ? clipWords(message) : undefined,
		};
	}
	return {};
}

/** `45 s`, or `300 ms` for the short limits tests set. */
export const seconds = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.ceil(ms / 1000)} s`);
export const requestLine = (failure: FailedExchange) =>
	`Request: ${failure.method} ${clipPath(failure.path)}.`;

export function statusLabelOf(failure: FailedExchange): string {
	const said = fivetranSaid(failure.body);
	return `${failure.status ?? ''}${said.code ? ` ${said.code}` : ''}`.trim();
}

export function quoteOf(failure: FailedExchange): string {
	const said = fivetranSaid(failure.body);
	return said.message ? `: ${said.message}` : '';
}

/** Small pieces of error wording shared by the transport's messages. */

/** Input echoed in a message (IDs, names, paths) is cut to about this many characters. */
export const ECHO_LIMIT = 64;

/** `abc…` when longer than `max`: a 20,000-character ID must not fill the error panel. */
export function clip(text: string, max = ECHO_LIMIT): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Cuts each over-long word (an echoed ID, a token) while keeping the sentence around it. */
export function clipWords(text: string): string {
	return text.replace(/\S{65,}/g, (word) => clip(word));
}

/** A request path with each over-long segment cut (and no query string). */
export function clipPath(path: string): string {
	return path
		.split('?')[0]
		.split('/')
		.map((segment) => clip(segment))
		.join('/');
}

export function tries(count: number): string {
	return count === 1 ? '1 try' : `${count} tries`;
}

function decoded(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}

/** Path segment -> what the ID after it names; one entry for every collection the package calls. */
const NOUNS: Record<string, string> = {
	groups: 'group',
	// `/webhooks/group/{groupId}`: the group a webhook is created for.
	group: 'group',
	connections: 'connector',
	connectors: 'connector',
	destinations: 'destination',
	users: 'user',
	webhooks: 'webhook',
	teams: 'team',
	transformations: 'transformation',
	'transformation-projects': 'transformation project',
	'hybrid-deployment-agents': 'hybrid deployment agent',
};

/** `/connections/abc/schemas` -> `connector "abc"`: the ID a 404 is most likely about. */
export function describeTarget(path: string): string | undefined {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	for (let i = segments.length - 2; i >= 0; i -= 1) {
		const noun = NOUNS[segments[i]];
		if (noun) return `${noun} "${clip(decoded(segments[i + 1]))}"`;
	}
	return undefined;
}

/** Where a user can see whether a write whose answer was lost took effect. */
export function howToCheck(path: string): string {
	const segments = path.split('?')[0].split('/').filter(Boolean);
	const target = describeTarget(path);
	const [collection] = segments;
	if (segments.length === 1 && collection === 'groups') {
		return 'list the groups (Group > Get Many) or look in the Fivetran dashboard';
	}
	if (segments.length === 1 && collection === 'connections') {
		return 'list the connectors of the group (Group > Get Connectors) or look in the Fivetran dashboard';
	}
	if (segments.length === 1 && collection === 'destinations') {
		return "get the group's destination (Destination > Get) or look in the Fivetran dashboard";
	}
	if (target && collection === 'connections') {
		return `read the ${target} (Connector > Get: its sync state and setup tests) or look in the Fivetran dashboard`;
	}
	if (target) return `read the ${target} again or look in the Fivetran dashboard`;
	return 'look in the Fivetran dashboard';
}
