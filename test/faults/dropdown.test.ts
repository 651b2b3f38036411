import { SEARCH_PARALLEL_GROUP_READS } from '../../nodes/shared/groupReads/parallelGroupReads';
import { listAll, must } from './direct';
import { faultSuite } from './env';

// The connector dropdown searches the whole account, not only its first page of 1000: an account
// bigger than one page group by group (GET /groups, then the groups' lists side by side).

const suite = faultSuite('dropdown', { generateConnectors: 1_500 });
/** The demo seed's groups and the 15 generated ones (1,500 connectors, 100 a group). */
const GROUPS = 18;
/** The account list's first page, GET /groups, one page per group list. */
const HEALTHY_REQUESTS = 1 + 1 + GROUPS;

/** A connector past the account list's first page, and the group it is in. */
async function connectorPastFirstPage(): Promise<{ id: string; groupId: string; total: number }> {
	const all = await listAll(suite.sandbox, '/connections');
	const groups = await listAll(suite.sandbox, '/groups');
	must(groups.length === GROUPS, `${groups.length} groups in the sandbox, expected ${GROUPS}`);
	return { id: String(all[1_400].id), groupId: String(all[1_400].group_id), total: all.length };
}

async function expectFound(id: string): Promise<void> {
	const { results } = await suite.search('searchConnectors', id);
	const found = results.map((result) => result.value);
	must(found.includes(id), `results [${found.join(', ')}] do not include ${id}`);
}

describe('Dropdown search over more than 1000 connectors', () => {
	suite.matrixCase(
		'Connector search finds a match past the first page (read group by group)',
		{ requests: HEALTHY_REQUESTS, exact: true, sleptMs: 0 },
		async () => {
			const { id, total } = await connectorPastFirstPage();
			await expectFound(id);
			return `found ${id} (item 1401 of ${total}) in ${GROUPS} group lists`;
		},
	);

	suite.matrixCase(
		'Connector search, 429 on one group list while the others run: that list is read again after Retry-After, its match found',
		{
			requests: HEALTHY_REQUESTS + 1,
			exact: true,
			sleptMs: SEARCH_PARALLEL_GROUP_READS * 2_000,
		},
		async (tools) => {
			const { id, groupId } = await connectorPastFirstPage();
			const limitedPath = `/v1/groups/${groupId}/connections`;
			suite.proxy.setRule((req) =>
				req.path === limitedPath && req.n === 1
					? {
							status: 429,
							headers: { 'Retry-After': '2' },
							body: { code: 'TooManyRequests', message: 'Too many requests' },
						}
					: undefined,
			);
			await expectFound(id);
			must(tools.sleeps.includes(2_000), `no wait of Retry-After: ${tools.sleeps.join(', ')}`);
			return `found ${id} in ${groupId} after one 429; waits ${tools.sleeps.join(', ')} ms`;
		},
	);
});
