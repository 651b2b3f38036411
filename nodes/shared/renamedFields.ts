import type { IDataObject } from 'n8n-workflow';

// Fivetran renamed connectors to connections across its API (and a webhook's group to its
// destination group), so a payload or object may carry either spelling. Every read of such a field
// goes through here: the current spelling first, the older one after, the first non-empty text wins.

const SPELLINGS = {
	connectorId: ['connector_id', 'connection_id'],
	connectorName: ['connector_name', 'connection_name'],
	connectorType: ['connector_type', 'connection_type'],
	groupId: ['destination_group_id', 'group_id'],
} as const;

export type RenamedField = keyof typeof SPELLINGS;

/** The field under any of its spellings, or null when none holds a non-empty text. */
export function readRenamed(object: IDataObject, field: RenamedField): string | null {
	for (const key of SPELLINGS[field]) {
		const value = object[key];
		if (typeof value === 'string' && value !== '') return value;
	}
	return null;
}
