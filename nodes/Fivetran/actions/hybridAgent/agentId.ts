import type { IExecuteFunctions } from 'n8n-workflow';

import { readId } from '../common/validate';

/** The item's agent ID, checked and URL-encoded for a path. */
export function readAgentId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, 'agentId', itemIndex, 'Hybrid Deployment Agent');
}
