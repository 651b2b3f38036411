import type { INode } from 'n8n-workflow';

// n8n offers every `usableAsTool` node a second type, `<type>Tool` (here
// `n8n-nodes-fivetran.fivetranTool`), which AI agents and the MCP Server Trigger call. The node
// itself cannot otherwise tell an agent's call from a workflow step.

/** Whether this execution is an AI tool call (the node runs as its `…Tool` variant). */
export function isToolMode(ctx: { getNode(): INode }): boolean {
	// A node without a type (only in hand-made contexts) is not a tool.
	const type: unknown = ctx.getNode()?.type;
	return typeof type === 'string' && type.endsWith('Tool');
}
