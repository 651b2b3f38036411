import { resourceDescription } from '../resource';
import type { OperationMap } from '../types';
import * as checkSync from './checkSync.operation';
import * as create from './create.operation';
import * as createConnectCard from './createConnectCard.operation';
import * as deleteConnector from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getSchemaConfig from './getSchemaConfig.operation';
import * as getState from './getState.operation';
import * as getStatus from './getStatus.operation';
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

export const connectorOperations: OperationMap = {
	checkSync,
	create,
	createConnectCard,
	delete: deleteConnector,
	get,
	getAll,
	getSchemaConfig,
	getState,
	getStatus,
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
};

export const connectorDescription = resourceDescription('connector', connectorOperations, [
	{
		name: 'Check Sync',
		value: 'checkSync',
		action: 'Check whether a sync has finished',
		description:
			"Look once whether the sync a Sync step requested without waiting has ended; outputs the connector with sync_finished, sync_outcome (running, succeeded, failed, paused, rescheduled, timed_out) and sync_succeeded; loop it behind n8n's Wait node (65 s or more) so long syncs hold no worker; for short syncs use Sync with Wait for Completion instead",
	},
	{
		name: 'Create',
		value: 'create',
		action: 'Create a connector',
		description:
			'Create a connector in a group for a service (source type) with its config; runs the setup tests and outputs their results with the connector',
	},
	{
		name: 'Create Connect Card',
		value: 'createConnectCard',
		action: 'Create a connect card link for a connector',
		description:
			'Get a Fivetran-hosted link (uri) where a person can authorize or fix the connector setup without a Fivetran login; redirects to the given address afterwards',
	},
	{
		name: 'Delete',
		value: 'delete',
		action: 'Delete a connector',
		description: 'Delete a connector permanently; needs confirmation',
	},
	{
		name: 'Get',
		value: 'get',
		action: 'Get a connector',
		description: 'Get one connector with its config and status',
	},
	{
		name: 'Get Many',
		value: 'getAll',
		action: 'Get many connectors',
		description:
			'List connectors of the account or of one group; filter by status (broken, failing, paused, syncing), service or schema',
	},
	{
		name: 'Get Schema Config',
		value: 'getSchemaConfig',
		action: 'Get the schema config of a connector',
		description: 'Get which schemas, tables and columns the connector syncs',
	},
	{
		name: 'Get State',
		value: 'getState',
		action: 'Get the state of a connector',
		description: 'Get the saved cursor state; only for Connector SDK and Function connectors',
	},
	{
		name: 'Get Status',
		value: 'getStatus',
		action: 'Get the status of a connector',
		description:
			'Get a flat health summary: syncing, paused, broken, last sync failed, sync/setup state, last success and failure times, tasks and warnings',
	},
	{
		name: 'Historical Resync',
		value: 'historicalResync',
		action: 'Run a historical resync of a connector',
		description:
			'Re-import all data of a connector (or chosen tables) from the source; needs confirmation; can wait for the outcome',
	},
	{
		name: 'Pause',
		value: 'pause',
		action: 'Pause a connector',
		description: 'Stop scheduled syncs until the connector is resumed',
	},
	{
		name: 'Reload Schema',
		value: 'reloadSchema',
		action: 'Reload the schema of a connector',
		description:
			'Re-read the source for new schemas, tables and columns and output the schema config; can take minutes',
	},
	{
		name: 'Resume',
		value: 'resume',
		action: 'Resume a connector',
		description: 'Unpause a connector so it syncs on its schedule again',
	},
	{
		name: 'Resync Tables',
		value: 'resyncTables',
		action: 'Resync tables of a connector',
		description: 'Re-import chosen tables from scratch; needs confirmation',
	},
	{
		name: 'Run Setup Tests',
		value: 'runSetupTests',
		action: 'Run setup tests of a connector',
		description:
			'Test the connection to the source; outputs one item per test with its status (PASSED, WARNING, FAILED, ...)',
	},
	{
		name: 'Sync',
		value: 'sync',
		action: 'Sync a connector',
		description:
			'Start a sync now; optionally wait until it has finished (with a timeout) and output whether it succeeded',
	},
	{
		name: 'Update',
		value: 'update',
		action: 'Update a connector',
		description:
			'Change only the given settings: config, paused, sync frequency, schedule type, daily sync time, data delay notifications',
	},
	{
		name: 'Update Schema Config',
		value: 'updateSchemaConfig',
		action: 'Update the schema config of a connector',
		description: 'Enable or disable schemas, tables or columns, or set how new ones are handled',
	},
	{
		name: 'Update State',
		value: 'updateState',
		action: 'Update the state of a connector',
		description: 'Replace the saved cursor state of a paused Connector SDK or Function connector',
	},
]);
