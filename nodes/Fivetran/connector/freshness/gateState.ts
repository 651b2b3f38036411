import type { IDataObject } from 'n8n-workflow';

import type { FreshnessVerdict } from '../../../shared/freshness/rule';

// What a freshness wait (or a loop of checks) knows about its connectors between looks.

export interface Tracked {
	id: string;
	/** The group whose list holds it (unknown until it was read once). */
	groupId?: string;
	/** The connector as the last look saw it. */
	connector?: IDataObject;
	verdict?: FreshnessVerdict;
	/** Fresh, or skipped (paused / broken with "Skip Them"): never read again in this wait. */
	settled?: 'fresh' | 'skipped';
	/** This wait asked Fivetran for a sync of it (at most once). */
	syncRequested: boolean;
	/** A settled connector's row as an earlier check output it (Check Fresh Data loops). */
	carriedRow?: IDataObject;
}

export interface GateState {
	/** undefined until the first look found the connectors in scope. */
	targets?: Map<string, Tracked>;
	looks: number;
	/** The instant a success had to reach at the last look (ms). */
	mark: number;
}

export const newGateState = (): GateState => ({ looks: 0, mark: -Infinity });

export const unsettled = (state: GateState): Tracked[] =>
	[...(state.targets?.values() ?? [])].filter((tracked) => tracked.settled === undefined);
