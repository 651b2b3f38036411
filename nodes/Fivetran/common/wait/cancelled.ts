import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The user stopped the execution during a sync or transformation wait. The message says
 * "canceled" so that n8n records the execution as canceled rather than failed (it looks for that
 * word in the error).
 */
export function waitCancelledError(
	node: INode,
	itemIndex: number,
	work: { what: 'sync' | 'run'; of: string; requested: boolean; goesOn: string },
): NodeOperationError {
	const when = work.requested
		? `while waiting for the ${work.what} of`
		: `before requesting a ${work.what} of`;
	return new NodeOperationError(node, `The execution was canceled ${when} ${work.of}`, {
		itemIndex,
		level: 'warning',
		description: work.requested
			? `The execution was stopped; ${work.goesOn}`
			: `The execution was stopped; no ${work.what} was requested.`,
	});
}
