import type { IN8nHttpFullResponse } from 'n8n-workflow';

import type { Answer } from './answer';
import type { FailedExchange } from './failure';
import { backoffMs, rateLimitWaitMs } from './retry';
import type { ThrownProblem } from './thrown';
import { clipPath } from './wording';
import type { FivetranEnvelope } from './types';

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
