import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { isToolMode } from '../common/toolMode';
import { hybridAgentLocator } from '../../shared/locators';
import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import { inputError, readId } from '../common/validate';
import type { Access } from '../common/types';

// 'delete', as Reset Credentials: it voids the agent's keys, so the agent stops until it is set up
// again with the new ones.
export const access: Access = 'delete';

const AUTH_TYPES = ['AUTO', 'MANUAL'];

const properties: INodeProperties[] = [
	hybridAgentLocator,
	{
		displayName: 'Auth Type',
		name: 'authType',
		type: 'options',
		options: [
			{
				name: 'Auto',
				value: 'AUTO',
				description: 'Fivetran returns a new token the agent installs with',
			},
			{
				name: 'Manual',
				value: 'MANUAL',
				description:
					'Fivetran returns new config, auth and Docker Compose files to place on the agent host',
			},
		],
		default: 'AUTO',
		description: "How the agent gets its new authentication keys (as with Fivetran's Create Agent)",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['hybridAgent'], operation: ['reAuthenticate'] } },
	properties,
);

function readAuthType(ctx: IExecuteFunctions, itemIndex: number): string {
	const authType = String(ctx.getNodeParameter('authType', itemIndex, 'AUTO') ?? '').trim();
	if (!AUTH_TYPES.includes(authType)) {
		// The value is not echoed: it came from an expression and could be anything, a key included.
		inputError(
			ctx,
			itemIndex,
			'The parameter "Auth Type" must be AUTO or MANUAL',
			'Choose Auto or Manual, or make the expression return one of those values. Nothing was sent to Fivetran.',
		);
	}
	return authType;
}

export const WITHHELD_IN_TOOL_MODE =
	'Not shown to an AI agent: run Re-Authenticate in a workflow to receive the new token and files';

/**
 * An AI agent (the node's tool variant) gets the agent without its new token and files: a model's
 * input is logged and sent on, and it cannot install an agent anyway. The keys it voided are void
 * either way; a person re-authenticates in a workflow to get new ones in hand.
 */
function withoutKeys(agent: IDataObject): IDataObject {
	const { token, files, ...rest } = agent;
	if (token === undefined && files === undefined) return rest;
	return { ...rest, token: WITHHELD_IN_TOOL_MODE, files: WITHHELD_IN_TOOL_MODE };
}

/**
 * Outputs the agent as Fivetran returns it, new token and config files included: the workflow needs
 * them to install the agent, and they exist nowhere else (except in tool mode, see withoutKeys).
 * They never go into an error or a log (the transport reports failures without answer bodies).
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const agentId = readId(this, 'agentId', itemIndex);
	const authType = readAuthType(this, itemIndex);
	const agent = await fivetranApiRequest.call(this, {
		method: 'PATCH',
		path: `/hybrid-deployment-agents/${agentId}/re-auth`,
		body: { auth_type: authType },
		// Repeatable: each call issues fresh keys and voids the previous ones. Keys from an answer that
		// was lost were never seen, so a repeat ends in the state asked for: one set of keys, in hand.
		repeatable: true,
		...requestSettings(this, itemIndex),
	});
	return isToolMode(this) ? withoutKeys(agent) : agent;
}
