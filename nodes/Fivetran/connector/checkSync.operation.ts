import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { clock } from '../../shared/clock';
import { readConnectorState } from '../../shared/connector/connectorState';
import { decidePoll } from '../../shared/connector/syncDecision';
import { connectorLocator } from '../../shared/locators';
import type { Access } from '../common/types';
import { getConnection } from './connection';
import { judgeCheck } from './checkOutcome';
import { readInstant, requireInstant } from './syncTimes';
import { readChoice, readId } from '../common/validate';
import { onFailureField, readTimeoutMs, timeoutField } from '../common/wait/waitOptions';
import { checkNumber } from '../common/wait/checkNumber';
import { summaryFirst } from '../common/wait/summaryFirst';

// One look at the connector, answered as Wait for Completion would answer at this moment. Made for
// loops with n8n's Wait node, which parks the execution in the database between checks (queue mode
// frees the worker) instead of holding a worker for the whole sync.

export const access: Access = 'read';

const fields: INodeProperties[] = [
	{
		displayName: 'Sync Requested At',
		name: 'syncRequestedAt',
		type: 'string',
		required: true,
		default: '={{ $json.sync_requested_at }}',
		description:
			'When the Sync step asked for the sync (its sync_requested_at output), as ISO 8601 with a time zone. The Timeout counts from here.',
	},
	{
		displayName: 'Previous Sync End At',
		name: 'previousSyncEndAt',
		type: 'string',
		default: '={{ $json.previous_sync_end_at }}',
		description:
			"When the sync before it ended (the Sync step's previous_sync_end_at output); only a sync that ends later counts. Empty means no sync had ended before.",
	},
	timeoutField(
		'How long after Sync Requested At the sync may take; a check after that, with the sync unfinished, answers "timed_out"',
	),
	{
		...onFailureField({
			error:
				'A failed, paused, rescheduled or timed-out sync stops the node with the error Wait for Completion gives',
			output:
				'Every unsuccessful end is an item with sync_finished true, sync_succeeded false and sync_outcome saying why',
		}),
		description: 'What to do when the sync ended without success',
	},
	{
		displayName: 'On Rescheduled',
		name: 'onRescheduledCheck',
		type: 'options',
		default: 'wait',
		options: [
			{
				name: 'Wait',
				value: 'wait',
				description:
					'Answer "running" (with rescheduled_for) while the new time is within the timeout; after it, the sync ends as rescheduled',
			},
			{
				name: 'Stop Waiting',
				value: 'fail',
				description: 'Treat a rescheduled sync as ended without success (see On Failure)',
			},
		],
		description:
			"What a check answers when Fivetran postponed the sync (sync state 'rescheduled', usually the source's API quota)",
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['connector'], operation: ['checkSync'] } },
	[connectorLocator, ...fields],
);

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject> {
	// Everything is read before the request, so bad input costs no API call.
	const connectorId = decodeURIComponent(readId(this, 'connectorId', itemIndex));
	const requested = requireInstant(this, 'syncRequestedAt', itemIndex, 'Sync Requested At');
	const previous = readInstant(this, 'previousSyncEndAt', itemIndex, 'Previous Sync End At');
	const timeoutMs = readTimeoutMs(this, itemIndex);
	const onFailure = readChoice(this, 'onFailure', itemIndex, 'On Failure', ['error', 'output']);
	const onRescheduled = readChoice(this, 'onRescheduledCheck', itemIndex, 'On Rescheduled', [
		'wait',
		'fail',
	]);
	const checks = checkNumber(this, itemIndex);
	const requestedAt = requested.millis;

	const connector = await getConnection(this, itemIndex);
	const now = clock.now();
	const state = readConnectorState(connector);
	const decision = decidePoll(state, {
		baselineMillis: previous?.millis ?? -Infinity,
		now,
		deadline: requestedAt + timeoutMs,
		// A check neither sleeps nor triggers again: these two only shape answers it reads as "running".
		pollIntervalMs: 0,
		onRescheduled,
		retriggeredThisEpisode: false,
	});
	const summary = judgeCheck(this, {
		connectorId,
		connector,
		state,
		decision,
		onFailure,
		requestedAt,
		now,
		timeoutMs,
		itemIndex,
	});
	return summaryFirst(
		{
			...summary,
			checks,
			connector_id: connectorId,
			sync_requested_at: requested.text,
			previous_sync_end_at: previous?.text ?? null,
		},
		connector,
	);
}
