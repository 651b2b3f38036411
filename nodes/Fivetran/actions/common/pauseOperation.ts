import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { FivetranOperation } from '../types';

/**
 * Pause or Resume of a resource (connector, transformation): one locator, and a PATCH of `paused`
 * (true for Pause, false for Resume) that returns the object.
 */
export function pauseOperation(
	resource: string,
	operation: 'pause' | 'resume',
	paused: boolean,
	locator: INodeProperties,
	patch: (ctx: IExecuteFunctions, itemIndex: number, body: IDataObject) => Promise<IDataObject>,
): FivetranOperation {
	return {
		access: 'write',
		description: updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [
			locator,
		]),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			return await patch(this, itemIndex, { paused });
		},
	};
}
