import nock from 'nock';

import { API_HOST } from '../../fixtures';
import { controlTime, pollTrigger } from '../helpers';

// The trigger's chosen groups and connectors become path segments too: the same ID rule as the
// action node (nodes/shared/ids.ts) applies, before any request, and a long bad value is cut.

const fromList = (value: string) => ({ __rl: true, mode: 'list', value });

describe('Fivetran Trigger: chosen IDs stay in their path segment', () => {
	beforeEach(() => controlTime());

	it('a chosen group of 20,000 characters: refused naming the row, shown cut, 0 requests', async () => {
		const requests: string[] = [];
		nock(API_HOST)
			.persist()
			.get(() => true)
			.query(true)
			.reply(200, (uri) => {
				requests.push(uri);
				return { code: 'Success', data: { items: [] } };
			});
		const groups = { group: [{ groupId: fromList('x'.repeat(20_000)) }] };

		const poll = pollTrigger({ scope: 'groups', events: ['connectorBroken'], groups }, {});

		await expect(poll).rejects.toThrow(
			`The Group in row 1 of "Groups" is not a valid Fivetran ID: "${'x'.repeat(64)}"… (20000 characters)`,
		);
		expect(requests).toEqual([]);
	});

	it('a chosen connector longer than 100 characters is refused like in the action node', async () => {
		const id = 'c'.repeat(101);

		const poll = pollTrigger(
			{
				scope: 'connectors',
				events: ['connectorBroken'],
				connectors: { connector: [{ connectorId: fromList(id) }] },
			},
			{},
		);

		await expect(poll).rejects.toThrow(
			'The Connector in row 1 of "Connectors" is not a valid Fivetran ID',
		);
	});
});
