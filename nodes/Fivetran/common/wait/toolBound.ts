import type { INode } from 'n8n-workflow';

import { isToolMode } from '../toolMode';

// An agent (or an MCP client) waits for a tool's answer while it holds a conversation; n8n gives the
// tool no deadline of its own. So a Wait for Completion in tool mode ends after a few minutes at
// most, whatever Timeout the workflow set, and its error tells the agent how to go on.

export const TOOL_MAX_WAIT_MS = 5 * 60_000;

export interface ToolBound {
	timeoutMs: number;
	/** The Timeout was shortened to TOOL_MAX_WAIT_MS. */
	capped: boolean;
}

export function toolBoundTimeout(ctx: { getNode(): INode }, timeoutMs: number): ToolBound {
	if (!isToolMode(ctx) || timeoutMs <= TOOL_MAX_WAIT_MS) return { timeoutMs, capped: false };
	return { timeoutMs: TOOL_MAX_WAIT_MS, capped: true };
}

const MINUTES = TOOL_MAX_WAIT_MS / 60_000;

/** Adds to a wait's timeout error why it came early and what an agent should do next. */
export const RUN_ADVICE =
	'The run goes on in Fivetran. Do not start it again: ask later whether it has finished, with Connector > Check Sync or Get Status for a sync, Transformation > Get for a transformation run.';

export function withToolAdvice<E extends Error & { description?: string | null }>(
	error: E,
	advice = RUN_ADVICE,
): E {
	error.message += ` (as an AI tool a wait is capped at ${MINUTES} minutes)`;
	error.description = error.description ? `${error.description} ${advice}` : advice;
	return error;
}
