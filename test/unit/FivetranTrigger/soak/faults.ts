import type { IDataObject } from 'n8n-workflow';

// The faults a soak poll may meet, as fault-proxy rules (test/faults/proxy.js). Each rule sees
// every request of one poll and its index in that poll.

export interface ProxyRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	n: number;
}

export type ProxyAction =
	| string
	| { status: number; body?: unknown; headers?: IDataObject }
	| undefined;

export interface FaultRule {
	kind: string;
	/** What to answer; `fired()` is called whenever the rule does something. */
	answer: (req: ProxyRequest, index: number, fired: () => void) => ProxyAction;
}

const envelope = (code: string, message: string) => ({ code, message });

const everyRequest = (kind: string, action: ProxyAction): FaultRule => ({
	kind,
	answer: (_req, _index, fired) => {
		fired();
		return action;
	},
});

const firstRequest = (kind: string, action: ProxyAction): FaultRule => ({
	kind,
	answer: (_req, index, fired) => {
		if (index !== 0) return undefined;
		fired();
		return action;
	},
});

const secondPage = (kind: string, action: ProxyAction): FaultRule => ({
	kind,
	answer: (req, _index, fired) => {
		if (!req.query.cursor) return undefined;
		fired();
		return action;
	},
});

const ODD = ['oddEmpty', 'oddNoItems', 'oddDataNull', 'oddCode'];

/** Faults for any poll: rate limits and server errors beyond retries or once, odd 200 answers. */
export const COMMON_FAULTS: FaultRule[] = [
	everyRequest('429 beyond retries', {
		status: 429,
		headers: { 'Retry-After': '1' },
		body: envelope('TooManyRequests', 'Too many requests'),
	}),
	everyRequest('503 beyond retries', {
		status: 503,
		body: envelope('ServiceUnavailable', 'Down for maintenance'),
	}),
	firstRequest('502 once', { status: 502, body: '<html>502 Bad Gateway</html>' }),
	...ODD.map((odd) => firstRequest(`${odd} once`, odd)),
	...ODD.map((odd) => everyRequest(`${odd} always`, odd)),
];

/** Faults for polls that read the account list (two pages in the soak). */
export const LIST_FAULTS: FaultRule[] = ODD.map((odd) => secondPage(`${odd} on page 2`, odd));

/** A 404 for one chosen connector's GET, once (the connector still exists). */
export function transientNotFound(id: string): FaultRule {
	return {
		kind: 'transient 404',
		answer: (req, _index, fired) => {
			if (req.method !== 'GET' || req.path !== `/v1/connections/${id}`) return undefined;
			fired();
			return {
				status: 404,
				body: envelope('NotFound_Connection', `Connection with id '${id}' doesn't exist`),
			};
		},
	};
}

/** Before page 2 is served, `shift()` deletes a connector on page 1, so one connector slips past. */
export function shiftBetweenPages(shift: () => void): FaultRule {
	let done = false;
	return {
		kind: 'connector shifted between pages',
		answer: (req, _index, fired) => {
			if (done || !req.query.cursor) return undefined;
			done = true;
			shift();
			fired();
			return undefined;
		},
	};
}
