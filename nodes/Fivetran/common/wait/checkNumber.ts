import type { IExecuteFunctions } from 'n8n-workflow';

/** The item's own count of checks so far (a Wait-node loop carries it in json.checks), plus this one. */
export function checkNumber(ctx: IExecuteFunctions, itemIndex: number): number {
	const before = ctx.getInputData()[itemIndex]?.json?.checks;
	return (typeof before === 'number' && Number.isInteger(before) && before >= 0 ? before : 0) + 1;
}
