import type { ThrownProblem } from './thrown';

/** How the last attempt failed, when not simply by an HTTP status. */
export type Problem =
	| Exclude<ThrownProblem, { kind: 'timeout' }>
	/** A timeout, with the limit that applied to the attempt. */
	| (Extract<ThrownProblem, { kind: 'timeout' }> & { afterMs: number })
	/** A 2xx that is not Fivetran's envelope. */
	| { kind: 'notFivetran'; why: string }
	| { kind: 'redirect'; toOrigin: string };

/** Why the retries ended before Max Tries. */
export type Stop =
	/** A request that is not repeatable may have reached Fivetran: it is not sent again. */
	| { reason: 'outcomeUnknown' }
	/** The caller's deadline (for example a sync wait's Timeout) passed. */
	| { reason: 'deadline' }
	/** The next wait would pass the retry budget; `retryAt` is a clock.now() value. */
	| { reason: 'budget'; waitMs: number; retryAt: number };

/** What went wrong with one request, after its last attempt. Holds no credential value. */
export interface FailedExchange {
	method: string;
	path: string;
	attempts: number;
	itemIndex?: number;
	status?: number;
	body?: unknown;
	problem?: Problem;
	stop?: Stop;
}

/** What a user reads: what happened (+ what Fivetran said), and what to do (+ the request). */
export interface Explanation {
	message: string;
	description: string;
}
