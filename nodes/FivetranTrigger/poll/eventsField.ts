import type { INodeProperties } from 'n8n-workflow';

/** The Events field: the trigger's events as the editor lists them. */
export const eventsField: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['connectorBroken'],
	description:
		'Each event starts the workflow once per connector, transformation run or agent, when it happens (not again while the state lasts)',
	options: [
		{
			name: 'Connector Broken',
			value: 'connectorBroken',
			description:
				'Setup state became broken: Fivetran cannot sync until someone fixes credentials or configuration',
		},
		{
			name: 'Connector Paused',
			value: 'connectorPaused',
			description: 'The connector was paused (or appeared paused)',
		},
		{
			name: 'Connector Recovered',
			value: 'connectorRecovered',
			description: 'A broken connector is no longer broken',
		},
		{
			name: 'Connector Resumed',
			value: 'connectorResumed',
			description: 'A paused connector was resumed',
		},
		{
			name: 'Data Delayed',
			value: 'dataDelayed',
			description:
				"Fivetran marked the connector's data as delayed (update_state became delayed: older than its schedule expects)",
		},
		{
			name: 'Data Fresh Again',
			value: 'dataFreshAgain',
			description: 'A connector that was stale synced successfully again',
		},
		{
			name: 'Data Stale',
			value: 'dataStale',
			description:
				'The last successful sync of a connector is older than Stale After: fires once when it crosses, again only after it was fresh in between',
		},
		{
			name: 'Hybrid Agent Back Online',
			value: 'hybridAgentBackOnline',
			description: 'A Hybrid Deployment Agent that was offline is online again',
		},
		{
			name: 'Hybrid Agent Offline',
			value: 'hybridAgentOffline',
			description:
				'A Hybrid Deployment Agent went offline (its online flag became false): connectors using it cannot sync',
		},
		{
			name: 'Setup Incomplete',
			value: 'setupIncomplete',
			description:
				'Setup state became incomplete (for example a new connector whose setup was not finished)',
		},
		{
			name: 'Sync Failed',
			value: 'syncFailed',
			description: 'A sync ended in failure (a new failed_at)',
		},
		{
			name: 'Sync Succeeded',
			value: 'syncSucceeded',
			description: 'A sync finished successfully (a new succeeded_at)',
		},
		{
			name: 'Transformation Failed',
			value: 'transformationFailed',
			description:
				"A transformation run ended (a new last_ended_at) with status FAILED, PARTIALLY_SUCCEEDED, CANCELED or BLOCKED; the item carries Fivetran's messages",
		},
		{
			name: 'Transformation Succeeded',
			value: 'transformationSucceeded',
			description: 'A transformation run ended (a new last_ended_at) with status SUCCEEDED',
		},
	],
};

/** An event's name as the Events field shows it (e.g. "Connector Broken"). */
export function eventDisplayName(event: string): string {
	const option = (eventsField.options ?? []).find((o) => 'value' in o && o.value === event);
	return option?.name ?? event;
}
