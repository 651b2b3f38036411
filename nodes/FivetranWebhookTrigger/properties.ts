import type { INodeProperties } from 'n8n-workflow';

import { connectorLocator, groupLocator } from '../shared/locators';
import { WEBHOOK_EVENTS } from '../shared/webhook/events';

const scope: INodeProperties = {
	displayName: 'Receive Events Of',
	name: 'scope',
	type: 'options',
	noDataExpression: true,
	default: 'account',
	options: [
		{
			name: 'All Connectors',
			value: 'account',
			description: 'An account webhook: events of every connector in the Fivetran account',
		},
		{
			name: 'Connectors in a Group',
			value: 'group',
			description: 'A group webhook: events of the connectors of one group (destination)',
		},
	],
};

const group: INodeProperties = {
	...groupLocator,
	description: 'The group whose connectors send events',
	displayOptions: { show: { scope: ['group'] } },
};

const events: INodeProperties = {
	displayName: 'Events',
	name: 'events',
	type: 'multiOptions',
	required: true,
	default: ['sync_end'],
	description:
		'What Fivetran sends. Fivetran registers a webhook for exactly these events when the workflow is activated.',
	options: WEBHOOK_EVENTS,
};

const onlyConnectors: INodeProperties = {
	displayName: 'Only These Connectors',
	name: 'onlyConnectors',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Connector',
	default: {},
	description: 'Start the workflow only for events of these connectors',
	options: [{ displayName: 'Connector', name: 'connector', values: [connectorLocator] }],
};

const syncOutcomes: INodeProperties = {
	displayName: 'Only Sync Outcomes',
	name: 'syncOutcomes',
	type: 'multiOptions',
	default: [],
	description:
		'For Sync Ended: start the workflow only for these outcomes. Other events are not filtered; a status this node does not know is let through with sync_outcome "unknown".',
	options: [
		{ name: 'Succeeded', value: 'succeeded', description: 'Status SUCCESSFUL' },
		{
			name: 'Failed',
			value: 'failed',
			description: 'Status FAILURE, FAILURE_WITH_TASK or FAILED (the item carries the reason)',
		},
		{
			name: 'Rescheduled',
			value: 'rescheduled',
			description: 'Status RESCHEDULED: the source asked Fivetran to wait (e.g. API quota)',
		},
	],
};

const includeTestEvents: INodeProperties = {
	displayName: 'Include Test Events',
	name: 'includeTestEvents',
	type: 'boolean',
	default: false,
	description:
		"Whether events sent by Fivetran's webhook test (Webhook > Send Test Event, for a made-up connector) start the workflow. The test Fivetran sends while registering never does. While listening for a test event in the editor they always do.",
};

export const triggerProperties: INodeProperties[] = [
	{
		displayName:
			'Fivetran delivers events only to HTTPS addresses it can reach: n8n must be reachable from the internet (set WEBHOOK_URL to its public HTTPS URL). Activating the workflow registers the webhook in Fivetran; deactivating removes it.',
		name: 'notice',
		type: 'notice',
		default: '',
	},
	scope,
	group,
	events,
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [onlyConnectors, syncOutcomes, includeTestEvents],
	},
];
