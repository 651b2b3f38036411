'use strict';
// examples/fivetran-mcp-server.json live in `n8n start`: a plain MCP client (JSON-RPC over
// Streamable HTTP, no model) connects to n8n's MCP Server Trigger, lists the Fivetran tools with
// their descriptions and input schemas, calls the read tools and the sync tool and compares the
// answers with the sandbox; a copy whose sync tool has a Read Only credential is refused without a
// request. Prints the measured figures: time per call.
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const { withN8nOutput } = require('../lib/active-n8n');
const { workflowId } = require('../lib/harness');
const { connectMcp } = require('../lib/mcp-client');
const { AGENT_SYNC_CREDENTIAL, agentCredentialData, builtAccessRows } = require('../../../scripts/lib/agent-credential');

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'fivetran-mcp-server.json');
const TOOL_TYPE = 'n8n-nodes-fivetran.fivetranTool';
const READ_TOOLS = ['get_connector', 'get_connector_status', 'list_broken_connectors', 'list_connectors', 'list_destinations', 'list_groups'];
const SHORT_CONNECTOR_KEYS = ['id', 'schema', 'service', 'group_id', 'is_paused', 'is_broken', 'last_sync_failed', 'setup_state', 'sync_state', 'update_state', 'succeeded_at', 'failed_at', 'tasks_count', 'first_task_message', 'sync_frequency', 'dashboard_url'];

const readExample = () => JSON.parse(fs.readFileSync(EXAMPLE, 'utf8'));

/** The same server at another path, with the sync tool on the Read Only credential. */
function readOnlyCopy(example) {
	const copy = structuredClone(example);
	copy.id = workflowId('mcp-read-only-sync');
	copy.name = 'MCP: sync tool on a Read Only credential';
	const trigger = copy.nodes.find((n) => n.type.endsWith('.mcpTrigger'));
	trigger.parameters.path = 'fivetran-read-only';
	trigger.webhookId = '5e1f7a3c-6b2d-4c8e-9a41-0f1ee7a0c002';
	const sync = copy.nodes.find((n) => n.name === 'sync_connector');
	sync.credentials.fivetranApi = copy.nodes.find((n) => n.name === 'list_groups').credentials.fivetranApi;
	return copy;
}

const MCP_TOKEN = 'e2e-mcp-token-not-a-secret';

function credentialsOf(example, data) {
	const used = new Map();
	for (const node of example.nodes) {
		const ref = node.credentials?.fivetranApi;
		if (ref) used.set(ref.id, ref);
	}
	// The read tools' credential is Read Only, the sync tool's the agent's one (Read and Write with
	// every other write denied), as `npm start` creates them.
	const fivetran = [...used.values()].map((ref) => ({
		...ref,
		type: 'fivetranApi',
		data:
			ref.id === AGENT_SYNC_CREDENTIAL.id
				? agentCredentialData(data.good, builtAccessRows())
				: { ...data.good, safetyLevel: /read only/i.test(ref.name) ? 'readOnly' : 'readWrite' },
	}));
	const trigger = example.nodes.find((n) => n.type.endsWith('.mcpTrigger'));
	const bearer = { ...trigger.credentials.httpBearerAuth, type: 'httpBearerAuth', data: { token: MCP_TOKEN } };
	return [...fivetran, bearer];
}

async function mcpServer(ctx) {
	const example = readExample();
	const toolNodes = example.nodes.filter((n) => n.type === TOOL_TYPE);
	const trigger = example.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.mcpTrigger');
	assert.ok(trigger && toolNodes.length === 7, 'the example has an MCP Server Trigger and 7 Fivetran tools');
	const workflow = { ...example, id: workflowId('example-fivetran-mcp-server'), active: false };
	const refusing = readOnlyCopy(example);
	let n8n = null;
	const clients = [];
	const figures = {};
	try {
		n8n = await ctx.startActiveN8n({
			runtime: ctx.runtime,
			credentials: credentialsOf(example, ctx.credentialData),
			workflows: [workflow, refusing],
		});
		// n8n answers /healthz before it has registered the active workflows' webhooks (404 until
		// then), and 1.x may answer a request that arrives while it activates them with something
		// else; so the first session is retried until it opens, each failure kept for the report.
		const failures = [];
		const connect = async (p) => {
			const until = Date.now() + 120000;
			for (;;) {
				try {
					const client = await connectMcp(`${n8n.url}/mcp/${p}`, { headers: { Authorization: `Bearer ${MCP_TOKEN}` } });
					clients.push(client);
					return client;
				} catch (e) {
					if (e.cause) e.message += ` (${e.cause.code || e.cause.message})`;
					if (!/HTTP 404/.test(e.message)) failures.push(e.message.slice(0, 200));
					if (Date.now() > until) throw new Error(`${e.message}; earlier failures: ${JSON.stringify(failures)}`);
					await new Promise((r) => setTimeout(r, 500));
				}
			}
		};
		const waitStarted = Date.now();
		const mcp = await connect(trigger.parameters.path);
		figures.endpointReadyMs = Date.now() - waitStarted;
		figures.failedBeforeReady = failures;

		// 0. Only clients with the trigger's bearer token get in.
		await assert.rejects(connectMcp(`${n8n.url}/mcp/${trigger.parameters.path}`), /HTTP 403/);
		await assert.rejects(connectMcp(`${n8n.url}/mcp/${trigger.parameters.path}`, { headers: { Authorization: 'Bearer wrong' } }), /HTTP 403/);

		// 1. initialize: the server is the trigger node (its name as a tool name), tools capability.
		assert.equal(mcp.init.result.serverInfo.name, 'Fivetran_MCP_Server');
		assert.ok(mcp.init.result.capabilities.tools, JSON.stringify(mcp.init.result));

		// 2. tools/list: the curated set, each with the example's description and a precise schema.
		const tools = await mcp.listTools();
		assert.deepEqual(tools.map((t) => t.name).sort(), [...READ_TOOLS, 'sync_connector'].sort());
		for (const tool of tools) {
			const node = toolNodes.find((n) => n.name === tool.name);
			assert.equal(tool.description, node.parameters.toolDescription, `${tool.name} description`);
			assert.equal(tool.inputSchema.type, 'object');
		}
		const schema = (name) => tools.find((t) => t.name === name).inputSchema;
		for (const name of ['get_connector', 'get_connector_status', 'sync_connector']) {
			assert.deepEqual(Object.keys(schema(name).properties), ['connector_id'], name);
			assert.equal(schema(name).properties.connector_id.type, 'string');
			assert.match(schema(name).properties.connector_id.description, /connector id/);
			assert.deepEqual(schema(name).required, ['connector_id']);
		}
		assert.equal(schema('list_connectors').properties.limit.type, 'number');
		for (const name of ['list_broken_connectors', 'list_groups', 'list_destinations']) {
			assert.deepEqual(Object.keys(schema(name).properties ?? {}), [], `${name} takes no input`);
		}

		// 3. Calls, answered like the sandbox says, in the short form (no config blocks).
		const { body: all } = await ctx.api('GET', '/connections?limit=1000');
		const sandboxConnectors = all.data.items;
		ctx.startCase();
		const call = async (name, args) => {
			const answer = await mcp.callTool(name, args);
			assert.equal(answer.isError, false, `${name}: ${answer.text}`);
			assert.ok(Array.isArray(answer.json), `${name} answers a JSON list: ${answer.text.slice(0, 300)}`);
			return answer.json;
		};

		const broken = await call('list_broken_connectors', {});
		const brokenInSandbox = sandboxConnectors.filter((c) => c.status.setup_state === 'broken').map((c) => c.id);
		assert.deepEqual(broken.map((c) => c.id).sort(), brokenInSandbox.sort());
		assert.deepEqual(brokenInSandbox.sort(), ['fuzzy_badger', 'tidy_marmot']);
		for (const c of broken) {
			assert.deepEqual(Object.keys(c), SHORT_CONNECTOR_KEYS);
			assert.equal(c.is_broken, true);
			assert.ok(c.first_task_message, 'says what to fix');
		}

		const listed = await call('list_connectors', { limit: 3 });
		assert.equal(listed.length, 3);
		assert.deepEqual(listed.map((c) => c.id), sandboxConnectors.slice(0, 3).map((c) => c.id));

		const [puffin] = await call('get_connector_status', { connector_id: 'lively_puffin' });
		assert.equal(puffin.id, 'lively_puffin');
		assert.equal(puffin.is_paused, true);
		assert.equal(puffin.is_broken, false);

		const [crane] = await call('get_connector', { connector_id: 'mellow_crane' });
		assert.deepEqual(Object.keys(crane), SHORT_CONNECTOR_KEYS);
		assert.equal(crane.schema, 'app_db');
		assert.equal(crane.service, 'postgres');
		assert.ok(!JSON.stringify(crane).includes('sandbox-pg-pass'), 'no config, no password');

		const groups = await call('list_groups', {});
		assert.deepEqual(groups.map((g) => g.name).sort(), ['Finance', 'Marketing Warehouse', 'Product Analytics']);
		const destinations = await call('list_destinations', {});
		assert.deepEqual(destinations.map((d) => d.service).sort(), ['big_query', 'postgres_warehouse', 'snowflake']);
		assert.equal(ctx.requests('POST'), 0, 'the read tools changed nothing');

		const [synced] = await call('sync_connector', { connector_id: 'mellow_crane' });
		assert.equal(synced.success, true, JSON.stringify(synced));
		assert.equal(synced.connector_id, 'mellow_crane');
		assert.equal(ctx.requests('POST', '/v1/connections/mellow_crane/sync'), 1);

		// 4. The same sync tool on a Read Only credential: refused by the node, nothing sent.
		const readOnly = await connect('fivetran-read-only');
		const before = ctx.requests('POST');
		const refused = await readOnly.callTool('sync_connector', { connector_id: 'mellow_crane' });
		assert.equal(refused.isError, true, `refused: ${refused.text}`);
		assert.match(refused.text, /safety level/i);
		assert.match(refused.text, /Read Only/);
		assert.equal(ctx.requests('POST'), before, 'no request reached the API');
		figures.refusal = refused.text.slice(0, 240);

		figures.calls = Object.fromEntries(mcp.log.map((l) => [l.name ? `${l.method} ${l.name}` : l.method, l.ms]));
		console.log(`    mcp (n8n ${ctx.n8nVersion}): ${JSON.stringify(figures)}`);
	} catch (e) {
		throw withN8nOutput(e, n8n);
	} finally {
		for (const client of clients) await client.close();
		await n8n?.stop();
	}
}

module.exports = [
	{
		name: 'example fivetran-mcp-server: an MCP client lists the Fivetran tools, calls them, a write on a Read Only credential is refused',
		// Not in queue mode: the trigger keeps MCP sessions in the main process and answers each tool
		// call from the execution it starts; the queue-mode harness runs executions on workers, which
		// this case does not cover.
		modes: ['single'],
		run: mcpServer,
	},
];
