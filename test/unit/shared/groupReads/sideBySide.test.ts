import type { ChainEvent } from '../../../../nodes/shared/groupReads/sideBySide';
import { readSideBySide } from '../../../../nodes/shared/groupReads/sideBySide';

// The reader alone, with chains the test releases by hand: order, bounds and stopping.

interface Gate {
	open: () => void;
	opened: Promise<void>;
}
function gate(): Gate {
	let open = () => {};
	const opened = new Promise<void>((resolve) => {
		open = resolve;
	});
	return { open, opened };
}
const turn = async () => await new Promise((resolve) => setImmediate(resolve));
async function turns(count: number) {
	for (let i = 0; i < count; i += 1) await turn();
}

/** Chains of `pages` pages each; a page comes once its gate is open. Counts what runs when. */
function chains(pagesPerKey: Record<string, number>) {
	const gates = new Map<string, Gate[]>();
	const pagesRead = new Map<string, number>();
	let reading = 0;
	let peakReading = 0;
	const aborted = new Set<string>();
	for (const [key, pages] of Object.entries(pagesPerKey)) {
		gates.set(
			key,
			Array.from({ length: pages }, () => gate()),
		);
		pagesRead.set(key, 0);
	}
	async function* read(key: string, signal: AbortSignal): AsyncGenerator<string[]> {
		reading += 1;
		peakReading = Math.max(peakReading, reading);
		signal.addEventListener('abort', () => aborted.add(key));
		try {
			for (const [index, pageGate] of (gates.get(key) ?? []).entries()) {
				await pageGate.opened;
				pagesRead.set(key, index + 1);
				yield [`${key}${index + 1}`];
			}
		} finally {
			reading -= 1;
		}
	}
	const openAll = (key: string) => gates.get(key)?.forEach((g) => g.open());
	return { read, openAll, pagesRead, aborted, peak: () => peakReading };
}

async function collect<T>(events: AsyncIterable<ChainEvent<string, T>>): Promise<string[]> {
	const seen: string[] = [];
	for await (const event of events) {
		seen.push(event.kind === 'page' ? `${event.key}:${String(event.page)}` : `${event.key}:end`);
	}
	return seen;
}

describe('readSideBySide', () => {
	it("hands pages on in the keys' order, whatever order the chains finish in", async () => {
		const c = chains({ a: 2, b: 1, c: 1 });
		const done = collect(
			readSideBySide(
				['a', 'b', 'c'],
				c.read,
				{ parallel: 3, pagesAhead: 2 },
				new AbortController(),
			),
		);
		c.openAll('c');
		await turns(5);
		c.openAll('b');
		await turns(5);
		c.openAll('a');
		expect(await done).toEqual(['a:a1', 'a:a2', 'a:end', 'b:b1', 'b:end', 'c:c1', 'c:end']);
	});

	it('reads at most `parallel` chains at once and starts the next as one ends', async () => {
		const keys = ['a', 'b', 'c', 'd', 'e', 'f'];
		const c = chains(Object.fromEntries(keys.map((k) => [k, 1])));
		const done = collect(
			readSideBySide(keys, c.read, { parallel: 2, pagesAhead: 1 }, new AbortController()),
		);
		await turns(5);
		expect([...c.pagesRead.values()].filter((n) => n > 0)).toHaveLength(0);
		for (const key of keys) {
			c.openAll(key);
			await turns(5);
		}
		expect(await done).toHaveLength(12);
		expect(c.peak()).toBe(2);
	});

	it('a chain ahead of the one handed on stops after `pagesAhead` pages until its turn', async () => {
		const c = chains({ a: 1, b: 5 });
		const done = collect(
			readSideBySide(['a', 'b'], c.read, { parallel: 2, pagesAhead: 2 }, new AbortController()),
		);
		c.openAll('b');
		await turns(20);
		// b has read 2 pages and waits; a third page would be more than the reader may hold.
		expect(c.pagesRead.get('b')).toBe(2);
		c.openAll('a');
		expect(await done).toEqual(['a:a1', 'a:end', 'b:b1', 'b:b2', 'b:b3', 'b:b4', 'b:b5', 'b:end']);
	});

	it('keys from an async list are read only as chains are needed', async () => {
		const asked: string[] = [];
		async function* keys() {
			for (const key of ['a', 'b', 'c']) {
				asked.push(key);
				yield key;
			}
		}
		const c = chains({ a: 1, b: 1, c: 1 });
		const done = collect(
			readSideBySide(keys(), c.read, { parallel: 1, pagesAhead: 1 }, new AbortController()),
		);
		await turns(5);
		expect(asked).toEqual(['a']);
		['a', 'b', 'c'].forEach(c.openAll);
		expect(await done).toHaveLength(6);
	});

	it('a chain that throws ends with its error, in its turn; the others still come', async () => {
		async function* read(key: string): AsyncGenerator<string[]> {
			yield [`${key}1`];
			if (key === 'a') throw new Error('a broke');
		}
		const events: Array<ChainEvent<string, string>> = [];
		for await (const event of readSideBySide(
			['a', 'b'],
			read,
			{ parallel: 2, pagesAhead: 1 },
			new AbortController(),
		))
			events.push(event);
		expect(
			events.map((e) =>
				e.kind === 'end' ? `${e.key}:${String((e.error as Error)?.message)}` : e.key,
			),
		).toEqual(['a', 'a:a broke', 'b', 'b:undefined']);
	});

	it('stopping early aborts every chain still reading and ends the keys list', async () => {
		const c = chains({ a: 2, b: 3, c: 3 });
		let keysClosed = false;
		function* keys() {
			try {
				yield* ['a', 'b', 'c', 'd'];
			} finally {
				keysClosed = true;
			}
		}
		const stop = new AbortController();
		c.openAll('a');
		for await (const event of readSideBySide(
			keys(),
			c.read,
			{ parallel: 3, pagesAhead: 1 },
			stop,
		)) {
			if (event.kind === 'page') break;
		}
		expect(stop.signal.aborted).toBe(true);
		expect([...c.aborted].sort()).toEqual(['a', 'b', 'c']);
		expect(keysClosed).toBe(true);
	});
});
