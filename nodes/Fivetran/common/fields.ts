import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_TRIES, MAX_PAGE_SIZE } from '../../shared/transport/types';

/** "Return All" + "Limit", shared by every list operation. */
export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_PAGE_SIZE },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** A switch the user must turn on before a destructive request is sent. */
export function confirmation(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'boolean',
		default: false,
		required: true,
		description,
	};
}

export const requestOptions: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		{
			displayName: 'Max Tries',
			name: 'maxTries',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: DEFAULT_MAX_TRIES,
			description:
				'How many times to send a request before giving up when Fivetran rate-limits (429) or fails (5xx, network). 1 means no retry.',
		},
	],
};

/** Fivetran filters connector lists by exact destination schema name on the server side. */
export const schemaFilter: INodeProperties = {
	displayName: 'Schema',
	name: 'schema',
	type: 'string',
	default: '',
	description: 'Only the connector whose destination schema has exactly this name',
};

/** The "Filters" collection of a list operation. */
export function filtersCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add filter',
		default: {},
		options,
	};
}

/** The "Update Fields" collection: only what the user adds is sent. */
export function updateFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		description: 'Only the fields added here are changed',
		options,
	};
}

/** The "Additional Fields" collection of a create: optional settings, sent only when added. */
export function additionalFieldsCollection(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add field',
		default: {},
		options,
	};
}
