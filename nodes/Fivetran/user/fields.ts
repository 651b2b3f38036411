import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readText } from '../common/validate';

// Fivetran's predefined account roles (OpenAPI examples and GET /v1/roles). Custom roles exist too,
// so the value is free text to Fivetran: an expression may name any role.
const ACCOUNT_ROLES = ['Account Administrator', 'Account Analyst', 'Account Reviewer'];

export const accountRoleField: INodeProperties = {
	displayName: 'Account Role',
	name: 'accountRole',
	type: 'options',
	options: ACCOUNT_ROLES.map((role) => ({ name: role, value: role })),
	default: 'Account Reviewer',
	description:
		'The role the user has in the Fivetran account. For a custom role, switch to Expression and enter its exact name.',
};

/** The role as text; Fivetran judges the name (custom roles are allowed), only empty is refused. */
export function readAccountRole(ctx: IExecuteFunctions, itemIndex: number): string {
	return readText(ctx, 'accountRole', itemIndex, 'Account Role');
}
