import { errorText, fakeTime, fivetran, rl, runFivetran, success } from '../../fixtures';
import { countRequests, said } from '../webhook/helpers';
import { LOST, MAY_HAVE_APPLIED } from '../lostAnswer';
import { WITHHELD_IN_TOOL_MODE } from '../../../../nodes/Fivetran/hybridAgent/reAuthenticate.operation';
import { runTool } from '../toolVariant';
import { agent, AUTH_JSON, NEW_TOKEN, reAuthenticated } from './agents';

const reAuth = (authType = 'AUTO', options = {}) =>
	runFivetran(
		{
			resource: 'hybridAgent',
			operation: 'reAuthenticate',
			agentId: rl('agent_blue_fox'),
			authType,
		},
		options,
	);

const reset = (confirmReset: boolean, options = {}) =>
	runFivetran(
		{
			resource: 'hybridAgent',
			operation: 'resetCredentials',
			agentId: rl('agent_blue_fox'),
			confirmReset,
		},
		options,
	);

beforeEach(() => fakeTime());

describe('Hybrid Deployment Agent Re-Authenticate', () => {
	it('PATCH .../re-auth with auth_type; outputs the agent with the new token and files', async () => {
		const api = fivetran()
			.patch('/v1/hybrid-deployment-agents/agent_blue_fox/re-auth', { auth_type: 'MANUAL' })
			.reply(200, success(reAuthenticated, 'Hybrid deployment agent re-authentication successful'));

		const { items, error } = await reAuth('MANUAL');

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([reAuthenticated]);
		expect(api.isDone()).toBe(true);
	});

	it('a lost answer is repeated: the unseen keys are replaced by keys the workflow receives', async () => {
		const api = fivetran()
			.patch('/v1/hybrid-deployment-agents/agent_blue_fox/re-auth', { auth_type: 'AUTO' })
			.reply(...LOST)
			.patch('/v1/hybrid-deployment-agents/agent_blue_fox/re-auth', { auth_type: 'AUTO' })
			.reply(200, success(reAuthenticated));

		const { items, error } = await reAuth();

		expect(error).toBeUndefined();
		expect(items[0].json.token).toBe(NEW_TOKEN);
		expect(api.isDone()).toBe(true);
	});

	it('an answer without data is an error that does not show the token or files', async () => {
		const api = fivetran()
			.patch('/v1/hybrid-deployment-agents/agent_blue_fox/re-auth')
			.times(5)
			.reply(200, { code: 'Odd', token: NEW_TOKEN, files: { auth_json: AUTH_JSON } });

		const { items, error } = await reAuth();

		expect(items).toEqual([]);
		expect(error).toBeDefined();
		expect(errorText(error)).not.toContain(NEW_TOKEN);
		expect(errorText(error)).not.toContain(AUTH_JSON);
		expect(api.isDone()).toBe(true);
	});

	it('an auth type other than AUTO or MANUAL is refused, without echoing it', async () => {
		const sent = countRequests();

		const { error } = await reAuth('={{ "tok-typed-secret" }}');

		expect(error?.message).toBe('The parameter "Auth Type" must be AUTO or MANUAL');
		expect(said(error)).not.toContain('tok-typed-secret');
		expect(sent()).toBe(0);
	});

	it('needs the safety level Everything, as Reset Credentials (it voids the keys)', async () => {
		const sent = countRequests();

		const { error } = await reAuth('AUTO', { safetyLevel: 'readWriteGrant' });

		expect(error?.message).toContain('(it needs "Everything")');
		expect(sent()).toBe(0);
	});

	it('an AI agent (tool mode) gets the agent without the new token and files', async () => {
		const api = fivetran()
			.patch('/v1/hybrid-deployment-agents/agent_blue_fox/re-auth', { auth_type: 'AUTO' })
			.reply(200, success(reAuthenticated));

		const { items, error } = await runTool({
			resource: 'hybridAgent',
			operation: 'reAuthenticate',
			agentId: rl('agent_blue_fox'),
			authType: 'AUTO',
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{ ...agent, token: WITHHELD_IN_TOOL_MODE, files: WITHHELD_IN_TOOL_MODE },
		]);
		expect(JSON.stringify(items)).not.toContain(NEW_TOKEN);
		expect(JSON.stringify(items)).not.toContain(AUTH_JSON);
		expect(api.isDone()).toBe(true);
	});
});

describe('Hybrid Deployment Agent Reset Credentials', () => {
	it('POST .../reset-credentials once confirmed, outputs what Fivetran said', async () => {
		const api = fivetran()
			.post('/v1/hybrid-deployment-agents/agent_blue_fox/reset-credentials', (body) => {
				return body === '' || body === undefined || JSON.stringify(body) === '{}';
			})
			.reply(200, { code: 'Success', message: 'Successfully reset credentials the agent' });

		const { items, error } = await reset(true);

		expect(error).toBeUndefined();
		expect(items[0].json).toEqual({
			reset: true,
			agent_id: 'agent_blue_fox',
			message: 'Successfully reset credentials the agent',
		});
		expect(api.isDone()).toBe(true);
	});

	it('without confirmation nothing is sent and the error names the switch', async () => {
		const sent = countRequests();

		const { error } = await reset(false);

		expect(error?.message).toBe('Turn on "Confirm Reset" to run this operation');
		expect(sent()).toBe(0);
	});

	it('is never sent twice: a lost answer says the reset may have been applied', async () => {
		const api = fivetran()
			.post('/v1/hybrid-deployment-agents/agent_blue_fox/reset-credentials')
			.reply(...LOST);

		const { error } = await reset(true);

		expect(`${error?.message} ${error?.description}`).toMatch(MAY_HAVE_APPLIED);
		expect(api.isDone()).toBe(true);
	});

	it('needs the safety level Everything', async () => {
		const sent = countRequests();

		const { error } = await reset(true, { safetyLevel: 'readWrite' });

		expect(error?.description).toContain('"Everything"');
		expect(sent()).toBe(0);
	});
});
