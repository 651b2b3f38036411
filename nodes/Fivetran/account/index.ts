import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as getInfo from './getInfo.operation';

export const accountOperations: OperationMap = { getInfo };

export const accountDescription = resourceDescription(
	'account',
	accountOperations,
	[
		{
			name: 'Get Info',
			value: 'getInfo',
			action: 'Get account info',
			description:
				'Which Fivetran account the credential belongs to (account_id, account_name) and whose key it is (user_id, or system_key_id for a system key)',
		},
	],
	'getInfo',
);
