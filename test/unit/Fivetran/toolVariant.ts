import type {
	IExecuteFunctions,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { deepCopy } from 'n8n-workflow';

import { FivetranApi } from '../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../nodes/Fivetran/Fivetran.node';
import { runNode } from '../../harness';
import { credentialsFor } from '../fixtures';

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

/** Runs the tool variant once, as an agent's call would, with the test credential. */
export async function runTool(parameters: INodeParameters) {
	return await runNode({
		nodeType: fivetranTool(),
		parameters,
		credentials: credentialsFor(),
		credentialTypes: [new FivetranApi()],
	});
}
