import type { FivetranContext } from './transport/types';

/**
 * The execution's cancel signal where this n8n has one (run and dropdown contexts of n8n 1.x and
 * 2.x); polls have none. Retries, waits and in-flight requests all listen to it.
 */
export function cancelSignalOf(ctx: FivetranContext): AbortSignal | undefined {
	const withSignal = ctx as { getExecutionCancelSignal?: () => AbortSignal | undefined };
	return typeof withSignal.getExecutionCancelSignal === 'function'
		? withSignal.getExecutionCancelSignal()
		: undefined;
}
