import { setPausedOperation } from '../../helpers/connector/setPaused';

export const { access, description, execute } = setPausedOperation('pause', true);
