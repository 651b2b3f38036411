import { describeTarget } from '../../../../nodes/shared/transport/messageParts';
import { fivetran, rl, runFivetran } from '../../fixtures';

// Every 404 names what was not found: the resource and its ID (issue 20 row 5).

function descriptionOf(error: unknown): string {
	return String((error as { description?: string }).description);
}

describe('describeTarget: every path the package calls', () => {
	it.each([
		['/groups/g1', 'group "g1"'],
		['/groups/g1/connections', 'group "g1"'],
		['/groups/g1/users/u1', 'user "u1"'],
		['/connections/c1/schemas/reload', 'connector "c1"'],
		['/connectors/c1', 'connector "c1"'],
		['/destinations/d1/test', 'destination "d1"'],
		['/users/u1', 'user "u1"'],
		['/webhooks/w1/test', 'webhook "w1"'],
		['/webhooks/group/g1', 'group "g1"'],
		['/transformations/t1/run', 'transformation "t1"'],
		['/transformation-projects/p1/test', 'transformation project "p1"'],
		['/hybrid-deployment-agents/a1/re-auth', 'hybrid deployment agent "a1"'],
		['/hybrid-deployment-agents/a%2F1', 'hybrid deployment agent "a/1"'],
	])('%s -> %s', (path, target) => {
		expect(describeTarget(path)).toBe(target);
	});
});

describe('a 404 from an operation names the object', () => {
	it.each([
		['transformation', 'transformationId', '/v1/transformations/t_gone', 'transformation "t_gone"'],
		[
			'transformationProject',
			'projectId',
			'/v1/transformation-projects/p_gone',
			'transformation project "p_gone"',
		],
		[
			'hybridAgent',
			'agentId',
			'/v1/hybrid-deployment-agents/a_gone',
			'hybrid deployment agent "a_gone"',
		],
		['user', 'userId', '/v1/users/u_gone', 'user "u_gone"'],
		['webhook', 'webhookId', '/v1/webhooks/w_gone', 'webhook "w_gone"'],
	])('%s > Get', async (resource, parameter, path, target) => {
		const id = path.slice(path.lastIndexOf('/') + 1);
		const api = fivetran().get(path).reply(404, { code: 'NotFound', message: 'Not found' });

		const { error } = await runFivetran({ resource, operation: 'get', [parameter]: rl(id) });

		expect(error?.message).toBe('Not found in Fivetran (404 NotFound): Not found');
		expect(descriptionOf(error)).toContain(`Check the ${target}:`);
		expect(api.isDone()).toBe(true);
	});
});
