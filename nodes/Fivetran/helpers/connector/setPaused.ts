import { connectorLocator } from '../../../shared/locators';
import { pauseOperation } from '../../actions/common/pauseOperation';
import type { FivetranOperation } from '../../actions/types';
import { patchConnection, readConnectorId } from './connection';

/** Pause and Resume differ only in the value of `paused` they PATCH. */
export function setPausedOperation(
	operation: 'pause' | 'resume',
	paused: boolean,
): FivetranOperation {
	return pauseOperation(
		'connector',
		operation,
		paused,
		connectorLocator,
		async (ctx, itemIndex, body) =>
			await patchConnection(ctx, itemIndex, readConnectorId(ctx, itemIndex), body),
	);
}
