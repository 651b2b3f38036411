import type { NodeExecutionHint } from 'n8n-workflow';

/** At most this many group IDs are named; the rest are counted. */
const NAMED = 10;

/** Groups deleted between the group list and their own list: what was skipped, in words. */
export function groupsGoneText(groupIds: string[]): string {
	const named = groupIds.slice(0, NAMED).join(', ');
	const more = groupIds.length > NAMED ? ` and ${groupIds.length - NAMED} more` : '';
	return `Skipped ${groupIds.length} group(s) deleted while the account was read (Fivetran answered 404 for their connector list): ${named}${more}`;
}

/** Shown above the node's output in the editor: the list is complete apart from these groups. */
export function groupsGoneHint(groupIds: string[]): NodeExecutionHint {
	return { message: groupsGoneText(groupIds), type: 'warning', location: 'outputPane' };
}
