import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as reAuthenticate from './reAuthenticate.operation';
import * as resetCredentials from './resetCredentials.operation';

export const hybridAgentOperations: OperationMap = {
	get,
	getAll,
	reAuthenticate,
	resetCredentials,
};

export const hybridAgentDescription = resourceDescription('hybridAgent', hybridAgentOperations, [
	{
		name: 'Get',
		value: 'get',
		action: 'Get a hybrid deployment agent',
		description:
			'Get one hybrid deployment agent: whether it is online, when it was last used, its version and group',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many hybrid deployment agents',
		description:
			'List the hybrid deployment agents of the account or of one group, with online and last_used_at',
	},
	{
		name: 'Re-Authenticate',
		value: 'reAuthenticate',
		action: 'Re-authenticate a hybrid deployment agent',
		description:
			'Issue new authentication keys for an agent (the old ones stop working at once); returns the new token and config files to install (an AI agent gets them withheld)',
	},
	{
		name: 'Reset Credentials',
		value: 'resetCredentials',
		action: 'Reset the credentials of a hybrid deployment agent',
		description:
			"Reset an agent's credentials, which disconnects it until it is set up again; needs Confirm. To only renew its keys use Re-Authenticate.",
	},
]);
