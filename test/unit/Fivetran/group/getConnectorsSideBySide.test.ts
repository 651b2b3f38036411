import nock from 'nock';

import { fivetran, runFivetran, success } from '../../fixtures';

// Group > Get Connectors with several input items (one group each): the groups' lists are read side
// by side ("Parallel Group Reads"), each item's output whole and in the items' order.

const parameters = (parallel?: number) => ({
	resource: 'group',
	operation: 'getConnectors',
	groupId: { __rl: true, mode: 'id', value: '={{ $json.group }}' },
	returnAll: true,
	...(parallel === undefined ? {} : { parallelGroupReads: parallel }),
});
const connectorsOf = (groupId: string, ...ids: string[]) =>
	success({ items: ids.map((id) => ({ id, group_id: groupId })) });

/** One list per group, each answered after `delays[group]` ms, counting lists in flight. */
function lists(delays: Record<string, number>) {
	let inFlight = 0;
	let peak = 0;
	for (const [group, delay] of Object.entries(delays)) {
		fivetran()
			.get(`/v1/groups/${group}/connections`)
			.query({ limit: '1000' })
			.reply(async () => {
				inFlight += 1;
				peak = Math.max(peak, inFlight);
				await new Promise((resolve) => setTimeout(resolve, delay));
				inFlight -= 1;
				return [200, connectorsOf(group, `${group}_a`, `${group}_b`)];
			});
	}
	return { peak: () => peak };
}

describe('Group Get Connectors for several groups', () => {
	it('reads up to "Parallel Group Reads" groups at once; output in the items\' order, paired with its item', async () => {
		const api = lists({ g1: 40, g2: 5, g3: 5, g4: 5 });

		const { items, error } = await runFivetran(parameters(2), {
			input: [{ group: 'g1' }, { group: 'g2' }, { group: 'g3' }, { group: 'g4' }],
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json.id, i.pairedItem])).toEqual([
			['g1_a', { item: 0 }],
			['g1_b', { item: 0 }],
			['g2_a', { item: 1 }],
			['g2_b', { item: 1 }],
			['g3_a', { item: 2 }],
			['g3_b', { item: 2 }],
			['g4_a', { item: 3 }],
			['g4_b', { item: 3 }],
		]);
		expect(api.peak()).toBe(2);
		expect(nock.isDone()).toBe(true);
	});

	it('Parallel Group Reads 1 reads one group after another', async () => {
		const api = lists({ g1: 5, g2: 5, g3: 5 });

		const { items } = await runFivetran(parameters(1), {
			input: [{ group: 'g1' }, { group: 'g2' }, { group: 'g3' }],
		});

		expect(items).toHaveLength(6);
		expect(api.peak()).toBe(1);
	});

	it("with Continue On Fail a bad or missing group becomes that item's error item; the others are output", async () => {
		lists({ g1: 5, g3: 5 });
		fivetran()
			.get('/v1/groups/gone/connections')
			.query({ limit: '1000' })
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'gone' doesn't exist" });

		const { items, error } = await runFivetran(parameters(), {
			input: [{ group: 'g1' }, { group: 'gone' }, { group: '..' }, { group: 'g3' }],
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => [i.json.id ?? String(i.json.error), i.pairedItem])).toEqual([
			['g1_a', { item: 0 }],
			['g1_b', { item: 0 }],
			[expect.stringContaining('Not found in Fivetran'), { item: 1 }],
			[expect.stringContaining('Group'), { item: 2 }],
			['g3_a', { item: 3 }],
			['g3_b', { item: 3 }],
		]);
	});

	it('without Continue On Fail the first failing item fails the node, naming that item', async () => {
		lists({ g1: 5 });
		fivetran()
			.get('/v1/groups/gone/connections')
			.query({ limit: '1000' })
			.reply(404, { code: 'NotFound_Group', message: "Group with id 'gone' doesn't exist" });
		fivetran()
			.get('/v1/groups/g3/connections')
			.query({ limit: '1000' })
			.optionally()
			.reply(200, connectorsOf('g3', 'x'));

		const { items, error } = await runFivetran(parameters(), {
			input: [{ group: 'g1' }, { group: 'gone' }, { group: 'g3' }],
		});

		expect(items).toEqual([]);
		expect(error?.httpCode).toBe('404');
		expect(error?.context?.itemIndex).toBe(1);
	});
});
