import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as checkFreshData from './checkFreshData.operation';
import * as checkSync from './checkSync.operation';
import * as create from './create.operation';
import * as createConnectCard from './createConnectCard.operation';
import * as deleteConnector from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getSchemaConfig from './getSchemaConfig.operation';
import * as getState from './getState.operation';
import * as getStatus from './getStatus.operation';
import * as getSyncHistory from './getSyncHistory.operation';
import * as historicalResync from './historicalResync.operation';
import * as pause from './pause.operation';
import * as reloadSchema from './reloadSchema.operation';
import * as resume from './resume.operation';
import * as resyncTables from './resyncTables.operation';
import * as runSetupTests from './runSetupTests.operation';
import * as sync from './sync.operation';
import * as update from './update.operation';
import * as updateSchemaConfig from './updateSchemaConfig.operation';
import * as updateState from './updateState.operation';
import * as waitForFreshData from './waitForFreshData.operation';

export const connectorOperations: OperationMap = {
	checkFreshData,
	checkSync,
	create,
	createConnectCard,
	delete: deleteConnector,
	get,
	getAll,
	getSchemaConfig,
	getState,
	getStatus,
	getSyncHistory,
	historicalResync,
	pause,
	reloadSchema,
	resume,
	resyncTables,
	runSetupTests,
	sync,
	update,
	updateSchemaConfig,
	updateState,
	waitForFreshData,
};

export const connectorDescription = resourceDescription('connector', connectorOperations, [
	{
		name: 'Check Fresh Data',
		value: 'checkFreshData',
		action: 'Check whether connectors have fresh data',
		description:
			"Look once whether chosen connectors (or all of some groups, or the account) synced successfully after a time or within the last minutes; returns ONE item with all_fresh, the counts and a row per connector saying why it is not fresh (paused, broken, syncing, never synced, stale). Loop it behind n8n's Wait node and pass its item back: later checks read only what is not fresh yet.",
	},
	{
		name: 'Check Sync',
		value: 'checkSync',
		action: 'Check whether a sync has finished',
		description:
			"Look once whether the sync that Sync (without waiting) requested has ended; returns the connector with sync_finished, sync_outcome (running, succeeded, failed, paused, rescheduled, timed_out) and sync_succeeded. Needs sync_requested_at from the Sync output. Loop it behind n8n's Wait node (65 s or more) so long syncs hold no worker. For a plain health check use Get Status",
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a connector',
		description:
			'Create a connector in a group for a service (source type) with its config, then run its setup tests; returns the new connector with the test results. To change an existing connector use Update.',
	},
	{
		name: 'Create Connect Card',
		value: 'createConnectCard',
		action: 'Create a connect card link for a connector',
		description:
			"Get a Fivetran-hosted link (uri) where someone can authorize or fix a connector's setup without a Fivetran login; it redirects to the given address afterwards",
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a connector',
		description:
			'Delete a connector for good, with its schedule and settings; needs Confirm. To stop syncs for a while use Pause instead.',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a connector',
		description:
			'Get one connector by ID: service, schema, group, schedule, config and status (setup and sync state, tasks, warnings, last success and failure). For a flat health summary use Get Status; to find an ID use Get Many.',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many connectors',
		description:
			'List the connectors of the account or of one group, one item each; filter by status (broken, failing, paused, syncing), service or schema. Status Broken finds the connectors that need someone to fix them.',
	},
	{
		name: 'Get Schema Config',
		value: 'getSchemaConfig',
		action: 'Get the schema config of a connector',
		description:
			"Get which schemas, tables and columns the connector syncs (enabled, sync mode, hashing). Not the connector's settings: use Get for those.",
	},
	{
		name: 'Get State',
		value: 'getState',
		action: 'Get the state of a connector',
		description:
			'Get the saved cursor state of a Connector SDK or Function connector; other services have no state and fail',
	},
	{
		name: 'Get Status',
		value: 'getStatus',
		action: 'Get the status of a connector',
		description:
			"Get a flat health summary of one connector: is_syncing, is_paused, is_broken, last_sync_failed, sync and setup state, succeeded_at, failed_at, tasks, warnings, dashboard link. Best for 'is it healthy?' and after a Sync; use Get for config and schedule.",
	},
	{
		name: 'Get Sync History',
		value: 'getSyncHistory',
		action: 'Get the sync history of a connector',
		description:
			"List a connector's past syncs in a time range (last hours or days, or from-to; longer than 7 days is read in 7-day windows), one item per sync as Fivetran records it, with failed syncs and their reasons. For the current state use Get Status.",
	},
	{
		name: 'Historical Resync',
		value: 'historicalResync',
		action: 'Run a historical resync of a connector',
		description:
			'Re-import all data of a connector (or chosen tables) from the source: slow and costly; needs Confirm. Can wait for the outcome like Sync. For new data only use Sync',
	},
	{
		name: 'Pause',
		value: 'pause',
		action: 'Pause a connector',
		description: "Stop a connector's scheduled syncs until it is resumed; returns the connector",
	},
	{
		name: 'Reload Schema',
		value: 'reloadSchema',
		action: 'Reload the schema of a connector',
		description:
			'Re-read the source for new schemas, tables and columns and return the schema config; can take minutes. To only read the schema config use Get Schema Config.',
	},
	{
		name: 'Resume',
		value: 'resume',
		action: 'Resume a connector',
		description:
			'Unpause a connector so it syncs on its schedule again; returns the connector. It does not start a sync now: use Sync for that.',
	},
	{
		name: 'Resync Tables',
		value: 'resyncTables',
		action: 'Resync tables of a connector',
		description:
			'Re-import chosen tables from scratch; needs Confirm. For the whole connector use Historical Resync, for new data Sync.',
	},
	{
		name: 'Run Setup Tests',
		value: 'runSetupTests',
		action: 'Run setup tests of a connector',
		description:
			'Test the connection to the source; returns one item per test with its status (PASSED, WARNING, FAILED, ...) and message. Run it after fixing a broken connector.',
	},
	{
		name: 'Sync',
		value: 'sync',
		action: 'Sync a connector',
		description:
			'Start a sync now. Returns at once (success, sync_requested_at) or, with Wait for Completion, when the sync has ended (sync_succeeded, sync_duration_seconds). For long syncs do not wait: check later with Check Sync or Get Status. A paused connector is refused unless Resume If Paused is on',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a connector',
		description:
			'Change only the given settings: config, paused, sync frequency, schedule type, daily sync time, data delay notifications; returns the connector. For schemas and tables use Update Schema Config.',
	},
	{
		name: 'Update Schema Config',
		value: 'updateSchemaConfig',
		action: 'Update the schema config of a connector',
		description:
			'Enable or disable schemas, tables or columns, or set how new ones are handled; returns the schema config',
	},
	{
		name: 'Update State',
		value: 'updateState',
		action: 'Update the state of a connector',
		description:
			'Replace the saved cursor state of a paused Connector SDK or Function connector; its next sync starts from that state',
	},
	{
		name: 'Wait for Fresh Data',
		value: 'waitForFreshData',
		action: 'Wait until connectors have fresh data',
		description:
			'A freshness gate: wait until every chosen connector (or all of some groups, or the account) has synced successfully after a time or within the last minutes, optionally starting one sync for each stale one; fails at once on paused or broken ones (or skips them). Outputs a summary then one item per connector. Costs one list request per group per look. For waits of hours use Check Fresh Data in a loop',
	},
]);
