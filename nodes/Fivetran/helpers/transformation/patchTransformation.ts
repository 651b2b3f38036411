import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { transformationLocator } from '../../../shared/locators';
import { fivetranApiRequest } from '../../../shared/transport/request';
import { requestSettings } from '../../actions/common/request';
import { pauseOperation } from '../../actions/common/pauseOperation';
import type { FivetranOperation } from '../../actions/types';
import { transformationPath } from './transformationId';

/** PATCH /transformations/{id}; returns the transformation as Fivetran now has it. */
export async function patchTransformation(
	ctx: IExecuteFunctions,
	itemIndex: number,
	path: string,
	body: IDataObject,
): Promise<IDataObject> {
	return await fivetranApiRequest.call(ctx, {
		method: 'PATCH',
		path,
		body,
		// Repeatable: it sets fields (paused, schedule) to given values; a repeat changes nothing more.
		repeatable: true,
		...requestSettings(ctx, itemIndex),
	});
}

/** Pause and Resume differ only in the value of `paused` they PATCH. */
export function setPausedOperation(
	operation: 'pause' | 'resume',
	paused: boolean,
): FivetranOperation {
	return pauseOperation(
		'transformation',
		operation,
		paused,
		transformationLocator,
		async (ctx, itemIndex, body) =>
			await patchTransformation(ctx, itemIndex, transformationPath(ctx, itemIndex), body),
	);
}
