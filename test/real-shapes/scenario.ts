import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { Route } from './fakeFivetran';

/** One operation of the Fivetran node run against real-shaped answers. */
export interface Scenario {
	/** What the answers are like, e.g. "sparse: no timestamps". */
	name: string;
	resource: string;
	operation: string;
	parameters?: INodeParameters;
	input?: IDataObject[];
	routes: Route[];
	/**
	 * Keys the operation adds to its output and may set to null by design (summaries with fixed
	 * keys); any other null must be a null of the answer.
	 */
	addsNullable?: string[];
	/** Texts of the answers the output leaves out by design (e.g. Simplify drops the config). */
	leavesOut?: string[];
	/** Extra texts the output must contain (besides the answers' ids and unknown values). */
	shows?: string[];
	/** Makes waits instant (the fake clock) and starts the clock at this moment. */
	startAt?: string;
}

export const rl = (value: string) => ({ __rl: true, mode: 'id', value });
