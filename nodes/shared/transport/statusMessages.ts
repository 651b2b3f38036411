import type { Explanation, FailedExchange } from './failure';
import { quoteOf, requestLine, seconds, statusLabelOf } from './said';
import { describeTarget, tries } from './wording';

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
