import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';

/**
 * Every n8n context that may call Fivetran: node runs, dropdown searches, trigger polls and a
 * webhook trigger's registration.
 */
export type FivetranContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions;

export interface FivetranRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, starting with a slash, e.g. `/groups/abc`. IDs already encoded. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** Total attempts including the first; defaults to DEFAULT_MAX_TRIES. */
	maxTries?: number;
	/** Included in error messages so they name the item that failed. */
	itemIndex?: number;
	/**
	 * May the request be sent again after it may have reached Fivetran? Default: true for GET,
	 * false otherwise. Declare true only where a repeat cannot change the outcome (a PATCH that
	 * sets a state, a DELETE). Requests that are not repeatable are retried only when they provably
	 * never reached Fivetran (connection refused, DNS failure, 429).
	 */
	repeatable?: boolean;
	/** Timeout of one attempt; long operations (schema reload, setup tests) set more than the default. */
	timeoutMs?: number;
	/** clock.now() value by which the request, retries and their waits included, must have ended. */
	deadline?: number;
	/**
	 * Why a 2xx envelope is not the answer expected (e.g. a list page without an items array), or
	 * undefined. Such an answer counts as not Fivetran's: retried when the request is repeatable.
	 */
	checkAnswer?: (envelope: FivetranEnvelope) => string | undefined;
	/**
	 * Ends the request early instead of the execution's cancel signal; it must abort on that one too
	 * (side-by-side reads stop the chains still running when the listing ends).
	 */
	signal?: AbortSignal;
}

/** Fivetran wraps every answer in this envelope. */
export interface FivetranEnvelope {
	code?: string;
	message?: string;
	data?: IDataObject;
}

export interface FivetranPage {
	items: IDataObject[];
	nextCursor?: string;
}

export const DEFAULT_MAX_TRIES = 5;
export const MAX_PAGE_SIZE = 1000;

/** What a thrown HTTP error means for a retry (classified in networkErrors.ts). */
/** What to fix when a request could not even be made. */
export type SetupFix = 'baseUrl' | 'cleartext' | 'certificate' | 'redirect' | 'other';

export type ThrownProblem =
	| { kind: 'network'; code: string; reached: 'never' | 'maybe' }
	| { kind: 'timeout'; code: string }
	| { kind: 'cancelled' }
	| { kind: 'setup'; code: string; fix: SetupFix };

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
