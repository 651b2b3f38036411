import type { IDataObject } from 'n8n-workflow';

import type { RunNodeResult } from '../../harness';

// Shared by the writesOnce tests of each resource.

/** A lost answer: Fivetran may have applied the write, then a gateway answered 502 in its place. */
export const LOST = [502, '<html>Bad Gateway</html>'] as const;

/** What the transport's error says about a write whose answer was lost. */
export const MAY_HAVE_APPLIED = /may have been applied/i;

/** The run output exactly the one object a look-up found, marked as recovered. */
export function expectRecovered(result: RunNodeResult, object: IDataObject): void {
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json)).toEqual([
		{ ...object, recovered_after_lost_answer: true },
	]);
}
