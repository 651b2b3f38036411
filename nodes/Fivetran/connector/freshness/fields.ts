import type { INodeProperties } from 'n8n-workflow';

import { connectorLocator, groupLocator } from '../../../shared/locators';
import { connectorListFilters } from '../listFilters';
import { POLL_INTERVAL_HINT, timeoutField } from '../../common/wait/waitOptions';

// The parameters of Wait for Fresh Data and Check Fresh Data (the check has all but the wait's).

/** A list of chosen objects, one locator per row. */
function chosenList(
	name: string,
	row: string,
	entry: INodeProperties,
	scope: string,
): INodeProperties {
	return {
		displayName: `${row}s`,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: `Add ${row}`,
		default: {},
		displayOptions: { show: { freshScope: [scope] } },
		options: [{ displayName: row, name: row.toLowerCase(), values: [entry] }],
	};
}

const which: INodeProperties[] = [
	{
		displayName: 'Connectors to Check',
		name: 'freshScope',
		type: 'options',
		default: 'connectors',
		options: [
			{
				name: 'Chosen Connectors',
				value: 'connectors',
				description:
					'The connectors you list (the first look reads each once, later looks one list per group)',
			},
			{
				name: 'Connector IDs (Expression)',
				value: 'connectorIds',
				description: 'IDs from an expression: a list, or text with IDs separated by commas',
			},
			{
				name: 'Connectors in Chosen Groups',
				value: 'groups',
				description: 'Every connector of the groups you list (one list request per group)',
			},
			{
				name: 'Whole Account',
				value: 'account',
				description: 'Every connector the credential can see (one list request per group)',
			},
		],
	},
	chosenList('freshConnectors', 'Connector', connectorLocator, 'connectors'),
	{
		displayName: 'Connector IDs',
		name: 'connectorIdList',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.connector_ids }}',
		description: 'A list of connector IDs, or text with IDs separated by commas',
		displayOptions: { show: { freshScope: ['connectorIds'] } },
	},
	chosenList('freshGroups', 'Group', groupLocator, 'groups'),
	{ ...connectorListFilters, displayOptions: { show: { freshScope: ['groups', 'account'] } } },
];

const rule: INodeProperties[] = [
	{
		displayName: 'Fresh Means',
		name: 'freshRule',
		type: 'options',
		default: 'after',
		options: [
			{
				name: 'Synced After a Point in Time',
				value: 'after',
				description: 'The last successful sync ended at or after Fresh After',
			},
			{
				name: 'Synced Within the Last Minutes',
				value: 'window',
				description: 'The last successful sync ended at most Max Age minutes ago',
			},
		],
	},
	{
		displayName: 'Fresh After',
		name: 'freshAfter',
		type: 'string',
		default: '',
		placeholder: 'e.g. {{ $json.sync_requested_at }}',
		description:
			'ISO 8601 date and time with a time zone. Empty: when this node started (in a Check Fresh Data loop, when the first check ran).',
		displayOptions: { show: { freshRule: ['after'] } },
	},
	{
		displayName: 'Max Age (Minutes)',
		name: 'maxAgeMinutes',
		type: 'number',
		default: 60,
		description: 'A connector is fresh when its last successful sync ended at most this long ago',
		displayOptions: { show: { freshRule: ['window'] } },
	},
	{
		displayName: 'Start Syncs for Stale Connectors',
		name: 'startSyncs',
		type: 'boolean',
		default: false,
		description:
			'Whether to request one sync (never two) for each stale connector that is idle. Needs the safety level "Read and Write" and is refused when Connector: Sync is on the deny list.',
	},
	{
		displayName: 'Paused / Broken Connectors',
		name: 'onPausedOrBroken',
		type: 'options',
		default: 'fail',
		options: [
			{
				name: 'Fail at Once',
				value: 'fail',
				description: 'Stop with an error naming them: no sync can make them fresh',
			},
			{
				name: 'Skip Them',
				value: 'skip',
				description: 'Leave them out of the wait; they are reported as skipped',
			},
			{
				name: 'Keep Waiting',
				value: 'wait',
				description: 'Wait for someone to fix or resume them, until the Timeout',
			},
		],
		description:
			'What to do with a connector that is not fresh and cannot become fresh by itself (paused, setup broken or incomplete)',
	},
];

const waitOnly: INodeProperties[] = [
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		default: 60,
		hint: POLL_INTERVAL_HINT,
		description:
			'How often to look again, at least 5; each look costs one list request per group that still has a connector to wait for',
	},
	timeoutField(
		'How long to wait at most; then the node stops with an error that names the connectors that are not fresh and why',
	),
];

export const checkFreshFields: INodeProperties[] = [...which, ...rule];
export const waitFreshFields: INodeProperties[] = [...which, ...rule, ...waitOnly];
