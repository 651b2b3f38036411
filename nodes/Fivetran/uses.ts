import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { GuardedUse } from '../shared/access/guard';
import { resourceProperties, resourceProperty, resources } from './resources';
import type { FivetranOperation } from './common/types';

// Each operation as a guarded use: key `resource.operation` (the value in the credential's deny
// list), named as the editor shows it ("Connector: Delete"), with the operation's own access.

function optionName(options: INodeProperties['options'], value: string): string | undefined {
	const found = (options as INodePropertyOptions[] | undefined)?.find((o) => o.value === value);
	return found?.name;
}

function operationName(resource: string, operation: string): string {
	const dropdown = resourceProperties.find(
		(property) =>
			property.name === 'operation' &&
			property.displayOptions?.show?.resource?.includes(resource) === true,
	);
	return optionName(dropdown?.options, operation) ?? operation;
}

export function operationUse(
	resource: string,
	operation: string,
	found: FivetranOperation,
): GuardedUse {
	const resourceName = optionName(resourceProperty.options, resource) ?? resource;
	return {
		key: `${resource}.${operation}`,
		name: `${resourceName}: ${operationName(resource, operation)}`,
		access: found.access,
	};
}

/** Every operation of the action node, resource by resource as the editor lists them. */
export function actionUses(): GuardedUse[] {
	return Object.entries(resources).flatMap(([resource, operations]) =>
		Object.entries(operations)
			.map(([operation, found]) => operationUse(resource, operation, found))
			.sort((a, b) => a.name.localeCompare(b.name)),
	);
}
