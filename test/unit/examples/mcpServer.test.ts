import { readFileSync } from 'fs';
import { join } from 'path';

import type { AccessRow } from '../../../nodes/Fivetran/catalog';
import { accessRows } from '../../../nodes/Fivetran/catalog';

// examples/fivetran-mcp-server.json: what the MCP server promises before any n8n runs it: a bearer
// token on the trigger, every tool a Fivetran tool with its own description, reads on the Read
// Only credential, the one write on another, and only `$fromAI` keys an MCP schema accepts.

interface Node {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS shared with scripts/start.js
const agent = require('../../../scripts/lib/agent-credential') as {
	AGENT_SYNC_CREDENTIAL: { id: string; name: string };
	agentDeniedOperations: (rows: AccessRow[]) => string[];
};

const example = JSON.parse(
	readFileSync(join(__dirname, '..', '..', '..', 'examples', 'fivetran-mcp-server.json'), 'utf8'),
) as { nodes: Node[]; connections: Record<string, { ai_tool?: Array<Array<{ node: string }>> }> };

const trigger = example.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.mcpTrigger') as Node;
const tools = example.nodes.filter((n) => n.type === 'n8n-nodes-fivetran.fivetranTool');
const accessOf = (tool: Node) => {
	const { resource, operation } = tool.parameters as { resource: string; operation: string };
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const module = require(`../../../nodes/Fivetran/${resource}/${operation}.operation`);
	return module.access as string;
};

describe('examples/fivetran-mcp-server.json', () => {
	it('the trigger asks for a bearer token and every tool is connected to it', () => {
		expect(trigger.parameters).toMatchObject({ authentication: 'bearerAuth', path: 'fivetran' });
		expect(trigger.credentials?.httpBearerAuth?.name).toBe('MCP clients (bearer token)');
		expect(tools.map((t) => t.name).sort()).toEqual([
			'get_connector',
			'get_connector_status',
			'list_broken_connectors',
			'list_connectors',
			'list_destinations',
			'list_groups',
			'sync_connector',
		]);
		for (const tool of tools) {
			expect(example.connections[tool.name]?.ai_tool?.[0]).toEqual([
				{ node: trigger.name, type: 'ai_tool', index: 0 },
			]);
		}
	});

	it("reads run on the Read Only credential, the only write on the agent's sync-only one", () => {
		for (const tool of tools) {
			const credential = tool.credentials?.fivetranApi;
			if (accessOf(tool) === 'read') expect(credential?.name).toBe('Fivetran (sandbox, read only)');
			else
				expect([tool.name, credential]).toEqual([
					'sync_connector',
					{
						id: agent.AGENT_SYNC_CREDENTIAL.id,
						name: agent.AGENT_SYNC_CREDENTIAL.name,
					},
				]);
		}
	});

	it("the agent's credential denies every operation above Read Only but Sync", () => {
		const denied = agent.agentDeniedOperations(accessRows());
		const allowed = accessRows()
			.filter((row) => !denied.includes(row.key))
			.filter((row) => row.access !== 'read')
			.map((row) => row.key);

		expect(allowed).toEqual(['connector.sync']);
		expect(denied).toEqual(
			expect.arrayContaining([
				'connector.pause',
				'connector.update',
				'webhook.create',
				'user.invite',
				'connector.delete',
				'webhookTrigger.register',
			]),
		);
	});

	it('every tool describes itself (manual description) and uses valid $fromAI keys', () => {
		for (const tool of tools) {
			expect(tool.parameters.descriptionType).toBe('manual');
			expect(String(tool.parameters.toolDescription).length).toBeGreaterThan(80);
			const keys = [...JSON.stringify(tool.parameters).matchAll(/\$fromAI\('([^']*)'/g)].map(
				(m) => m[1],
			);
			for (const key of keys) expect(key).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
		}
	});

	it('the sync tool does not wait (an MCP client would sit through the whole sync)', () => {
		const sync = tools.find((t) => t.name === 'sync_connector') as Node;
		expect(sync.parameters).toMatchObject({ operation: 'sync', waitForCompletion: false });
	});
});
