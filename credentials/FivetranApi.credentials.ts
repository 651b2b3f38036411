import type { IAuthenticateGeneric, Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

export class FivetranApi implements ICredentialType {
	name = 'fivetranApi';

	displayName = 'Fivetran API';

	icon: Icon = {
		light: 'file:../nodes/Fivetran/fivetran.svg',
		dark: 'file:../nodes/Fivetran/fivetran.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-fivetran/n8n-nodes-fivetran#credential-fivetran-api';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'In Fivetran: your user menu, API Key, Generate API key',
		},
		{
			displayName: 'API Secret',
			name: 'apiSecret',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'Shown once, together with the API key',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.fivetran.com/v1',
			description:
				'Change only for a proxy or the local sandbox (for example http://127.0.0.1:4010/v1). Must end with /v1.',
		},
		{
			displayName: 'Safety Level',
			name: 'safetyLevel',
			type: 'options',
			// Read and Write, not Everything: a new credential lets the node do its everyday work (sync and
			// wait, pause, resume, run transformations), while what cannot be undone (deletes, a
			// historical resync that re-imports everything, removing users, resetting agent credentials)
			// needs someone to choose Everything on purpose. Not Read Only: the first Sync would fail for
			// most people; an AI agent's credential should be set to Read Only explicitly (README).
			default: 'readWrite',
			description:
				'What workflows and AI agents using this credential may do. The node refuses anything above this level before sending a request.',
			options: [
				{
					name: 'Read Only',
					value: 'readOnly',
					description: 'List and get only: nothing in Fivetran can change',
				},
				{
					name: 'Read and Write',
					value: 'readWrite',
					description:
						'Also create, update, sync, pause and resume; no delete or historical resync',
				},
				{
					name: 'Everything',
					value: 'full',
					description: 'Also delete and historical resync',
				},
			],
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.apiKey}}',
				password: '={{$credentials.apiSecret}}',
			},
		},
	};

	// The "Test" button runs nodes/shared/credentialTest.ts (the nodes name it in testedBy): it calls
	// GET /v1/account/info like a declarative test would, but can say what is wrong with the Base URL
	// when no HTTP answer comes back, where n8n's declarative test only shows the error code.
}
