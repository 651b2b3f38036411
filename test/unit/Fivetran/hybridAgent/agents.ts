import type { IDataObject } from 'n8n-workflow';

// Hybrid Deployment Agents as Fivetran returns them, shared by the agent tests.

export const agent: IDataObject = {
	id: 'agent_blue_fox',
	display_name: 'Blue Fox',
	group_id: 'decent_dropsy',
	version: '1.2.3',
	enabled: true,
	online: true,
	deployment_type: 'DOCKER',
	registered_at: '2025-12-01T15:43:29Z',
	updated_at: '2026-01-01T00:00:00Z',
	last_used_at: '2026-01-01T00:00:00Z',
	created_by: 'decent_otter',
	usage: [],
};

/** Secrets Fivetran returns on re-authentication: outputs carry them, errors never. */
export const NEW_TOKEN = 'tok-3xtr3mely-s3cret';
export const AUTH_JSON = 'YXV0aC1zM2NyM3Q=';

export const reAuthenticated: IDataObject = {
	...agent,
	token: NEW_TOKEN,
	files: { config_json: 'Y29uZmln', auth_json: AUTH_JSON, docker_compose_yaml: 'eWFtbA==' },
};
