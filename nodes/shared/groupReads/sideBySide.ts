/**
 * What the reader hands on, in the keys' order: each page of a key's chain, then how the chain
 * ended (`error` undefined: it read to its end).
 */
export type ChainEvent<K, T> =
	| { kind: 'page'; key: K; page: T[] }
	| { kind: 'end'; key: K; error?: unknown };

export interface SideBySideLimits {
	/** Keys started and not yet handed on, so also chains reading at once (1: one after another). */
	parallel: number;
	/** Pages a chain reads ahead of the one being handed on, before it waits. */
	pagesAhead: number;
}

/** One key's chain: the pages read and not yet handed on, and how it ended. */
class Chain<K, T> {
	readonly pages: T[][] = [];
	ended = false;
	error: unknown;
	private wakeReader: (() => void) | undefined;

	constructor(
		readonly key: K,
		private readonly changed: () => void,
	) {}

	push(page: T[]): void {
		this.pages.push(page);
		this.changed();
	}

	end(error?: unknown): void {
		this.ended = true;
		this.error = error;
		this.changed();
	}

	/** Resolves once a page was handed on (or the run stopped), so the chain may read further. */
	async room(signal: AbortSignal, pagesAhead: number): Promise<void> {
		while (this.pages.length >= pagesAhead && !signal.aborted) {
			await new Promise<void>((resolve) => {
				this.wakeReader = resolve;
			});
		}
	}

	/** Lets the chain's reader go on: a page was taken, or the run stopped. */
	release(): void {
		const wake = this.wakeReader;
		this.wakeReader = undefined;
		wake?.();
	}

	take(): T[] | undefined {
		const page = this.pages.shift();
		this.release();
		return page;
	}
}

/**
 * Reads the chains of several keys side by side and hands their pages on in the keys' order: at
 * most `parallel` keys are started and not yet handed on (a window sliding along the keys), each
 * chain at most `pagesAhead` pages ahead, so memory holds at most `parallel` × `pagesAhead` pages,
 * never the whole list. Keys may come from a paged list themselves (read as they are needed).
 * When the caller stops early (or one key's list throws), `signal` aborts every chain still reading.
 */
export async function* readSideBySide<K, T>(
	keys: AsyncIterable<K> | Iterable<K>,
	readChain: (key: K, signal: AbortSignal) => AsyncIterable<T[]>,
	limits: SideBySideLimits,
	stop: AbortController,
): AsyncGenerator<ChainEvent<K, T>> {
	const keyIterator =
		Symbol.asyncIterator in keys
			? (keys as AsyncIterable<K>)[Symbol.asyncIterator]()
			: (keys as Iterable<K>)[Symbol.iterator]();
	const started: Array<Chain<K, T>> = [];
	let keysEnded = false;
	let wakeConsumer: (() => void) | undefined;
	const changed = () => {
		const wake = wakeConsumer;
		wakeConsumer = undefined;
		wake?.();
	};

	const pump = async (chain: Chain<K, T>) => {
		try {
			for await (const page of readChain(chain.key, stop.signal)) {
				chain.push(page);
				await chain.room(stop.signal, limits.pagesAhead);
				if (stop.signal.aborted) break;
			}
			chain.end();
		} catch (error) {
			chain.end(error);
		}
	};

	const startMore = async () => {
		while (!keysEnded && started.length < limits.parallel) {
			const next = await keyIterator.next();
			if (next.done === true) {
				keysEnded = true;
				return;
			}
			const chain = new Chain<K, T>(next.value, changed);
			started.push(chain);
			void pump(chain);
		}
	};

	try {
		await startMore();
		while (started.length > 0) {
			const head = started[0];
			const page = head.take();
			if (page !== undefined) {
				yield { kind: 'page', key: head.key, page };
			} else if (head.ended) {
				started.shift();
				yield { kind: 'end', key: head.key, error: head.error };
			} else {
				await new Promise<void>((resolve) => {
					wakeConsumer = resolve;
				});
			}
			await startMore();
		}
	} finally {
		stop.abort();
		for (const chain of started) chain.release();
		await keyIterator.return?.();
	}
}
