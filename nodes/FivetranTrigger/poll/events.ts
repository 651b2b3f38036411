// The events the trigger can start a workflow for, and what every event item is built with.

export const CONNECTOR_EVENTS = [
	'connectorBroken',
	'connectorRecovered',
	'syncFailed',
	'syncSucceeded',
	'connectorPaused',
	'connectorResumed',
	'setupIncomplete',
] as const;
/** Freshness events (connectors/staleness.ts), judged from the same connector list. */
export const STALENESS_EVENTS = ['dataStale', 'dataFreshAgain', 'dataDelayed'] as const;
/** Every event read from the connector list. */
export const CONNECTOR_LIST_EVENTS = [...CONNECTOR_EVENTS, ...STALENESS_EVENTS];
/** Read from GET /v1/transformations, only when one of them is chosen. */
export const TRANSFORMATION_EVENTS = ['transformationFailed', 'transformationSucceeded'] as const;
/** Read from GET /v1/hybrid-deployment-agents, only when one of them is chosen. */
export const AGENT_EVENTS = ['hybridAgentOffline', 'hybridAgentBackOnline'] as const;
export const TRIGGER_EVENTS = [...CONNECTOR_LIST_EVENTS, ...TRANSFORMATION_EVENTS, ...AGENT_EVENTS];
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/** Whether any of `family` is chosen: each family's list is read only then. */
export function choosesAny(selected: readonly TriggerEvent[], family: readonly TriggerEvent[]) {
	return family.some((event) => selected.includes(event));
}

export function isTriggerEvent(value: unknown): value is TriggerEvent {
	return (TRIGGER_EVENTS as readonly unknown[]).includes(value);
}

/** How this poll builds its items (every watched kind alike). */
export interface ItemOptions {
	/** ISO time of this poll: when a condition event was noticed. */
	polledAt: string;
	includeConnector: boolean;
}
