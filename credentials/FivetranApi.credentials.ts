import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

import { denyListOptions } from '../nodes/Fivetran/catalog';
import { DEFAULT_SAFETY_LEVEL, SAFETY_LEVELS } from '../nodes/shared/access/levels';

export class FivetranApi implements ICredentialType {
	name = 'fivetranApi';

	displayName = 'Fivetran API';

	icon: Icon = {
		light: 'file:../nodes/shared/icons/fivetran.svg',
		dark: 'file:../nodes/shared/icons/fivetran.dark.svg',
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
			// wait, pause, resume, run transformations), while giving access away and what cannot be undone
			// need someone to choose a higher level on purpose. Not Read Only: the first Sync would fail for
			// most people; an AI agent's credential should be set to Read Only explicitly (README).
			default: DEFAULT_SAFETY_LEVEL,
			description:
				'What workflows and AI agents using this credential may do with the Fivetran nodes. They refuse anything above this level before sending a request. It does not limit the Fivetran API key itself: for that, use the key of a Fivetran user whose role cannot change anything.',
			options: SAFETY_LEVELS.map(({ name, value, description }) => ({ name, value, description })),
		},
		{
			displayName: 'Denied Operations',
			name: 'deniedOperations',
			type: 'multiOptions',
			default: [],
			description:
				'Operations the Fivetran nodes never run with this credential, whatever its safety level (for example what an AI agent must not do)',
			options: denyListOptions(),
		},
	];

	// No `authenticate`: n8n would then sign any node's requests with this key (the HTTP Request
	// node offers every credential that has one as a "Predefined Credential Type"), outside the
	// safety level and deny list. The Fivetran nodes sign their own requests, in the transport.

	// The "Test" button runs nodes/shared/credentialTest.ts (the nodes name it in testedBy): it calls
	// GET /v1/account/info like a declarative test would, but can say what is wrong with the Base URL
	// when no HTTP answer comes back, where n8n's declarative test only shows the error code.
}
