import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	readAccountConnectors,
	readConnectorsOfGroups,
} from '../../shared/groupReads/connectorsByGroup';
import { groupsGoneText } from '../../shared/groupReads/groupsGone';
import {
	checkParallelGroupReads,
	DEFAULT_PARALLEL_GROUP_READS,
} from '../../shared/groupReads/parallelGroupReads';
import { isFivetranId, shownValue } from '../../shared/ids';
import { locatorValue } from '../../shared/locatorValue';
import { asNodeError, isNotFound } from '../../shared/transport/nodeErrors';
import { collectItems } from '../../shared/transport/pagination';
import { fivetranApiRequest } from '../../shared/transport/request';
import { MAX_PAGE_SIZE } from '../../shared/transport/types';
import { requireIds } from './requireIds';

// Which connectors one poll reads, and reading them with as few requests as possible: every list
// is read in pages of 1000 (collectItems), so the whole account costs ceil(connectors / 1000).

/** `parallel`: group lists read side by side ("Parallel Group Reads"; 1 = one after another). */
export type Scope =
	| { kind: 'account'; parallel?: number }
	| { kind: 'groups'; groupIds: string[]; parallel?: number }
	| { kind: 'connectors'; connectorIds: string[] };

export interface ScopeRead {
	connectors: IDataObject[];
	/** Chosen connectors Fivetran does not know (deleted or mistyped). */
	missing: string[];
	/** Set when this poll read the whole account list. */
	accountPages?: number;
}

function readIdList(
	ctx: IPollFunctions,
	collection: string,
	entry: string,
	field: string,
	label: string,
): string[] {
	const raw = ctx.getNodeParameter(collection, {}) as IDataObject;
	const entries = (raw?.[entry] as IDataObject[] | undefined) ?? [];
	const ids: string[] = [];
	entries.forEach((item, index) => {
		const id = locatorValue(item?.[field]);
		if (!isFivetranId(id)) {
			throw new NodeOperationError(
				ctx.getNode(),
				id === ''
					? `The ${label} in row ${index + 1} of "${label}s" is empty`
					: `The ${label} in row ${index + 1} of "${label}s" is not a valid Fivetran ID: ${shownValue(id)}`,
				{
					description: `Choose a ${label.toLowerCase()} from the list or enter its ID (letters, digits, _ and -).`,
				},
			);
		}
		if (!ids.includes(id)) ids.push(id);
	});
	if (ids.length === 0) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Add at least one ${label.toLowerCase()} under "${label}s"`,
			{
				description: `"Watch" is set to chosen ${label.toLowerCase()}s, but none is chosen.`,
			},
		);
	}
	return ids;
}

function readParallel(ctx: IPollFunctions): number {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const value = options.parallelGroupReads ?? DEFAULT_PARALLEL_GROUP_READS;
	return checkParallelGroupReads(ctx.getNode(), value);
}

/** The scope parameters, checked before any request. */
export function readScope(ctx: IPollFunctions): Scope {
	const kind = ctx.getNodeParameter('scope', 'account') as string;
	if (kind === 'groups')
		return {
			kind,
			groupIds: readIdList(ctx, 'groups', 'group', 'groupId', 'Group'),
			parallel: readParallel(ctx),
		};
	if (kind === 'connectors') {
		return {
			kind,
			connectorIds: readIdList(ctx, 'connectors', 'connector', 'connectorId', 'Connector'),
		};
	}
	if (kind === 'account') return { kind, parallel: readParallel(ctx) };
	throw new NodeOperationError(ctx.getNode(), `Unknown value of "Watch": "${kind}"`);
}

/**
 * Chosen connectors cost one GET each, or one read of the account list (ceil(N / 1000) pages).
 * The account's size is only known after one such read; until then assume one page.
 */
export function readsEachConnector(chosen: number, knownAccountPages: number | undefined): boolean {
	return chosen <= (knownAccountPages ?? 1);
}

function checkConnectors(
	ctx: IPollFunctions,
	connectors: IDataObject[],
	request: string,
	expectedId?: string,
): IDataObject[] {
	return requireIds(ctx, connectors, request, 'a connector', expectedId);
}

async function readEach(ctx: IPollFunctions, connectorIds: string[]): Promise<ScopeRead> {
	const read: ScopeRead = { connectors: [], missing: [] };
	for (const id of connectorIds) {
		const path = `/connections/${encodeURIComponent(id)}`;
		try {
			const connector = await fivetranApiRequest.call(ctx, { method: 'GET', path });
			read.connectors.push(...checkConnectors(ctx, [connector], `GET ${path}`, id));
		} catch (error) {
			// A deleted connector is absent, like one missing from a list; anything else fails the poll.
			if (!isNotFound(error)) throw asNodeError(ctx.getNode(), error);
			read.missing.push(id);
		}
	}
	return read;
}

async function readList(ctx: IPollFunctions, path: string): Promise<IDataObject[]> {
	return checkConnectors(ctx, await collectItems.call(ctx, { path }), `GET ${path}`);
}

async function collect(pages: AsyncIterable<IDataObject[]>): Promise<IDataObject[]> {
	const connectors: IDataObject[] = [];
	for await (const page of pages) for (const connector of page) connectors.push(connector);
	return connectors;
}

/** Side-by-side reads check each page as a list read does. */
const checkedPages = (ctx: IPollFunctions) => (items: IDataObject[], path: string) => {
	checkConnectors(ctx, items, `GET ${path}`);
};

async function readAccount(ctx: IPollFunctions, parallel = 1): Promise<ScopeRead> {
	// A group deleted between the group list and its own list holds no connector any more.
	const onGroupGone = (groupId: string) => ctx.logger.warn(groupsGoneText([groupId]));
	const connectors =
		parallel > 1
			? await collect(
					readAccountConnectors.call(ctx, {
						parallel,
						onGroupGone,
						checkPage: checkedPages(ctx),
					}),
				)
			: await readList(ctx, '/connections');
	return {
		connectors,
		missing: [],
		accountPages: Math.max(1, Math.ceil(connectors.length / MAX_PAGE_SIZE)),
	};
}

/** Reads every connector in scope. Throws (after the transport's retries) if any read fails. */
export async function readConnectorsInScope(
	ctx: IPollFunctions,
	scope: Scope,
	knownAccountPages?: number,
): Promise<ScopeRead> {
	if (scope.kind === 'account') return await readAccount(ctx, scope.parallel);
	if (scope.kind === 'groups') {
		// One group after another at 1, as before; a chosen group that is gone fails the poll.
		const pages = readConnectorsOfGroups.call(ctx, scope.groupIds, {
			parallel: scope.parallel ?? 1,
			checkPage: checkedPages(ctx),
		});
		return { connectors: await collect(pages), missing: [] };
	}
	if (readsEachConnector(scope.connectorIds.length, knownAccountPages)) {
		return await readEach(ctx, scope.connectorIds);
	}
	const account = await readAccount(ctx);
	const byId = new Map(account.connectors.map((connector) => [String(connector.id), connector]));
	// A chosen connector absent from the list may have shifted between pages while it was read:
	// only a direct GET answering 404 says it is gone.
	const confirmed = await readEach(
		ctx,
		scope.connectorIds.filter((id) => !byId.has(id)),
	);
	for (const connector of confirmed.connectors) byId.set(String(connector.id), connector);
	return {
		connectors: scope.connectorIds
			.map((id) => byId.get(id))
			.filter((connector): connector is IDataObject => connector !== undefined),
		missing: confirmed.missing,
		accountPages: account.accountPages,
	};
}
