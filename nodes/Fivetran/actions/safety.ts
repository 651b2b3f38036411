import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { Access } from './types';

const ALLOWED: Record<string, Access[]> = {
	readOnly: ['read'],
	readWrite: ['read', 'write'],
	full: ['read', 'write', 'delete'],
};

/** The credential's default level (a unit test keeps them equal), for a credential saved without one. */
export const DEFAULT_SAFETY_LEVEL = 'readWrite';

const LEVEL_FOR: Record<Access, string> = {
	read: 'Read Only',
	write: 'Read and Write',
	delete: 'Everything',
};

/**
 * The credential's safety level caps what a workflow (or an AI agent using the node as a tool) may do.
 * Checked once per run, before any request.
 */
export function assertAllowed(ctx: IExecuteFunctions, access: Access, safetyLevel: unknown): void {
	const level =
		typeof safetyLevel === 'string' && Object.prototype.hasOwnProperty.call(ALLOWED, safetyLevel)
			? safetyLevel
			: DEFAULT_SAFETY_LEVEL;
	if (ALLOWED[level].includes(access)) return;
	throw new NodeOperationError(
		ctx.getNode(),
		`The Fivetran credential's safety level does not allow this operation`,
		{
			description: `This operation needs the safety level "${LEVEL_FOR[access]}" or higher; the credential is set to "${LEVEL_FOR[ALLOWED[level].at(-1) as Access]}". Nothing was sent to Fivetran. Raise the level in the credential or use another credential.`,
		},
	);
}
