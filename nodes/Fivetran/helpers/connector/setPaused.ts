import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { connectorLocator } from '../../../shared/locators';
import type { FivetranOperation } from '../../actions/types';
import { patchConnection, readConnectorId } from './connection';

/** Pause and Resume differ only in the value of `paused` they PATCH. */
export function setPausedOperation(
	operation: 'pause' | 'resume',
	paused: boolean,
): FivetranOperation {
	return {
		access: 'write',
		description: updateDisplayOptions(
			{ show: { resource: ['connector'], operation: [operation] } },
			[connectorLocator],
		),
		async execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
			return await patchConnection(this, itemIndex, readConnectorId(this, itemIndex), { paused });
		},
	};
}
