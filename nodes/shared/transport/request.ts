import type { IDataObject, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { CREDENTIAL_TYPE } from '../access/credentialType';
import { cancelSignalOf } from '../cancel';
import { accountKey, pauseAccount, waitForAccount } from './accountGate';
import { clock, WaitCancelledError } from '../clock';
import type { AnswerCheck } from './envelope';
import { hasDataObject, readAnswer } from './envelope';
import { assertCleared, checkBaseUrl, httpOptions, signed } from './httpOptions';
import { classifyThrown } from './networkErrors';
import { asNodeError, toNodeApiError } from './nodeErrors';
import type { Bounds, Outcome } from './retryPolicy';
import {
	attemptTimeout,
	boundsFrom,
	judgeAnswer,
	judgeThrown,
	stopBeforeWait,
} from './retryPolicy';
import type {
	FailedExchange,
	FivetranContext,
	FivetranEnvelope,
	FivetranRequest,
	Stop,
} from './types';
import { DEFAULT_MAX_TRIES } from './types';

interface Exchange {
	request: FivetranRequest;
	url: string;
	baseUrl: string;
	credentials: IDataObject;
	/** What the caller needs in a 2xx beyond Fivetran's envelope. */
	checks: AnswerCheck[];
	signal?: AbortSignal;
	bounds: Bounds;
}

/** Sends once and says what the answer (or the failure) means. */
async function attemptOnce(
	this: FivetranContext,
	exchange: Exchange,
	base: FailedExchange,
	timeoutMs: number,
	earlierTryMayHaveReached: boolean,
): Promise<Outcome> {
	const { request, url, signal } = exchange;
	try {
		const options = httpOptions(request, url, timeoutMs, signal);
		const response = (await this.helpers.httpRequest(
			signed(options, exchange.credentials, exchange.baseUrl),
		)) as IN8nHttpFullResponse;
		const answer = readAnswer(request.method, url, response, exchange.checks);
		return judgeAnswer(answer, response, base, earlierTryMayHaveReached);
	} catch (thrown) {
		// Wrapped as n8n's authenticated helper did, so every failure reads the same as before.
		const error = new NodeApiError(this.getNode(), thrown as JsonObject);
		const problem = classifyThrown(error, signal);
		if (problem === undefined) throw asNodeError(this.getNode(), error, request.itemIndex);
		return judgeThrown(problem, base, timeoutMs);
	}
}

/** Why a failed attempt is the last one, or undefined when another may follow after `waitMs`. */
function stopAfter(
	exchange: Exchange,
	outcome: Extract<Outcome, { kind: 'retry' }>,
	cutByDeadline: boolean,
): Stop | 'maxTries' | undefined {
	const { request, bounds } = exchange;
	const repeatable = request.repeatable ?? request.method === 'GET';
	if (outcome.reached === 'maybe' && !repeatable) return { reason: 'outcomeUnknown' };
	if (cutByDeadline && outcome.failure.problem?.kind === 'timeout') return { reason: 'deadline' };
	const maxTries = Math.max(1, Math.floor(request.maxTries ?? DEFAULT_MAX_TRIES));
	if (outcome.failure.attempts >= maxTries) return 'maxTries';
	return stopBeforeWait(bounds, outcome.waitMs);
}

async function exchangeWithFivetran(
	this: FivetranContext,
	request: FivetranRequest,
	needsData: boolean,
): Promise<FivetranEnvelope> {
	const node = this.getNode();
	// A caller's own signal (side-by-side reads) already follows the execution's cancel.
	const signal = request.signal ?? cancelSignalOf(this);
	const fail = (failure: FailedExchange) => toNodeApiError(node, failure);
	const base = (attempts: number): FailedExchange => ({
		method: request.method,
		path: request.path,
		attempts,
		itemIndex: request.itemIndex,
	});

	assertCleared(this, request);
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const checked = checkBaseUrl(credentials.baseUrl);
	if (!checked.ok) {
		throw fail({ ...base(0), problem: { kind: 'setup', code: checked.code, fix: checked.fix } });
	}
	const baseUrl = checked.url;
	const account = accountKey(baseUrl, credentials.apiKey);
	const exchange: Exchange = {
		request,
		url: `${baseUrl}${request.path}`,
		baseUrl,
		credentials,
		checks: [
			...(needsData ? [hasDataObject] : []),
			...(request.checkAnswer ? [request.checkAnswer] : []),
		],
		signal,
		bounds: boundsFrom(request.deadline),
	};

	// Stopping reports no HTTP status: the stop, not the last answer, ended the request.
	const cancelled = (attempts: number) =>
		fail({ ...base(attempts), problem: { kind: 'cancelled' } });
	let last: FailedExchange = base(0);
	let earlierTryMayHaveReached = false;
	for (let attempt = 1; ; attempt += 1) {
		if (signal?.aborted) throw cancelled(attempt - 1);
		const timeout = attemptTimeout(exchange.bounds, request.timeoutMs);
		if (timeout.ms <= 0) throw fail({ ...last, stop: { reason: 'deadline' } });
		let held: Stop | undefined;
		try {
			held = await waitForAccount(account, exchange.bounds, signal);
		} catch (error) {
			if (error instanceof WaitCancelledError) throw cancelled(attempt - 1);
			throw asNodeError(node, error, request.itemIndex);
		}
		if (held) throw fail({ ...last, status: last.status ?? 429, stop: held });

		const outcome: Outcome = await attemptOnce.call(
			this,
			exchange,
			base(attempt),
			timeout.ms,
			earlierTryMayHaveReached,
		);
		if (outcome.kind === 'ok') return outcome.envelope;
		if (outcome.kind === 'fail') throw fail(outcome.failure);
		// Every other request of this account holds back too: Retry-After is waited out once.
		if (outcome.failure.status === 429) pauseAccount(account, outcome.waitMs);

		const stop = stopAfter(exchange, outcome, timeout.cutByDeadline);
		if (stop === 'maxTries') throw fail(outcome.failure);
		if (stop !== undefined) throw fail({ ...outcome.failure, stop });
		last = outcome.failure;
		earlierTryMayHaveReached ||= outcome.reached === 'maybe';
		try {
			await clock.sleep(outcome.waitMs, signal);
		} catch (error) {
			if (error instanceof WaitCancelledError) throw cancelled(attempt);
			throw asNodeError(node, error, request.itemIndex);
		}
	}
}

/**
 * The one place that talks to Fivetran: the guard's clearance, authentication (signed() in httpOptions.ts), base URL, JSON,
 * retries and error translation. A request is sent again only when that cannot do anything twice:
 * always after a 429 or a connection that was never made; after a 5xx, a lost connection, a
 * timeout or an answer that is not Fivetran's only when it is repeatable (GET by default). No
 * redirect is followed. Returns the whole envelope (for answers that carry only a message);
 * most callers want `fivetranApiRequest`.
 */
export async function sendFivetranRequest(
	this: FivetranContext,
	request: FivetranRequest,
): Promise<FivetranEnvelope> {
	return await exchangeWithFivetran.call(this, request, false);
}

/** The `data` object of Fivetran's answer; an answer without one is an error, never `{}`. */
export async function fivetranApiRequest(
	this: FivetranContext,
	request: FivetranRequest,
): Promise<IDataObject> {
	const envelope = await exchangeWithFivetran.call(this, request, true);
	return envelope.data as IDataObject;
}
