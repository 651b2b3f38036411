import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { hybridAgentLocator } from '../../shared/locators';
import { fivetranApiRequest } from '../../shared/transport/request';
import { requestSettings } from '../common/request';
import type { Access } from '../common/types';
import { readSimplify, simplifyFields, simplifyIf } from '../common/simplify/field';
import { simplifyHybridAgent } from '../common/simplify/objects';
import { readId } from '../common/validate';

export const access: Access = 'read';

const properties: INodeProperties[] = [hybridAgentLocator];

export const description = updateDisplayOptions(
	{ show: { resource: ['hybridAgent'], operation: ['get'] } },
	[
		...properties,
		...simplifyFields('id, name, group, online, enabled, deployment type, last used'),
	],
);

// Output as Fivetran sends it: `online` and `last_used_at` already say whether the agent is up and
// when it was last seen, so no derived copies are added.
async function readFull(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const agentId = readId(this, 'agentId', itemIndex);
	return await fivetranApiRequest.call(this, {
		method: 'GET',
		path: `/hybrid-deployment-agents/${agentId}`,
		...requestSettings(this, itemIndex),
	});
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const simplify = readSimplify(this, itemIndex);
	return simplifyIf(simplify, await readFull.call(this, itemIndex), simplifyHybridAgent);
}
