import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { hybridAgentLocator } from '../../shared/locators';
import { sendFivetranRequest } from '../../shared/transport/request';
import { confirmation } from '../common/fields';
import { requestSettings } from '../common/request';
import { requireConfirmation, readId } from '../common/validate';
import type { Access } from '../common/types';

// 'delete' access, like a historical resync: the agent stops working until it is set up again.
export const access: Access = 'delete';

const CONSEQUENCE =
	"Resetting an agent's credentials disconnects it: its connectors and destinations cannot run through it until it is set up again with new credentials.";

export const description = updateDisplayOptions(
	{ show: { resource: ['hybridAgent'], operation: ['resetCredentials'] } },
	[
		hybridAgentLocator,
		confirmation('confirmReset', 'Confirm Reset', `${CONSEQUENCE} Turn on to confirm.`),
	],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	const agentId = readId(this, 'agentId', itemIndex);
	requireConfirmation(this, 'confirmReset', itemIndex, 'Confirm Reset', CONSEQUENCE);
	const answer = await sendFivetranRequest.call(this, {
		method: 'POST',
		path: `/hybrid-deployment-agents/${agentId}/reset-credentials`,
		// Not repeatable: a second reset would void whatever the first one set up in between.
		repeatable: false,
		...requestSettings(this, itemIndex),
	});
	return { reset: true, agent_id: decodeURIComponent(agentId), message: answer.message ?? '' };
}
