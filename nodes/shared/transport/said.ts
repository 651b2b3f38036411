import type { FailedExchange } from './failure';
import { clipPath, clipWords } from './wording';

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
