'use strict';
// Users, group membership, hybrid deployment agents and Connect Card in the sandbox (issue 11).
const { start } = require('./helpers');

describe('sandbox users, agents and connect card', () => {
	let sandbox;
	let api;

	beforeAll(async () => {
		({ sandbox, api } = await start());
	});
	afterAll(() => sandbox.close());
	beforeEach(() => sandbox.control.reset());

	const memberIds = async (groupId) => (await api.get(`/groups/${groupId}/users`)).body.data.items.map((u) => u.id);
	const invite = (body) => api.post('/users', { email: 'dana.fox@example.com', given_name: 'Dana', family_name: 'Fox', ...body });

	describe('users', () => {
		test('list (with active filter) and details', async () => {
			const all = (await api.get('/users')).body.data.items.map((u) => u.id);
			expect(all).toEqual(['admiral_owl', 'cosmic_wren', 'humble_gecko', 'witty_robin', 'solar_moose']);
			const inactive = (await api.get('/users?active=false')).body.data.items.map((u) => u.id);
			expect(inactive).toEqual(['solar_moose']);
			const user = (await api.get('/users/cosmic_wren')).body.data;
			expect(user).toMatchObject({ id: 'cosmic_wren', email: 'priya.shah@example.com', role: 'Account Reviewer', verified: true, active: true });
			expect((await api.get('/users/no_such')).body.code).toBe('NotFound_User');
		});

		test('invite: 201 with the invited user; the same email again (any case) is 409', async () => {
			const r = await invite({ role: 'Account Analyst', phone: '+1 555 0100' });
			expect(r.status).toBe(201);
			expect(r.body.message).toBe('User has been created');
			expect(r.body.data).toMatchObject({
				email: 'dana.fox@example.com', given_name: 'Dana', family_name: 'Fox', role: 'Account Analyst', phone: '+1 555 0100',
				invited: true, verified: false, active: true, logged_in_at: null,
			});
			expect((await api.get(`/users/${r.body.data.id}`)).status).toBe(200);
			const again = await invite({ email: 'Dana.Fox@Example.com' });
			expect(again.status).toBe(409);
		});

		test.each([
			[{ email: undefined }, 'email'],
			[{ email: 'not-an-email' }, 'email'],
			[{ given_name: '' }, 'given_name'],
			[{ family_name: 3 }, 'family_name'],
			[{ role: '' }, 'role'],
			[{ phone: 5 }, 'phone'],
			[{ nickname: 'd' }, 'nickname'],
		])('invite %j -> 400 naming %s', async (patch, field) => {
			const r = await invite(patch);
			expect(r.status).toBe(400);
			expect(r.body.message).toContain(field);
		});

		test('PATCH role and names; not your own role; 400 on bad input', async () => {
			const r = await api.patch('/users/humble_gecko', { role: 'Account Administrator', given_name: 'Jo' });
			expect(r.body).toMatchObject({ message: 'User has been updated', data: { role: 'Account Administrator', given_name: 'Jo', family_name: 'Lee' } });
			const own = await api.patch('/users/admiral_owl', { role: 'Account Reviewer' });
			expect(own.status).toBe(400);
			expect(own.body.message).toContain('own role');
			expect((await api.patch('/users/admiral_owl', { phone: '+44 20 0000' })).status).toBe(200);
			expect((await api.patch('/users/humble_gecko', { email: 'x@y.z' })).status).toBe(400);
			expect((await api.patch('/users/humble_gecko', {})).status).toBe(400);
			expect((await api.patch('/users/no_such', { role: 'Account Analyst' })).status).toBe(404);
		});

		test('DELETE removes the user and their group memberships; never the key owner', async () => {
			expect(await memberIds('sandy_lamb')).toContain('cosmic_wren');
			const r = await api.del('/users/cosmic_wren');
			expect(r.body).toEqual({ code: 'Success', message: "User with id 'cosmic_wren' has been deleted" });
			expect((await api.get('/users/cosmic_wren')).status).toBe(404);
			expect(await memberIds('sandy_lamb')).not.toContain('cosmic_wren');
			expect((await api.del('/users/cosmic_wren')).status).toBe(404);
			expect((await api.del('/users/admiral_owl')).status).toBe(400);
		});
	});

	describe('group membership', () => {
		test('add by email with a role, shown by GET /groups/:id/users; remove', async () => {
			const r = await api.post('/groups/brisk_otter/users', { email: 'sam.chen@example.com', role: 'View Destination' });
			expect(r.body).toEqual({ code: 'Success', message: 'User has been added to the group' });
			const members = (await api.get('/groups/brisk_otter/users')).body.data.items;
			expect(members.find((u) => u.id === 'witty_robin')).toMatchObject({ role: 'View Destination' });
			const removed = await api.del('/groups/brisk_otter/users/witty_robin');
			expect(removed.body).toEqual({ code: 'Success', message: "User with id 'witty_robin' has been removed from the group" });
			expect(await memberIds('brisk_otter')).toEqual(['admiral_owl', 'humble_gecko']);
		});

		test('errors: member already (409), unknown email / group / user / not a member (404), bad body (400)', async () => {
			expect((await api.post('/groups/brisk_otter/users', { email: 'humble_gecko@x', role: 'View Destination' })).status).toBe(404);
			expect((await api.post('/groups/brisk_otter/users', { email: 'jordan.lee@example.com' })).status).toBe(409);
			expect((await api.post('/groups/no_such/users', { email: 'sam.chen@example.com' })).body.code).toBe('NotFound_Group');
			expect((await api.post('/groups/brisk_otter/users', { role: 'View Destination' })).status).toBe(400);
			expect((await api.post('/groups/brisk_otter/users', { email: 'sam.chen@example.com', user_id: 'x' })).status).toBe(400);
			expect((await api.del('/groups/brisk_otter/users/witty_robin')).status).toBe(404);
			expect((await api.del('/groups/brisk_otter/users/no_such')).status).toBe(404);
			expect((await api.del('/groups/no_such/users/witty_robin')).status).toBe(404);
		});
	});

	describe('hybrid deployment agents', () => {
		test('list (groupId filter) with usage; details', async () => {
			const all = (await api.get('/hybrid-deployment-agents')).body.data.items;
			expect(all.map((a) => [a.id, a.online])).toEqual([['steel_mantis', true], ['drowsy_yak', false], ['faint_pangolin', undefined]]);
			// faint_pangolin is shaped like the Go client's agents (issue 20): no online, enabled, version...
			expect(all[2]).toEqual({ id: 'faint_pangolin', display_name: 'marketing-vm-agent', group_id: 'sandy_lamb', registered_at: '2024-03-02T10:00:00.000Z', usage: [] });
			expect(all[0]).toMatchObject({ group_id: 'quiet_heron', deployment_type: 'DOCKER', enabled: true, usage: [], version: expect.any(String) });
			const filtered = (await api.get('/hybrid-deployment-agents?groupId=brisk_otter')).body.data.items;
			expect(filtered.map((a) => a.id)).toEqual(['drowsy_yak']);
			await api.patch('/connections/mellow_crane', { hybrid_deployment_agent_id: 'steel_mantis' });
			const details = (await api.get('/hybrid-deployment-agents/steel_mantis')).body.data;
			expect(details.usage).toEqual([{ connection_id: 'mellow_crane', schema: 'app_db', service: 'postgres' }]);
			expect((await api.get('/hybrid-deployment-agents/no_such')).body.code).toBe('NotFound_HybridDeploymentAgent');
		});

		test('re-auth answers the agent with made-up files and token; reset-credentials answers a message', async () => {
			const r = await api.patch('/hybrid-deployment-agents/drowsy_yak/re-auth', { auth_type: 'AUTO' });
			expect(r.body.message).toBe('Hybrid deployment agent re-authentication successful');
			expect(r.body.data).toMatchObject({ id: 'drowsy_yak', files: { config_json: expect.any(String), auth_json: expect.any(String), docker_compose_yaml: expect.any(String) }, token: expect.any(String) });
			expect(Buffer.from(r.body.data.files.config_json, 'base64').toString()).toContain('drowsy_yak');
			expect((await api.patch('/hybrid-deployment-agents/drowsy_yak/re-auth', { auth_type: 'SOMETIMES' })).status).toBe(400);
			const reset = await api.post('/hybrid-deployment-agents/drowsy_yak/reset-credentials');
			expect(reset.body).toEqual({ code: 'Success', message: 'Successfully reset credentials the agent with id = drowsy_yak' });
			expect((await api.post('/hybrid-deployment-agents/no_such/reset-credentials')).status).toBe(404);
		});

		test('setAgentOnline: online sets last_used_at to now; offline keeps it', async () => {
			const before = Date.now();
			const online = sandbox.control.setAgentOnline('drowsy_yak', true);
			expect(online.online).toBe(true);
			expect(Date.parse(online.last_used_at)).toBeGreaterThanOrEqual(before);
			const r = await api.post('/_sandbox/agents/drowsy_yak/online', { online: false });
			expect(r.body.data).toMatchObject({ online: false, last_used_at: online.last_used_at });
			expect((await api.get('/hybrid-deployment-agents/drowsy_yak')).body.data.online).toBe(false);
			expect((await api.post('/_sandbox/agents/drowsy_yak/online', { online: 'yes' })).status).toBe(400);
		});
	});

	describe('connect card', () => {
		test('answers token and uri (redirect_uri encoded, hide_setup_guide when asked) plus the config', async () => {
			const config = { redirect_uri: 'https://app.example/done?x=1', hide_setup_guide: true, all_fields: false };
			const r = await api.post('/connections/fuzzy_badger/connect-card', { connect_card_config: config });
			expect(r.status).toBe(200);
			expect(r.body.message).toBe('Connection Connect Card has been created');
			const { connector_id, connect_card, connect_card_config } = r.body.data;
			expect(connector_id).toBe('fuzzy_badger');
			expect(connect_card_config).toEqual(config);
			expect(connect_card.token.split('.')).toHaveLength(3);
			expect(connect_card.uri).toBe(`https://fivetran.com/connect-card/setup?redirect_uri=${encodeURIComponent(config.redirect_uri)}&auth=${connect_card.token}&hide_setup_guide=true`);
			const plain = await api.post('/connections/fuzzy_badger/connect-card', { connect_card_config: { redirect_uri: 'http://127.0.0.1/cb' } });
			expect(plain.body.data.connect_card.uri).not.toContain('hide_setup_guide');
		});

		test.each([
			[undefined, 'Request body is required'],
			[{}, 'connect_card_config'],
			[{ connect_card_config: {} }, 'connect_card_config.redirect_uri'],
			[{ connect_card_config: { redirect_uri: 'ftp://x' } }, 'connect_card_config.redirect_uri'],
			[{ connect_card_config: { redirect_uri: 'https://x.example', hide_setup_guide: 'yes' } }, 'connect_card_config.hide_setup_guide'],
			[{ connect_card_config: { redirect_uri: 'https://x.example', theme: 'dark' } }, 'connect_card_config.theme'],
		])('body %j -> 400 naming %s', async (body, text) => {
			const r = await api.post('/connections/fuzzy_badger/connect-card', body);
			expect(r.status).toBe(400);
			expect(r.body.message).toContain(text);
		});

		test('unknown connection is 404', async () => {
			const r = await api.post('/connections/no_such/connect-card', { connect_card_config: { redirect_uri: 'https://x.example' } });
			expect(r.body.code).toBe('NotFound_Connection');
		});
	});

	test('deleting a group removes its transformations, project and agents', async () => {
		await api.del('/groups/quiet_heron');
		expect((await api.get('/transformations')).body.data.items.map((t) => t.id)).toEqual(['gentle_quokka', 'rapid_bison', 'mossy_tapir']);
		expect((await api.get('/transformation-projects')).body.data.items).toEqual([]);
		expect((await api.get('/hybrid-deployment-agents')).body.data.items.map((a) => a.id)).toEqual(['drowsy_yak', 'faint_pangolin']);
	});
});
