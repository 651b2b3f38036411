import { setPausedOperation } from '../../helpers/transformation/patchTransformation';

export const { access, description, execute } = setPausedOperation('pause', true);
