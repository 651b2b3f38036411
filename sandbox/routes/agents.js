'use strict';
// /v1/hybrid-deployment-agents: list (query groupId), details with usage, re-auth and credential
// reset. Re-auth returns files and a token as Fivetran does; here they are made-up values.
const crypto = require('node:crypto');
const { ok, done, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { agentView } = require('../views');
const v = require('../validate');

function findAgent(store, id) {
	const a = store.agents.get(id);
	if (!a) throw new ApiError(404, 'NotFound_HybridDeploymentAgent', `Hybrid deployment agent with id '${id}' doesn't exist`);
	return a;
}

const b64 = (text) => Buffer.from(text, 'utf8').toString('base64');

// HybridDeploymentAgentFilesResponse plus token: base64 file contents, fresh on every call.
function madeUpCredentials(a) {
	const token = `sandbox-agent-token-${crypto.randomBytes(12).toString('hex')}`;
	return {
		files: {
			config_json: b64(JSON.stringify({ agent_id: a.id, group_id: a.group_id, sandbox: true })),
			auth_json: b64(JSON.stringify({ agent_id: a.id, token })),
			docker_compose_yaml: b64(`services:\n  agent:\n    image: fivetran/hybrid-agent:${a.version}\n    env_file: .env\n`),
		},
		token: b64(token),
	};
}

function register(router) {
	router.add('GET', '/v1/hybrid-deployment-agents', ({ store, query }) => {
		const groupId = query.get('groupId');
		const agents = groupId ? store.agentList().filter((a) => a.group_id === groupId) : store.agentList();
		const connections = store.connectionList();
		return ok(paginate(agents, query, (a) => agentView(a, connections)));
	});
	router.add('GET', '/v1/hybrid-deployment-agents/:id', ({ store, params }) =>
		ok(agentView(findAgent(store, params.id), store.connectionList())));

	router.add('PATCH', '/v1/hybrid-deployment-agents/:id/re-auth', ({ store, params, body, now }) => {
		const a = findAgent(store, params.id);
		body = v.objectBody(body);
		v.rejectUnknown(body, ['auth_type']);
		v.checkEnum(body, 'auth_type', ['AUTO', 'MANUAL']);
		a.updated_at = new Date(now).toISOString();
		const { usage, ...fields } = agentView(a, []);
		return ok({ ...fields, ...madeUpCredentials(a) }, 'Hybrid deployment agent re-authentication successful');
	});
	router.add('POST', '/v1/hybrid-deployment-agents/:id/reset-credentials', ({ store, params, now }) => {
		const a = findAgent(store, params.id);
		a.updated_at = new Date(now).toISOString();
		return done(`Successfully reset credentials the agent with id = ${a.id}`);
	});
}

module.exports = { register, findAgent };
