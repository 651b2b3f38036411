import type { IN8nHttpFullResponse } from 'n8n-workflow';

import { clock } from '../clock';
import type { Answer } from './envelope';
import { transportLimits } from './limits';
import { clipPath } from './messageParts';
import type { FailedExchange, FivetranEnvelope, Stop, ThrownProblem } from './types';

const DEFAULT_RATE_LIMIT_WAIT_MS = 10_000;
const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;

/** Retry-After is either a number of seconds or an HTTP date; absent or unreadable means a default. */
export function rateLimitWaitMs(retryAfter: string | undefined): number {
	if (retryAfter === undefined || retryAfter.trim() === '') return DEFAULT_RATE_LIMIT_WAIT_MS;
	const seconds = Number(retryAfter);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(retryAfter);
	if (Number.isNaN(date)) return DEFAULT_RATE_LIMIT_WAIT_MS;
	return Math.max(0, date - clock.now());
}

/** Exponential backoff with full jitter, so parallel executions do not retry in lockstep. */
export function backoffMs(attempt: number): number {
	const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (attempt - 1));
	return Math.round(ceiling / 2 + (clock.random() * ceiling) / 2);
}

/** The time bounds of one request, fixed when its first attempt starts (clock.now() values). */
export interface Bounds {
	/** Retries and their waits end by then (transportLimits.retryBudgetMs after the start). */
	budgetEnd: number;
	/** The caller's own limit, if any. */
	deadline?: number;
}

export function boundsFrom(deadline: number | undefined): Bounds {
	return { budgetEnd: clock.now() + transportLimits.retryBudgetMs, deadline };
}

/** Why a wait of `waitMs` before the next try must not happen, or undefined when it may. */
export function stopBeforeWait(bounds: Bounds, waitMs: number): Stop | undefined {
	const wakeAt = clock.now() + waitMs;
	if (bounds.deadline !== undefined && wakeAt >= bounds.deadline) return { reason: 'deadline' };
	if (wakeAt > bounds.budgetEnd) return { reason: 'budget', waitMs, retryAt: wakeAt };
	return undefined;
}

/**
 * One attempt's timeout: the request's own (long operations set more), never past the deadline.
 * `cutByDeadline` tells that a timeout then means the deadline passed.
 */
export function attemptTimeout(
	bounds: Bounds,
	timeoutMs: number | undefined,
): { ms: number; cutByDeadline: boolean } {
	const own = timeoutMs ?? transportLimits.requestTimeoutMs;
	if (bounds.deadline === undefined) return { ms: own, cutByDeadline: false };
	const left = bounds.deadline - clock.now();
	return left < own ? { ms: left, cutByDeadline: true } : { ms: own, cutByDeadline: false };
}

/**
 * What one attempt means for the request: done, worth another try, or failed for good. `reached`
 * says whether Fivetran may have acted on it: only then is a write not sent again.
 */
export type Outcome =
	| { kind: 'ok'; envelope: FivetranEnvelope }
	| { kind: 'retry'; reached: 'never' | 'maybe'; waitMs: number; failure: FailedExchange }
	| { kind: 'fail'; failure: FailedExchange };

function retryAfterOf(response: IN8nHttpFullResponse): string | undefined {
	const header = response.headers?.['retry-after'];
	return Array.isArray(header) ? header[0] : (header as string | undefined);
}

/** Fivetran's answer to a DELETE repeated after an earlier try may have done it: already gone. */
function alreadyDeleted(path: string): FivetranEnvelope {
	return {
		code: 'Success',
		message: `Deleted: an earlier try reached Fivetran, and the retry found ${clipPath(path)} gone`,
	};
}

export function judgeAnswer(
	answer: Answer,
	response: IN8nHttpFullResponse,
	base: FailedExchange,
	earlierTryMayHaveReached: boolean,
): Outcome {
	const attempt = base.attempts;
	switch (answer.kind) {
		case 'ok':
			return { kind: 'ok', envelope: answer.envelope };
		case 'redirect':
			return {
				kind: 'fail',
				failure: {
					...base,
					status: answer.status,
					problem: { kind: 'redirect', toOrigin: answer.toOrigin },
				},
			};
		case 'notFivetran':
			return {
				kind: 'retry',
				reached: 'maybe',
				waitMs: backoffMs(attempt),
				failure: {
					...base,
					status: answer.status,
					problem: { kind: 'notFivetran', why: answer.why },
				},
			};
		case 'status': {
			const failure: FailedExchange = { ...base, status: answer.status, body: answer.body };
			if (answer.status === 404 && base.method === 'DELETE' && earlierTryMayHaveReached) {
				return { kind: 'ok', envelope: alreadyDeleted(base.path) };
			}
			// Fivetran answers 429 before doing anything, so even a write may be sent again.
			if (answer.status === 429) {
				const waitMs = rateLimitWaitMs(retryAfterOf(response));
				return { kind: 'retry', reached: 'never', waitMs, failure };
			}
			if (answer.status >= 500) {
				return { kind: 'retry', reached: 'maybe', waitMs: backoffMs(attempt), failure };
			}
			return { kind: 'fail', failure };
		}
	}
}

export function judgeThrown(
	problem: ThrownProblem,
	base: FailedExchange,
	timeoutMs: number,
): Outcome {
	const waitMs = backoffMs(base.attempts);
	switch (problem.kind) {
		case 'network':
			return { kind: 'retry', reached: problem.reached, waitMs, failure: { ...base, problem } };
		case 'timeout':
			return {
				kind: 'retry',
				reached: 'maybe',
				waitMs,
				failure: { ...base, problem: { ...problem, afterMs: timeoutMs } },
			};
		case 'cancelled':
		case 'setup':
			return { kind: 'fail', failure: { ...base, problem } };
	}
}
