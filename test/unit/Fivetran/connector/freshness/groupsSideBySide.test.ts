import nock from 'nock';

import { fivetran, rl, runFivetran, success } from '../../../fixtures';

// The freshness reads (readConnectorsOfGroups) go through the side-by-side reader: at most
// FRESHNESS_PARALLEL_GROUP_READS (4) group lists at once, one request per group, as before.

it('Check Fresh Data over 6 groups reads up to 4 group lists at once, each once', async () => {
	const groups = ['g1', 'g2', 'g3', 'g4', 'g5', 'g6'];
	let inFlight = 0;
	let peak = 0;
	for (const group of groups) {
		fivetran()
			.get(`/v1/groups/${group}/connections`)
			.query({ limit: '1000' })
			.reply(async () => {
				inFlight += 1;
				peak = Math.max(peak, inFlight);
				await new Promise((resolve) => setTimeout(resolve, 5));
				inFlight -= 1;
				return [200, success({ items: [] })];
			});
	}

	const { error } = await runFivetran({
		resource: 'connector',
		operation: 'checkFreshData',
		freshScope: 'groups',
		freshGroups: { group: groups.map((id) => ({ groupId: rl(id) })) },
		freshRule: 'after',
		freshAfter: '',
		onPausedOrBroken: 'skip',
	});

	expect(error).toBeUndefined();
	expect(peak).toBe(4);
	expect(nock.isDone()).toBe(true);
});

it('Whole Account: a group ID from GET /groups that is not a Fivetran ID stops the check before its list is read', async () => {
	fivetran()
		.get('/v1/groups')
		.query({ limit: '1000' })
		.reply(200, success({ items: [{ id: 'g1' }, { id: '..' }] }));

	const { error } = await runFivetran({
		resource: 'connector',
		operation: 'checkFreshData',
		freshScope: 'account',
		freshRule: 'after',
		freshAfter: '',
		onPausedOrBroken: 'skip',
	});

	expect(error?.message).toContain('not a Fivetran ID');
	expect(nock.isDone()).toBe(true); // no /v1/groups/../connections, nor g1's list, was requested
});
