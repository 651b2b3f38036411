import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idProblem, shownValue } from '../shared/ids';
import { locatorValue } from '../shared/locatorValue';
import { WEBHOOK_EVENT_NAMES } from '../shared/webhook/events';
import type { WebhookScope } from '../shared/webhook/scope';

type TriggerContext = IHookFunctions | IWebhookFunctions;

/** What the Fivetran webhook of this node must look like. */
export interface Registration {
	scope: WebhookScope;
	events: string[];
}

export type SyncOutcome = 'succeeded' | 'failed' | 'rescheduled';

export interface Filters {
	connectorIds: string[];
	syncOutcomes: SyncOutcome[];
	includeTestEvents: boolean;
}

function checkedId(ctx: TriggerContext, raw: unknown, label: string): string {
	const id = locatorValue(raw);
	const problem = idProblem(id);
	if (problem !== undefined) {
		throw new NodeOperationError(ctx.getNode(), `${label} is not a valid Fivetran ID: ${problem}`, {
			description: `Value: ${shownValue(id)}. Choose it from the list or enter its ID (letters, digits, _ and -).`,
		});
	}
	return id;
}

function readScope(ctx: TriggerContext): WebhookScope {
	const type = ctx.getNodeParameter('scope', 'account') as string;
	if (type === 'account') return { type };
	if (type === 'group') {
		return { type, groupId: checkedId(ctx, ctx.getNodeParameter('groupId', ''), '"Group"') };
	}
	throw new NodeOperationError(ctx.getNode(), `Unknown value of "Receive Events Of": "${type}"`);
}

function readEvents(ctx: TriggerContext): string[] {
	const events = ctx.getNodeParameter('events', []) as unknown;
	if (!Array.isArray(events) || events.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'Choose at least one event under "Events"');
	}
	const unknown = events.filter((event) => !WEBHOOK_EVENT_NAMES.includes(String(event)));
	if (unknown.length > 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Unknown event in "Events": ${unknown.map((e) => shownValue(String(e))).join(', ')}`,
		);
	}
	return [...new Set(events.map(String))].sort();
}

/** The parameters that decide the registration, checked before any request. */
export function readRegistration(ctx: TriggerContext): Registration {
	return { scope: readScope(ctx), events: readEvents(ctx) };
}

export function readFilters(ctx: TriggerContext): Filters {
	const raw = ctx.getNodeParameter('filters', {}) as IDataObject;
	const rows = ((raw.onlyConnectors as IDataObject | undefined)?.connector ?? []) as IDataObject[];
	const connectorIds = rows.map((row, index) =>
		checkedId(ctx, row.connectorId, `The connector in row ${index + 1} of "Only These Connectors"`),
	);
	const outcomes = Array.isArray(raw.syncOutcomes) ? raw.syncOutcomes.map(String) : [];
	return {
		connectorIds,
		syncOutcomes: outcomes.filter((o): o is SyncOutcome =>
			['succeeded', 'failed', 'rescheduled'].includes(o),
		),
		includeTestEvents: raw.includeTestEvents === true,
	};
}
