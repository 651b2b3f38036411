import type { INodeProperties } from 'n8n-workflow';

import { parallelGroupReadsField } from '../shared/groupReads/parallelGroupReads';
import { connectorLocator, groupLocator } from '../shared/locators';
import { eventsField } from './poll/eventsField';

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
	eventsField,
	...staleAfter,
	options,
];
