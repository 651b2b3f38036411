import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { TransformationRun } from '../../shared/transformation/transformationRun';
import {
	hasRunTimes,
	isFinal,
	TRANSFORMATIONS_DASHBOARD,
} from '../../shared/transformation/transformationRun';
import { formatDuration } from '../common/wait/duration';
import { waitCancelledError } from '../common/wait/cancelled';

const seeDashboard = `Details: the run history under Transformations in the Fivetran dashboard (${TRANSFORMATIONS_DASHBOARD}).`;

/** Fivetran's words, or a plain statement that it gave none. */
export function fivetranSays(run: TransformationRun): string {
	if (run.messages.length === 0) return 'Fivetran gave no error message.';
	const text = run.messages.join('; ');
	return `Fivetran says: ${text}${/[.!?]$/.test(text) ? '' : '.'}`;
}

export function runFailedError(
	node: INode,
	transformationId: string,
	run: TransformationRun,
	itemIndex: number,
): NodeOperationError {
	return new NodeOperationError(
		node,
		`The run of transformation "${transformationId}" ended with status ${run.status}`,
		{
			itemIndex,
			description: `${fivetranSays(run)} ${seeDashboard} To get a failed run as an output item instead of an error, set "On Failure" to "Output Item".`,
		},
	);
}

export function runPausedError(
	node: INode,
	transformationId: string,
	itemIndex: number,
	runRequested: boolean,
): NodeOperationError {
	return new NodeOperationError(node, `Transformation "${transformationId}" is paused`, {
		itemIndex,
		description: runRequested
			? 'It was paused while the node waited for its run, so the node stopped waiting. Resume it (in Fivetran or with the Resume operation) and run again.'
			: 'A paused transformation is not waited for, so no run was requested. Resume it (in Fivetran or with the Resume operation) and run again, or set "On Failure" to "Output Item" to get it as an item.',
	});
}

/** Why a final status did not end the wait (see runEndWatcher), when that is the reason. */
function noEvidence(last: TransformationRun): string {
	if (!isFinal(last.status) || hasRunTimes(last)) return '';
	return `, but Fivetran's answers carry no last_started_at / last_ended_at and no poll showed the run in progress or a new status, so ${last.status} may be the previous run's result`;
}

export function runTimeoutError(
	node: INode,
	transformationId: string,
	itemIndex: number,
	timeoutMs: number,
	waitedMs: number,
	last: TransformationRun | undefined,
): NodeOperationError {
	const lastSeen = last
		? `status ${last.status || 'unknown'}${last.paused ? ' (paused)' : ''}${noEvidence(last)}`
		: 'no poll was answered in time';
	return new NodeOperationError(
		node,
		`Gave up waiting for the run of transformation "${transformationId}" after ${formatDuration(timeoutMs)} (Timeout)`,
		{
			itemIndex,
			description: `Waited ${formatDuration(waitedMs)}; no further check fits in the Timeout. Last seen: ${lastSeen}. The run may still go on in Fivetran: raise "Timeout", or check ${TRANSFORMATIONS_DASHBOARD}.`,
		},
	);
}

/** The user stopped the execution (see waitCancelledError). */
export function runCancelledError(
	node: INode,
	transformationId: string,
	itemIndex: number,
	runRequested: boolean,
): NodeOperationError {
	return waitCancelledError(node, itemIndex, {
		what: 'run',
		of: `transformation "${transformationId}"`,
		requested: runRequested,
		goesOn: 'the run itself goes on in Fivetran (use the Cancel operation to stop it).',
	});
}
