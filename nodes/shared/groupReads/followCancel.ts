import { cancelSignalOf } from '../cancel';
import type { FivetranContext } from '../transport/types';

/**
 * A stop of one side-by-side read that also follows the execution's cancel (Stop in the editor),
 * so the transport needs only this one signal. `release` unhooks it from the execution when the
 * read is over, so many reads in one execution leave no listener behind.
 */
export function followCancel(ctx: FivetranContext): {
	controller: AbortController;
	release: () => void;
} {
	const controller = new AbortController();
	const execution = cancelSignalOf(ctx);
	const onCancel = () => controller.abort();
	if (execution?.aborted === true) controller.abort();
	execution?.addEventListener('abort', onCancel, { once: true });
	return { controller, release: () => execution?.removeEventListener('abort', onCancel) };
}
