import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Bad input found before any request: names the parameter and says what to change. */
export function inputError(
	ctx: IExecuteFunctions,
	itemIndex: number,
	message: string,
	description: string,
): never {
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}
