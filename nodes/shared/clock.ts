import { sleep } from 'n8n-workflow';

/**
 * Time in one replaceable place: retries and sync waits read the clock and sleep through it,
 * so tests can run hours of waiting in milliseconds.
 */
export const clock = {
	now: (): number => Date.now(),
	sleep: async (ms: number): Promise<void> => await sleep(ms),
	random: (): number => Math.random(),
};
