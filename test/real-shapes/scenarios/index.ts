import type { Scenario } from '../scenario';
import { scenarios as connector } from './connector';
import { scenarios as destination } from './destination';
import { scenarios as freshness } from './freshness';
import { scenarios as group } from './group';
import { scenarios as hybridAgent } from './hybridAgent';
import { scenarios as transformation } from './transformation';
import { scenarios as transformationProject } from './transformationProject';
import { scenarios as user } from './user';
import { scenarios as webhook } from './webhook';

export const allScenarios: Scenario[] = [
	...group,
	...connector,
	...destination,
	...webhook,
	...user,
	...hybridAgent,
	...transformation,
	...transformationProject,
	...freshness,
];
