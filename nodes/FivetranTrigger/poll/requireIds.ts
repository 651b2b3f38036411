import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Only objects Fivetran really sent count: one without its ID (or, read directly, with another
 * ID) is an odd answer, and a poll built on it would forget or invent objects.
 */
export function requireIds(
	ctx: IPollFunctions,
	objects: IDataObject[],
	request: string,
	noun: string,
	expectedId?: string,
): IDataObject[] {
	for (const object of objects) {
		const id = object?.id;
		if (typeof id === 'string' && id !== '' && (expectedId === undefined || id === expectedId))
			continue;
		throw new NodeOperationError(
			ctx.getNode(),
			`Fivetran's answer to ${request} holds ${noun} without ${expectedId === undefined ? 'an ID' : `the ID "${expectedId}"`}`,
			{
				description:
					'The poll is ignored and the remembered state kept; the next poll reads again.',
			},
		);
	}
	return objects;
}
