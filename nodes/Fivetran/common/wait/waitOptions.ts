import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { readChoice, inputError } from '../validate';

import type { RescheduledPolicy } from '../../../shared/connector/syncDecision';
import { FINAL_POLL_GRACE_MS, MAX_TIMEOUT_MS, MIN_POLL_INTERVAL_MS } from './pollUntil';

// The "wait for the sync" parameters, shared by Sync and Historical Resync so both behave alike.

const MIN_POLL_SECONDS = MIN_POLL_INTERVAL_MS / 1000;
const MAX_TIMEOUT_MINUTES = MAX_TIMEOUT_MS / 60_000;
const FINAL_POLL_GRACE_SECONDS = FINAL_POLL_GRACE_MS / 1000;

const whenWaiting = { show: { waitForCompletion: [true] } };

/** Shown under the fields, so the limits are seen before a run refuses a value. */
export const POLL_INTERVAL_HINT = `At least ${MIN_POLL_SECONDS} seconds; a smaller value stops the node with an error before any request`;
export const TIMEOUT_HINT = `From 1 to ${MAX_TIMEOUT_MINUTES} minutes (24 hours); a value outside stops the node with an error before any request`;

/** The Timeout field (minutes, read by readTimeoutMs); what happens at the end differs per operation. */
export function timeoutField(description: string): INodeProperties {
	return {
		displayName: 'Timeout (Minutes)',
		name: 'timeout',
		type: 'number',
		default: 60,
		hint: TIMEOUT_HINT,
		description,
	};
}

/** On Failure (Stop With Error | Output Item); the two choices' texts differ between wait and check. */
export function onFailureField(says: { error: string; output: string }): INodeProperties {
	return {
		displayName: 'On Failure',
		name: 'onFailure',
		type: 'options',
		default: 'error',
		options: [
			{ name: 'Stop With Error', value: 'error', description: says.error },
			{ name: 'Output Item', value: 'output', description: says.output },
		],
	};
}

export const waitFields: INodeProperties[] = [
	{
		displayName: 'Wait for Completion',
		name: 'waitForCompletion',
		type: 'boolean',
		default: false,
		description:
			'Whether to wait until the sync has finished and output the connector with the outcome. When off, the node outputs as soon as Fivetran accepted the request.',
	},
	// No minValue / maxValue: the editor would silently change a value out of range (2 becoming 5);
	// readWaitSettings refuses it instead, naming the field, before any request.
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		default: 30,
		description: `How often to ask Fivetran whether the sync has finished; at least ${MIN_POLL_SECONDS}. Each check is one API call.`,
		hint: POLL_INTERVAL_HINT,
		displayOptions: whenWaiting,
	},
	{
		displayName: 'Timeout (Minutes)',
		name: 'timeout',
		type: 'number',
		default: 60,
		hint: TIMEOUT_HINT,
		description: `How long to wait at most, from 1 to ${MAX_TIMEOUT_MINUTES} (24 hours), slow or retried checks included (the last check starts ${FINAL_POLL_GRACE_SECONDS} s before the time is up); then the node stops with an error that shows the last state seen`,
		displayOptions: whenWaiting,
	},
	{
		...onFailureField({
			error: "Stop the node with an error that names the connector and Fivetran's failure messages",
			output: 'Output the connector with sync_succeeded false, so the workflow can branch on it',
		}),
		description: 'What to do when the sync ends in failure',
		displayOptions: whenWaiting,
	},
	{
		displayName: 'On Rescheduled',
		name: 'onRescheduled',
		type: 'options',
		default: 'wait',
		options: [
			{
				name: 'Wait',
				value: 'wait',
				description: 'Wait until the rescheduled time; fail at once if that is after the timeout',
			},
			{
				name: 'Trigger Again',
				value: 'retrigger',
				description: 'Request the sync again (once each time it gets rescheduled) and keep waiting',
			},
			{
				name: 'Stop With Error',
				value: 'fail',
				description: 'Stop the node with an error that says when Fivetran will retry',
			},
		],
		description:
			"What to do when Fivetran postpones the sync (sync state 'rescheduled', usually because the source's API quota is used up)",
		displayOptions: whenWaiting,
	},
];

export interface WaitSettings {
	pollIntervalMs: number;
	timeoutMs: number;
	onFailure: 'error' | 'output';
	onRescheduled: RescheduledPolicy;
}

/** The Timeout parameter (1 to 1440 minutes) in ms; shared by the waits and Check Sync. */
export function readTimeoutMs(ctx: IExecuteFunctions, itemIndex: number): number {
	const timeoutMinutes = ctx.getNodeParameter('timeout', itemIndex, 60) as number;
	if (
		typeof timeoutMinutes !== 'number' ||
		!Number.isFinite(timeoutMinutes) ||
		timeoutMinutes < 1 ||
		timeoutMinutes > MAX_TIMEOUT_MINUTES
	) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Timeout" must be from 1 to ${MAX_TIMEOUT_MINUTES} minutes (got ${String(timeoutMinutes)})`,
			'A wait always ends; for longer syncs, run the node without waiting and check the connector later (for example with the Fivetran Trigger).',
		);
	}
	return timeoutMinutes * 60_000;
}

/** The Poll Interval parameter (at least MIN_POLL_SECONDS) in ms; shared by the waits. */
export function readPollIntervalMs(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fallback = 30,
): number {
	const pollSeconds = ctx.getNodeParameter('pollInterval', itemIndex, fallback) as number;
	if (
		typeof pollSeconds !== 'number' ||
		!Number.isFinite(pollSeconds) ||
		pollSeconds < MIN_POLL_SECONDS
	) {
		inputError(
			ctx,
			itemIndex,
			`The parameter "Poll Interval" must be at least ${MIN_POLL_SECONDS} seconds (got ${String(pollSeconds)})`,
			'Checking more often only spends Fivetran API calls (they are rate-limited per account) without finding out sooner.',
		);
	}
	return pollSeconds * 1000;
}

/** undefined when the node should not wait. Read before any request, so bad values cost no API call. */
export function readWaitSettings(
	ctx: IExecuteFunctions,
	itemIndex: number,
): WaitSettings | undefined {
	if (ctx.getNodeParameter('waitForCompletion', itemIndex, false) !== true) return undefined;
	return {
		pollIntervalMs: readPollIntervalMs(ctx, itemIndex),
		timeoutMs: readTimeoutMs(ctx, itemIndex),
		onFailure: readChoice(ctx, 'onFailure', itemIndex, 'On Failure', ['error', 'output']),
		onRescheduled: readChoice(ctx, 'onRescheduled', itemIndex, 'On Rescheduled', [
			'wait',
			'retrigger',
			'fail',
		]),
	};
}
