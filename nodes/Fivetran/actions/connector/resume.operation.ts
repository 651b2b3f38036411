import { setPausedOperation } from './setPaused';

export const { access, description, execute } = setPausedOperation('resume', false);
