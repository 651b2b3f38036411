import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { patchObject } from './request';
import type { FivetranOperation } from './types';
import type { IdParameter } from './validate';
import { readId } from './validate';

/**
 * Pause or Resume of a resource (connector, transformation): its locator, and a PATCH of `paused`
 * (true for Pause, false for Resume) on `{collectionPath}/{id}` that returns the object.
 */
export function pauseOperation(
	resource: string,
	operation: 'pause' | 'resume',
	locator: INodeProperties & { name: IdParameter },
	collectionPath: string,
): FivetranOperation {
	return {
		access: 'write',
		description: updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
			locator,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			const id = readId(this, locator.name, itemIndex);
			return await patchObject(this, itemIndex, `${collectionPath}/${id}`, {
				paused: operation === 'pause',
			});
		},
	};
}
