import type { INodeProperties } from 'n8n-workflow';

import { parallelGroupReadsField } from '../shared/groupReads/parallelGroupReads';
import { connectorLocator, groupLocator } from '../shared/locators';

const scope: INodeProperties = {
	displayName: 'Watch',
	name: 'scope',
	type: 'options',
	noDataExpression: true,
	default: 'account',
	options: [
		{
			name: 'All Connectors',
			value: 'account',
			description:
				'Every connector the credential can see (one request per 1000 connectors), and all transformations and agents for their events',
		},
		{
			name: 'Connectors in Chosen Groups',
			value: 'groups',
			description:
				'The connectors, transformations and agents of the groups you list (one request per group and 1000 objects)',
		},
		{
			name: 'Chosen Connectors',
			value: 'connectors',
			description:
				'Only the connectors you list; transformation and agent events watch the groups these connectors belong to',
		},
	],
};

/** A list of chosen objects (one locator per row), shown for one value of "Watch". */
function chosenList(
	scopeValue: string,
	displayName: string,
	entry: INodeProperties,
): INodeProperties {
	return {
		displayName: `${displayName}s`,
		name: scopeValue,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${displayName}`,
		default: {},
		displayOptions: { show: { scope: [scopeValue] } },
		options: [{ displayName, name: displayName.toLowerCase(), values: [entry] }],
	};
}

const groups = chosenList('groups', 'Group', groupLocator);
const connectors = chosenList('connectors', 'Connector', connectorLocator);

const events: INodeProperties = {
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

const options: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	options: [
		parallelGroupReadsField(
			"How many groups' connector lists one poll reads side by side (All Connectors and Connectors in Chosen Groups). 1: one list after another. A rate limit on any list holds all of them back.",
		),
		{
			displayName: 'Include Full Object',
			name: 'includeConnector',
			type: 'boolean',
			default: false,
			description:
				'Whether to add the full object as returned by Fivetran to each item (connector, transformation or agent)',
		},
		{
			displayName: 'Report Current State on First Poll',
			name: 'reportExisting',
			type: 'boolean',
			default: false,
			description:
				"Whether the first poll after activation reports what is already in a selected state (for example a connector already broken, an agent already offline) and each connector's latest sync and transformation's latest run. Off: the first poll only records the current state.",
		},
	],
};

const whenStaleEvents = { show: { events: ['dataStale', 'dataFreshAgain'] } };

const staleAfter: INodeProperties[] = [
	{
		displayName: 'Stale After',
		name: 'staleAfter',
		type: 'number',
		default: 6,
		description: 'How old the last successful sync may be before the data counts as stale',
		displayOptions: whenStaleEvents,
	},
	{
		displayName: 'Stale After Unit',
		name: 'staleAfterUnit',
		type: 'options',
		default: 'hours',
		options: [
			{ name: 'Hours', value: 'hours' },
			{ name: 'Minutes', value: 'minutes' },
		],
		displayOptions: whenStaleEvents,
	},
];

export const triggerProperties: INodeProperties[] = [
	scope,
	groups,
	connectors,
	events,
	...staleAfter,
	options,
];

/** An event's name as the Events field shows it (e.g. "Connector Broken"). */
export function eventDisplayName(event: string): string {
	const option = (events.options ?? []).find((o) => 'value' in o && o.value === event);
	return option?.name ?? event;
}
