import type { INodeParameters } from 'n8n-workflow';
import nock from 'nock';

import { API_HOST, runFivetran, success } from '../../fixtures';

// Every ID becomes a URL path segment: "..", "." or "a/b" would move the request to another endpoint
// (Get Connectors with ".." listed the whole account). Such IDs fail before any request is sent.

/** Answers any request to the fake Fivetran and counts it, so a test can assert that none was sent. */
function countRequests(): { count: () => number } {
	let count = 0;
	const any = () => true;
	const reply = () => {
		count += 1;
		return [200, success({ id: 'x', items: [] })] as [number, object];
	};
	const scope = nock(API_HOST).persist();
	scope.get(any).query(true).reply(reply);
	scope.patch(any).query(true).reply(reply);
	scope.post(any).query(true).reply(reply);
	return { count: () => count };
}

const operations: Array<[string, INodeParameters, string, string]> = [
	['Group > Get Connectors', { resource: 'group', operation: 'getConnectors' }, 'groupId', 'Group'],
	['Connector > Get', { resource: 'connector', operation: 'get' }, 'connectorId', 'Connector'],
	[
		'Connector > Update',
		{ resource: 'connector', operation: 'update', updateFields: { paused: true } },
		'connectorId',
		'Connector',
	],
	[
		'Destination > Get',
		{ resource: 'destination', operation: 'get' },
		'destinationId',
		'Destination',
	],
];

const longId = 'a'.repeat(20_000);
/** [what, the ID, how the error shows it] */
const badIds: Array<[string, string, string]> = [
	['.', '.', '"."'],
	['..', '..', '".."'],
	['a/b', 'a/b', '"a/b"'],
	['%2e%2e', '%2e%2e', '"%2e%2e"'],
	['a backslash', 'a\\b', '"a\\\\b"'],
	['a query', 'a?b=1', '"a?b=1"'],
	['a fragment', 'a#b', '"a#b"'],
	['a space', 'a b', '"a b"'],
	['a control character', 'a\u0000b', '"a\\u0000b"'],
	['20,000 characters', longId, `"${'a'.repeat(64)}"… (20000 characters)`],
];

const fromList = (value: string) => ({ __rl: true, mode: 'list', value });
const fromExpression = (expression: string) => ({ __rl: true, mode: 'id', value: expression });

describe.each(operations)(
	'%s: an ID that could leave its path segment',
	(_, parameters, name, label) => {
		it.each(badIds)(
			'refuses %s picked from a list, naming the parameter and the item; 0 requests',
			async (_what, id, shown) => {
				const api = countRequests();

				const { error } = await runFivetran({ ...parameters, [name]: fromList(id) });

				expect(error?.message).toBe(
					`The parameter "${label}" is not a valid Fivetran ID [item 0]: ${shown}`,
				);
				expect(`${error?.message} ${error?.description}`).not.toContain('a'.repeat(65));
				expect(api.count()).toBe(0);
			},
		);

		it('refuses ".." returned by an expression, for the item that returned it', async () => {
			const api = countRequests();

			const { items, error } = await runFivetran(
				{ ...parameters, [name]: fromExpression('={{ $json.id }}') },
				{ input: [{ id: '..' }] },
			);

			expect(items).toEqual([]);
			expect(error?.message).toBe(
				`The parameter "${label}" is not a valid Fivetran ID [item 0]: ".."`,
			);
			expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(0);
			expect(api.count()).toBe(0);
		});

		it('refuses ".." typed in the By ID field (the locator check), 0 requests', async () => {
			const api = countRequests();

			const { error } = await runFivetran({
				...parameters,
				[name]: { __rl: true, mode: 'id', value: '..' },
			});

			expect(error?.message).toContain(`Not a valid ${label} ID`);
			expect(api.count()).toBe(0);
		});

		it('still sends a plausible ID, trimmed, exactly once', async () => {
			const api = countRequests();

			const { error } = await runFivetran({ ...parameters, [name]: fromList(' decent_dropsy-2 ') });

			expect(error).toBeUndefined();
			expect(api.count()).toBe(1);
		});
	},
);

describe('IDs are checked per item', () => {
	it('a bad ID in the second item fails naming item 1, after the first item was sent', async () => {
		const api = countRequests();

		const { error } = await runFivetran(
			{ resource: 'group', operation: 'get', groupId: fromExpression('={{ $json.id }}') },
			{ input: [{ id: 'good_one' }, { id: '.' }] },
		);

		expect(error?.message).toBe('The parameter "Group" is not a valid Fivetran ID [item 1]: "."');
		expect(api.count()).toBe(1);
	});

	it('an object where an ID belongs is refused, not turned into "[object Object]"', async () => {
		const api = countRequests();

		const { error } = await runFivetran(
			{ resource: 'group', operation: 'get', groupId: fromExpression('={{ $json.id }}') },
			{ input: [{ id: { nested: true } }] },
		);

		expect(error?.message).toBe(
			'The parameter "Group" is not a valid Fivetran ID [item 0]: object',
		);
		expect(api.count()).toBe(0);
	});
});
