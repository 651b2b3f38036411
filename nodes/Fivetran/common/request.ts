import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { collectItems } from '../../shared/transport/pagination';
import { fivetranApiRequest, sendFivetranRequest } from '../../shared/transport/request';
import type { FivetranRequest } from '../../shared/transport/types';
import { readLimit, readMaxTries } from './validate';

export type RequestSettings = Pick<FivetranRequest, 'maxTries' | 'itemIndex'>;

/** The per-item request settings every operation passes to the transport. */
export function requestSettings(ctx: IExecuteFunctions, itemIndex: number): RequestSettings {
	return { maxTries: readMaxTries(ctx, itemIndex), itemIndex };
}

/** A list operation's items, honouring the item's "Return All" / "Limit". */
export async function listWithLimit(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	qs?: IDataObject,
): Promise<IDataObject[]> {
	const maxItems = readLimit(ctx, itemIndex);
	return await collectItems.call(ctx, { path, qs, ...requestSettings(ctx, itemIndex) }, maxItems);
}

/** DELETE answers carry only a message: every resource reports a deletion in this one shape. */
export async function deleteAndReport(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	encodedId: string,
): Promise<IDataObject> {
	const answer = await sendFivetranRequest.call(ctx, {
		method: 'DELETE',
		path,
		// Repeatable: deleting twice deletes once; the transport reads a 404 on a repeat as done.
		repeatable: true,
		...requestSettings(ctx, itemIndex),
	});
	return { deleted: true, id: decodeURIComponent(encodedId), message: answer.message ?? '' };
}

/** PATCH of an object (connection, transformation); returns the object as Fivetran now has it. */
export async function patchObject(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	body: IDataObject,
): Promise<IDataObject> {
	return await fivetranApiRequest.call(ctx, {
		method: 'PATCH',
		path,
		body,
		// Repeatable: it sets fields (paused, config, schedule...) to given values; a repeat changes nothing more.
		repeatable: true,
		...requestSettings(ctx, itemIndex),
	});
}
