import { fakeTime, runFivetran } from '../unit/fixtures';
import { fakeFivetran } from './fakeFivetran';
import { rl } from './scenario';

// Errors over real-shaped answers: what a user reads must name the object and the real failure.

const gets = [
	{ resource: 'group', parameter: 'groupId', path: '/v1/groups', id: 'amber_pelican' },
	{ resource: 'connector', parameter: 'connectorId', path: '/v1/connections', id: 'quiet_walrus' },
	{
		resource: 'destination',
		parameter: 'destinationId',
		path: '/v1/destinations',
		id: 'amber_pelican',
	},
	{ resource: 'user', parameter: 'userId', path: '/v1/users', id: 'shy_otter' },
	{ resource: 'webhook', parameter: 'webhookId', path: '/v1/webhooks', id: 'fluent_mallard' },
	{
		resource: 'transformation',
		parameter: 'transformationId',
		path: '/v1/transformations',
		id: 'nimble_owl',
	},
	{
		resource: 'transformationProject',
		parameter: 'projectId',
		path: '/v1/transformation-projects',
		id: 'woven_badger',
	},
	{
		resource: 'hybridAgent',
		parameter: 'agentId',
		path: '/v1/hybrid-deployment-agents',
		id: 'lucky_gecko',
	},
];

describe('A 404 names what was not found', () => {
	for (const { resource, parameter, path, id } of gets) {
		it(`${resource} get`, async () => {
			// Fivetran's 404 message does not always carry the ID (e.g. a bare NotFound).
			fakeFivetran([
				{
					method: 'GET',
					path: `${path}/${id}`,
					status: 404,
					code: 'NotFound',
					message: 'Not found',
				},
			]);
			const { error } = await runFivetran({ resource, operation: 'get', [parameter]: rl(id) });
			expect(error?.httpCode).toBe('404');
			expect(`${error?.message} ${error?.description}`).toContain(`"${id}"`);
		});
	}
});

describe('A failed sync quotes the task that failed', () => {
	it('a warning task listed before the failing task', async () => {
		fakeTime(Date.parse('2026-03-01T00:00:00.000Z'));
		fakeFivetran([
			{
				method: 'GET',
				path: '/v1/connections/sunken_kiwi',
				fixtures: ['connector/details-broken', 'connector/details-failed-with-warning'],
			},
			{ method: 'POST', path: '/v1/connections/sunken_kiwi/sync', message: 'Sync triggered' },
		]);
		const { error } = await runFivetran({
			resource: 'connector',
			operation: 'sync',
			connectorId: rl('sunken_kiwi'),
			waitForCompletion: true,
			pollInterval: 10,
			timeout: 30,
		});
		const text = `${error?.message} ${error?.description}`;
		expect(text).toContain('Reconnect: the password was rejected by the source');
		expect(text).not.toContain('Resync Table Warning');
	});
});
