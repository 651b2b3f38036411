import type { INodeParameters } from 'n8n-workflow';

import { rl, runFivetran } from '../../fixtures';
import { countRequests, said } from '../webhook/helpers';

// A JSON parameter (a connector's or destination's config) often holds a password. JSON.parse's
// own message quotes a piece of the input; the node's error says where the JSON breaks instead.

const SECRET = 'pg-passw0rd-never-shown';

describe('Invalid JSON parameters: the position, never a piece of the input', () => {
	it.each<[string, INodeParameters, string, string]>([
		[
			'connector create, Config (JSON)',
			{
				resource: 'connector',
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configMode: 'json',
				configJson: `{"host": "db", "password": ${SECRET}}`,
			},
			'Config (JSON)',
			'A value was expected (text in double quotes, a number, true, false, null, { or [) at line 1, column 28 (character 28)',
		],
		[
			'connector create, a config row of type JSON',
			{
				resource: 'connector',
				operation: 'create',
				groupId: rl('g1'),
				service: rl('postgres'),
				configUi: {
					fields: [{ key: 'auth', value: `{"password": "${SECRET}"`, valueType: 'json' }],
				},
			},
			'Config Fields › auth',
			'The text ends too early (something is not closed or is missing) at line 1, column 39 (character 39)',
		],
		[
			'connector update, Config (JSON), on line 3',
			{
				resource: 'connector',
				operation: 'update',
				connectorId: rl('c1'),
				updateFields: { configJson: `{\n  "user": "u",\n  "password": "${SECRET}" "x"\n}` },
			},
			'Config (JSON)',
			"',' or '}' was expected at line 3, column 41 (character 58)",
		],
		[
			'destination create, Config (JSON)',
			{
				resource: 'destination',
				operation: 'create',
				groupId: rl('g1'),
				destinationService: 'snowflake',
				config: `{"password": '${SECRET}'}`,
			},
			'Config (JSON)',
			'A value was expected (text in double quotes, a number, true, false, null, { or [) at line 1, column 14 (character 14)',
		],
	])('%s', async (_case, parameters, label, where) => {
		const sent = countRequests();

		const { error } = await runFivetran(parameters);

		expect(error?.message).toBe(`The parameter "${label}" is not valid JSON`);
		expect(error?.description).toContain(where);
		expect(error?.description).toContain('does not repeat the text');
		expect(said(error)).not.toContain(SECRET);
		expect(said(error)).not.toContain('passw0rd');
		expect(sent()).toBe(0);
	});

	it('a config row that is not a number does not repeat its value', async () => {
		const { error } = await runFivetran({
			resource: 'connector',
			operation: 'create',
			groupId: rl('g1'),
			service: rl('postgres'),
			configUi: { fields: [{ key: 'pin', value: SECRET, valueType: 'number' }] },
		});

		expect(error?.message).toBe('The parameter "Config Fields › pin" must be a number');
		expect(said(error)).not.toContain(SECRET);
	});
});
