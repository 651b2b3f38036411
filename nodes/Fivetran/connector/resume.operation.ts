import { connectorLocator } from '../../shared/locators';
import { pauseOperation } from '../common/pauseOperation';

export const { access, description, execute } = pauseOperation(
	'connector',
	'resume',
	connectorLocator,
	'/connections',
);
