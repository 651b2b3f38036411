import type { ContractCase } from './types';

const connectorId = { __rl: true, mode: 'id', value: 'sandy_lamb' };
const reply = {
	body: {
		code: 'Success',
		data: {
			connector_id: 'sandy_lamb',
			connect_card: { token: 'eyJ0e', uri: 'https://fivetran.com/connect-card/setup?auth=eyJ0e' },
		},
	},
};

export const cases: ContractCase[] = [
	{
		name: 'connector createConnectCard (redirect URI only)',
		parameters: {
			resource: 'connector',
			operation: 'createConnectCard',
			connectorId,
			redirectUri: 'https://example.com/done',
		},
		reply,
	},
	{
		name: 'connector createConnectCard with both options',
		parameters: {
			resource: 'connector',
			operation: 'createConnectCard',
			connectorId,
			redirectUri: 'http://localhost:5678/done',
			options: { hideSetupGuide: true, allFields: true },
		},
		reply,
	},
];
