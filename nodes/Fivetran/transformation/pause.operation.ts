import { transformationLocator } from '../../shared/locators';
import { pauseOperation } from '../common/pauseOperation';

export const { access, description, execute } = pauseOperation(
	'transformation',
	'pause',
	transformationLocator,
	'/transformations',
);
