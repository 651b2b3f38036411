import { sleep } from 'n8n-workflow';

/** Thrown by clock.sleep when the execution is stopped while it waits. */
export class WaitCancelledError extends Error {
	constructor() {
		super('The execution was stopped while waiting');
		this.name = 'WaitCancelledError';
	}
}

// Long waits are slept in slices so that a timer left behind by a cancelled wait ends soon too.
const SLICE_MS = 1_000;

function whenAborted(signal: AbortSignal): { promise: Promise<never>; release: () => void } {
	let release = () => {};
	const promise = new Promise<never>((_resolve, reject) => {
		const onAbort = () => reject(new WaitCancelledError());
		signal.addEventListener('abort', onAbort, { once: true });
		release = () => signal.removeEventListener('abort', onAbort);
	});
	// The caller may never await this promise (the sleep won the race): keep it from being "unhandled".
	promise.catch(() => {});
	return { promise, release };
}

/** Sleeps `ms`, or rejects with WaitCancelledError as soon as `signal` aborts. */
async function sleepUnlessCancelled(ms: number, signal?: AbortSignal): Promise<void> {
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw new WaitCancelledError();
	const aborted = whenAborted(signal);
	try {
		for (let left = ms; left > 0; left -= SLICE_MS) {
			await Promise.race([sleep(Math.min(SLICE_MS, left)), aborted.promise]);
		}
	} finally {
		aborted.release();
	}
}

/**
 * Time in one replaceable place: retries and sync waits read the clock and sleep through it,
 * so tests can run hours of waiting in milliseconds. Every sleep takes the execution's cancel
 * signal, so stopping a workflow ends a wait at once.
 */
export const clock = {
	now: (): number => Date.now(),
	sleep: async (ms: number, signal?: AbortSignal): Promise<void> =>
		await sleepUnlessCancelled(ms, signal),
	random: (): number => Math.random(),
};
