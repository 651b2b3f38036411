import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ConnectorState } from '../../shared/connector/connectorState';
import { blockingTasks, dashboardUrl } from '../../shared/connector/connectorState';
import { waitCancelledError } from '../common/wait/cancelled';
import { formatDuration } from '../common/wait/duration';

/** The state fields that explain where a sync stood, in one line. */
export function describeState(state: ConnectorState): string {
	const facts = [
		`sync_state "${state.syncState || 'unknown'}"`,
		`setup_state "${state.setupState || 'unknown'}"`,
		`succeeded_at ${state.succeededAt ?? 'never'}`,
		`failed_at ${state.failedAt ?? 'never'}`,
	];
	if (state.rescheduledFor) facts.push(`rescheduled_for ${state.rescheduledFor}`);
	return facts.join(', ');
}

export function pausedError(
	node: INode,
	connectorId: string,
	itemIndex: number,
	syncRequested: boolean,
): NodeOperationError {
	return new NodeOperationError(
		node,
		`Connector "${connectorId}" is paused; turn on 'Resume If Paused' or resume it`,
		{
			itemIndex,
			description: syncRequested
				? 'The connector was paused while the node waited for its sync, so the sync will not finish. Resume it (in Fivetran or with the Resume operation) and run again.'
				: 'A paused connector does not sync, so no sync was requested. Resume it (in Fivetran or with the Resume operation), or turn on "Resume If Paused" to let this node resume it first.',
		},
	);
}

export function timeoutError(
	node: INode,
	connectorId: string,
	itemIndex: number,
	timeoutMs: number,
	waitedMs: number,
	state: ConnectorState | undefined,
): NodeOperationError {
	const lastSeen = state ? describeState(state) : 'no poll was answered in time';
	return new NodeOperationError(
		node,
		`Gave up waiting for the sync of connector "${connectorId}" after ${formatDuration(timeoutMs)} (Timeout)`,
		{
			itemIndex,
			description: `Waited ${formatDuration(waitedMs)}; no further check fits in the Timeout. Last seen: ${lastSeen}. The sync may still be running in Fivetran: raise "Timeout", or check ${dashboardUrl(connectorId)}.`,
		},
	);
}

/** The user stopped the execution (see waitCancelledError). */
export function cancelledError(
	node: INode,
	connectorId: string,
	itemIndex: number,
	syncRequested: boolean,
): NodeOperationError {
	return waitCancelledError(node, itemIndex, {
		what: 'sync',
		of: `connector "${connectorId}"`,
		requested: syncRequested,
		goesOn: `the sync itself goes on in Fivetran (stopping a workflow does not stop a sync). Check ${dashboardUrl(connectorId)}.`,
	});
}

export function rescheduledError(
	node: INode,
	connectorId: string,
	itemIndex: number,
	rescheduledFor: string | null,
	beyondDeadline: boolean,
): NodeOperationError {
	const when = rescheduledFor ?? 'a later time Fivetran did not give';
	const message = beyondDeadline
		? `The sync of connector "${connectorId}" is rescheduled for ${when}, after the timeout ends`
		: `The sync of connector "${connectorId}" is rescheduled for ${when} (On Rescheduled: Fail)`;
	return new NodeOperationError(node, message, {
		itemIndex,
		description:
			'Fivetran postponed the sync, usually because the source\'s API quota is used up. Raise "Timeout" to wait for it, or set "On Rescheduled" to "Trigger Again".',
	});
}

/** Fivetran's own words about why the sync failed: the blocking tasks, never a warning. */
function taskMessages(state: ConnectorState): string {
	const messages = blockingTasks(state)
		.map((task: IDataObject) =>
			[task.code, task.message].filter((part) => typeof part === 'string' && part).join(': '),
		)
		.filter(Boolean);
	if (messages.length === 0) return "Fivetran gave no task message; see the connector's logs.";
	const text = messages.join('; ');
	return `Fivetran says: ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}

export function syncFailedError(
	node: INode,
	id: string,
	connector: IDataObject,
	state: ConnectorState,
	itemIndex: number,
): NodeOperationError {
	const schema =
		typeof connector.schema === 'string' && connector.schema
			? ` (schema "${connector.schema}")`
			: '';
	return new NodeOperationError(
		node,
		`The sync of connector "${id}"${schema} failed at ${state.failedAt ?? 'an unknown time'}`,
		{
			itemIndex,
			description: `${taskMessages(state)} Details: ${dashboardUrl(id)}. To get a failed sync as an output item instead of an error, set "On Failure" to "Output Item".`,
		},
	);
}
