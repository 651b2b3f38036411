import { LOOPBACK_WORDS } from './httpOptions';
import { transportLimits } from './limits';
import {
	clipPath,
	describeTarget,
	howToCheck,
	quoteOf,
	requestLine,
	seconds,
	statusLabelOf,
	tries,
} from './messageParts';
import type { Explanation, FailedExchange, Problem, SetupFix, Stop } from './types';

/** The few words naming how an answer was lost, for messages that build on it. */
function lostBy(failure: FailedExchange): string {
	const problem = failure.problem;
	if (problem?.kind === 'network') return problem.code;
	if (problem?.kind === 'timeout') return `no answer within ${seconds(problem.afterMs)}`;
	if (problem?.kind === 'notFivetran') {
		return `HTTP ${failure.status} that is not Fivetran's answer: ${problem.why}`;
	}
	return `HTTP ${statusLabelOf(failure) || 'without status'}`;
}

const SETUP: Record<SetupFix, (code: string) => Explanation> = {
	baseUrl: (code) => ({
		message: `The Base URL in the Fivetran credential is not a valid http(s) address (${code})`,
		description:
			"Set it to https://api.fivetran.com/v1, or to your proxy's http(s) address ending in /v1. Nothing was sent.",
	}),
	cleartext: (code) => ({
		message: `The Base URL in the Fivetran credential starts with http:// (${code})`,
		description: `http:// would send the API key and secret in clear text to anyone on the way. Use https:// (for Fivetran: https://api.fivetran.com/v1); http:// is accepted only for a local sandbox (${LOOPBACK_WORDS}). Nothing was sent.`,
	}),
	certificate: (code) => ({
		message: `Could not make a trusted TLS connection to the Base URL (${code})`,
		description:
			"The server's certificate was refused, so the credentials were not sent. Check that the Base URL is Fivetran's (https://api.fivetran.com/v1); behind a proxy that inspects TLS, make n8n trust the proxy's certificate (NODE_EXTRA_CA_CERTS).",
	}),
	redirect: (code) => ({
		message: `The Base URL redirects instead of answering (${code})`,
		description:
			"Fivetran's API does not redirect: the Base URL in the credential is probably wrong (http instead of https, or a proxy's login page). Fix it and run again.",
	}),
	other: (code) => ({
		message: `Could not send the request to Fivetran (${code})`,
		description:
			'This is not a passing network fault, so it was not retried. Check the Base URL in the Fivetran credential and the proxy settings of this n8n.',
	}),
};

function explainProblem(failure: FailedExchange, problem: Problem): Explanation {
	const request = requestLine(failure);
	const after = tries(failure.attempts);
	switch (problem.kind) {
		case 'network':
			return {
				message:
					problem.reached === 'never'
						? `Could not reach Fivetran after ${after} (${problem.code})`
						: `The connection to Fivetran was lost after ${after} (${problem.code})`,
				description: `Check the Base URL in the Fivetran credential and that this n8n can reach it (proxy, firewall, DNS). ${request}`,
			};
		case 'timeout':
			return {
				message: `Fivetran did not answer within ${seconds(problem.afterMs)} (${after})`,
				description: `Fivetran or the network is slow right now. Run again later, or raise Max Tries under Request Options. ${request}`,
			};
		case 'notFivetran':
			return {
				message: `The answer to ${failure.method} ${clipPath(failure.path)} is not Fivetran's (HTTP ${failure.status}: ${problem.why}; ${after})`,
				description: `Something between n8n and Fivetran (a proxy, or a wrong Base URL) answered instead of the API, so nothing was taken from it. Check the Base URL in the credential. ${request}`,
			};
		case 'redirect':
			return {
				message: `The Base URL answered with a redirect (HTTP ${failure.status} to ${problem.toOrigin}), which was not followed`,
				description: `Fivetran's API does not redirect: the Base URL in the credential is probably wrong (for example http:// instead of https://, or a proxy's login page). Nothing was sent to ${problem.toOrigin}: the API key and secret stayed with the Base URL. Fix the Base URL and run again. ${request}`,
			};
		case 'setup': {
			const { message, description } = SETUP[problem.fix](problem.code);
			return { message, description: `${description} ${request}` };
		}
		case 'cancelled':
			return {
				message: 'The execution was stopped; no further request was sent to Fivetran',
				description:
					failure.method === 'GET'
						? `Nothing to fix. ${request}`
						: `If the stopped request had already reached Fivetran, the change may have been applied: ${howToCheck(failure.path)} before running again. ${request}`,
			};
	}
}

function withStop(failure: FailedExchange, stop: Stop, base: Explanation): Explanation {
	const request = requestLine(failure);
	switch (stop.reason) {
		case 'outcomeUnknown':
			return {
				message: `The change may have been applied in Fivetran, but its answer was lost (${lostBy(failure)})${quoteOf(failure)}`,
				description: `It was not sent again, so that nothing happens twice. Before running again, check whether it took effect: ${howToCheck(failure.path)}. ${request}`,
			};
		case 'deadline':
			return {
				message:
					failure.attempts === 0
						? 'The time limit ran out before the request was sent to Fivetran'
						: `The time limit ran out before Fivetran answered (${lostBy(failure)}; ${tries(failure.attempts)})`,
				description: `The operation's Timeout bounds its requests, retries included. Raise the Timeout or run again later. ${request}`,
			};
		case 'budget': {
			const budget = seconds(transportLimits.retryBudgetMs);
			const at = new Date(stop.retryAt).toISOString();
			return {
				message: base.message,
				description: `${base.description} Waiting longer would pass the retry limit of one request (${budget}): run again after ${at}.`,
			};
		}
	}
}

/** What happened (+ what Fivetran said) and what to do (+ the request), without any credential. */
export function explain(failure: FailedExchange): Explanation {
	const base = failure.problem ? explainProblem(failure, failure.problem) : explainStatus(failure);
	return failure.stop ? withStop(failure, failure.stop, base) : base;
}

/** The message for an HTTP status that ended the request. */
export function explainStatus(failure: FailedExchange): Explanation {
	const { status, attempts } = failure;
	const statusLabel = statusLabelOf(failure);
	const quote = quoteOf(failure);
	const request = requestLine(failure);
	switch (true) {
		case status === 401:
			return {
				message: `Fivetran rejected the credentials (${statusLabel})${quote}`,
				description: `Check the API key and API secret in the Fivetran credential. Regenerating a key in Fivetran invalidates the old secret. ${request}`,
			};
		case status === 403:
			return {
				message: `Fivetran denied permission (${statusLabel})${quote}`,
				description: `The key is valid but its role may not do this. Use a key whose Fivetran role allows it, or ask an account administrator. ${request}`,
			};
		case status === 404: {
			const target = describeTarget(failure.path);
			return {
				message: `Not found in Fivetran (${statusLabel})${quote}`,
				description: `${target ? `Check the ${target}: ` : ''}the ID may be mistyped, deleted, or belong to another Fivetran account than this credential. ${request}`,
			};
		}
		case status === 409:
			return {
				message: `Fivetran reported a conflict (${statusLabel})${quote}`,
				description: `The object is busy or clashes with an existing one (for example a sync is running, or the name is taken). Change the input or retry when the running work has finished. ${request}`,
			};
		case status === 400 || status === 422:
			return {
				message: `Fivetran refused the request (${statusLabel})${quote}`,
				description: `Fix the field Fivetran names above and run again. ${request}`,
			};
		case status === 429: {
			const stop = failure.stop;
			const asked =
				stop?.reason === 'budget' ? ` Fivetran asked to wait ${seconds(stop.waitMs)}.` : '';
			return {
				message: `Fivetran rate limit reached after ${tries(attempts)} (${statusLabel})${quote}`,
				description: `Fivetran limits API calls per account and hour.${asked} Space the calls out (for example a Wait node in a loop), raise Max Tries under Request Options, or run later. ${request}`,
			};
		}
		case status !== undefined && status >= 500:
			return {
				message: `Fivetran is unavailable after ${tries(attempts)} (${statusLabel})${quote}`,
				description: `The problem is on Fivetran's side. Retry later or check status.fivetran.com. ${request}`,
			};
		default:
			return {
				message: `Fivetran answered with an unexpected status (${statusLabel || 'no status'})${quote}`,
				description: `If this keeps happening, report it with the status and code above. ${request}`,
			};
	}
}
