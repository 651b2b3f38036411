import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';

/**
 * The Fivetran node as n8n offers it to AI agents and the MCP Server Trigger: n8n copies a
 * `usableAsTool` node's description, appends "Tool" to its name (the type becomes
 * `n8n-nodes-fivetran.fivetranTool`) and runs the same execute(). Inputs stay `main` here so the
 * harness can feed it an item.
 */
export function fivetranTool(): INodeType {
	const node = new Fivetran();
	const description: INodeTypeDescription = deepCopy(node.description);
	description.name += 'Tool';
	description.displayName += ' Tool';
	delete description.usableAsTool;
	return {
		description,
		methods: node.methods,
		execute(this: IExecuteFunctions) {
			return node.execute.call(this);
		},
	};
}
