import { clip } from './messageParts';
import type { ThrownProblem } from './types';

/**
 * What a thrown HTTP error means for a retry. n8n wraps the socket error in a NodeApiError whose
 * cause is axios' error, whose cause is Node's: the code (ECONNREFUSED, ...) sits somewhere in
 * that chain.
 */

/** The connection was never made: Fivetran cannot have seen the request. */
const NEVER_REACHED = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'EHOSTUNREACH',
	'ENETUNREACH',
]);
/** The connection was made and then lost: Fivetran may have acted on the request. */
const MAYBE_REACHED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const TIMED_OUT = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const CERTIFICATE =
	/^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|EPROTO$|HOSTNAME_MISMATCH$)/;
const CANCELLED = new Set(['ERR_CANCELED', 'ABORT_ERR']);

interface ErrorLike {
	code?: unknown;
	httpCode?: unknown;
	name?: unknown;
	message?: unknown;
	cause?: unknown;
	errorResponse?: unknown;
}

/** The error and its causes, outermost first (bounded: a cause chain could loop). */
function chainOf(error: unknown): ErrorLike[] {
	const chain: ErrorLike[] = [];
	let current: unknown = error;
	while (current && typeof current === 'object' && chain.length < 5) {
		const link = current as ErrorLike;
		chain.push(link);
		if (link.errorResponse && typeof link.errorResponse === 'object') {
			chain.push(link.errorResponse as ErrorLike);
		}
		current = link.cause;
	}
	return chain;
}

function codesOf(chain: ErrorLike[]): string[] {
	return chain
		.flatMap((link) => [link.code, link.httpCode])
		.filter(
			(code): code is string => typeof code === 'string' && /^[A-Z][A-Z0-9_]{2,}$/.test(code),
		);
}

function textOf(chain: ErrorLike[]): string {
	return chain.map((link) => (typeof link.message === 'string' ? link.message : '')).join(' | ');
}

/**
 * Classifies an error thrown by n8n's HTTP helper; undefined when it is not about the transport
 * (for example a credential n8n could not load), so the caller passes it on as it is.
 */
export function classifyThrown(error: unknown, signal?: AbortSignal): ThrownProblem | undefined {
	const chain = chainOf(error);
	const codes = codesOf(chain);
	const text = textOf(chain);
	const names = chain.map((link) => link.name);
	if (
		signal?.aborted ||
		codes.some((code) => CANCELLED.has(code)) ||
		names.includes('CanceledError') ||
		names.includes('AbortError')
	) {
		return { kind: 'cancelled' };
	}
	const timeout = codes.find((code) => TIMED_OUT.has(code));
	if (timeout) return { kind: 'timeout', code: timeout };
	// axios reports its own timeout as ECONNABORTED "timeout of N ms exceeded".
	if (codes.includes('ECONNABORTED') && /timeout/i.test(text)) {
		return { kind: 'timeout', code: 'ECONNABORTED' };
	}
	const never = codes.find((code) => NEVER_REACHED.has(code));
	if (never) return { kind: 'network', code: never, reached: 'never' };
	const maybe = codes.find((code) => MAYBE_REACHED.has(code));
	if (maybe) return { kind: 'network', code: maybe, reached: 'maybe' };
	if (/socket hang up/i.test(text))
		return { kind: 'network', code: 'ECONNRESET', reached: 'maybe' };
	const certificate = codes.find((code) => CERTIFICATE.test(code));
	if (certificate) return { kind: 'setup', code: certificate, fix: 'certificate' };
	if (codes.includes('ERR_FR_TOO_MANY_REDIRECTS')) {
		return { kind: 'setup', code: 'ERR_FR_TOO_MANY_REDIRECTS', fix: 'redirect' };
	}
	if (codes.includes('ERR_INVALID_URL') || /unsupported protocol|invalid url/i.test(text)) {
		return { kind: 'setup', code: codes[0] ?? 'ERR_INVALID_URL', fix: 'baseUrl' };
	}
	if (codes.length > 0) return { kind: 'setup', code: codes[0], fix: 'other' };
	// n8n's HTTP helper wraps every failure of the call itself in a NodeApiError: one without a
	// code is still the transport's, named by its own words. Anything else (a credential n8n could
	// not load, say) is passed on as it is.
	if (names[0] === 'NodeApiError') {
		const said = typeof chain[0].message === 'string' ? chain[0].message : '';
		return { kind: 'setup', code: clip(said) || 'no error code', fix: 'other' };
	}
	return undefined;
}
