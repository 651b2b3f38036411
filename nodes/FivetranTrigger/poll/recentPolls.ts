import { clock } from '../../shared/clock';

// What this n8n process knows about its own recent polls of each trigger: no poll starts while
// another poll of the same trigger runs, and none repeats the work of a recent poll that emitted.
//
// Why: n8n 2.x with durable poll cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED) runs each poll time
// as a scheduler task that reads the stored memory when it starts. After a restart it runs the poll
// times it missed (within N8N_SCHEDULER_MISFIRE_GRACE) late and all at once, so they start from the
// same memory; and a poll that emits has its memory committed with the execution it starts, after
// the poll has returned, so the next poll may still start from the memory before it. Either way a
// second poll would report the first one's events again. (A poll that emits nothing has its memory
// committed before n8n's task ends; if another poll started from the older memory meanwhile, it
// finds the same nothing, or changes made since, which no poll reported yet.)
//
// A skipped poll emits nothing and changes nothing, so nothing is lost: the next poll reports what
// happened since the last poll that ran. If n8n dropped what a poll emitted (it gave up waiting, or
// could not start the execution), its memory was not stored either; polls from the older memory run
// again once REPEAT_WINDOW_MS has passed and report those events then.

/** How long after a poll that emitted another poll from the same memory counts as a repeat of it. */
export const REPEAT_WINDOW_MS = 60_000;
/** A poll running longer than this is taken as abandoned (n8n 2.x gives up on one after 45 s). */
export const ABANDONED_AFTER_MS = 10 * 60_000;

export interface PollMemories {
	from: number | null;
	polledAt: number;
}

interface TriggerPolls {
	/** clock.now() when the poll now running started. */
	runningSince?: number;
	/** The last poll that emitted: the stored memory it started from (its polledAt; null: none) and its own polledAt. */
	last?: PollMemories;
	lastEndedAt?: number;
}

/** One entry per trigger that emitted within the last REPEAT_WINDOW_MS (or is polling). */
const triggers = new Map<string, TriggerPolls>();

const isRunning = (polls: TriggerPolls, now: number) =>
	polls.runningSince !== undefined && now - polls.runningSince < ABANDONED_AFTER_MS;

const endedRecently = (polls: TriggerPolls, now: number) =>
	polls.lastEndedAt !== undefined && now - polls.lastEndedAt < REPEAT_WINDOW_MS;

function forgetIdleTriggers(now: number): void {
	for (const [key, polls] of triggers) {
		if (!isRunning(polls, now) && !endedRecently(polls, now)) triggers.delete(key);
	}
}

/** The last poll started from the memory `from` too, and saved a newer one. */
const repeatsLast = (polls: TriggerPolls, from: number | null) =>
	polls.last !== undefined &&
	polls.last.from === from &&
	(from === null || from < polls.last.polledAt);

/**
 * Runs `poll` for the trigger `key` unless that would repeat a poll of this process: another poll
 * of it is running, or the last poll that emitted (returned non-null) started from the same stored
 * memory and ended less than REPEAT_WINDOW_MS ago. Returns null when it skips.
 */
export async function pollUnlessRepeat<T>(
	key: string,
	memories: PollMemories,
	poll: () => Promise<T | null>,
): Promise<T | null> {
	const startedAt = clock.now();
	forgetIdleTriggers(startedAt);
	const polls = triggers.get(key) ?? {};
	if (isRunning(polls, startedAt)) return null;
	if (endedRecently(polls, startedAt) && repeatsLast(polls, memories.from)) return null;
	polls.runningSince = startedAt;
	triggers.set(key, polls);
	try {
		const result = await poll();
		if (result !== null) {
			polls.last = memories;
			polls.lastEndedAt = clock.now();
		}
		return result;
	} finally {
		if (polls.runningSince === startedAt) delete polls.runningSince;
		if (polls.runningSince === undefined && !polls.last) triggers.delete(key);
	}
}

/** How many triggers this process keeps an entry for (its memory use). */
export function trackedTriggerCount(): number {
	return triggers.size;
}

/** Forgets every entry, as a restart of the process does (tests that play a restart call it). */
export function forgetRecentPolls(): void {
	triggers.clear();
}
