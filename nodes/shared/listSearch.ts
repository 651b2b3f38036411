import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import type { GuardedUse } from './access/guard';
import { assertAllowed } from './access/guard';
import { dashboardUrl, isSetupIncomplete, readConnectorState } from './connector/connectorState';
import type { GroupPosition, GroupSearchResult } from './groupReads/searchByGroup';
import { isGroupToken, readGroupToken, searchConnectorsByGroup } from './groupReads/searchByGroup';
import {
	MATCHES_PER_SCREEN,
	MAX_PAGES_PER_SEARCH,
	PageBudget,
	SEARCH_MAX_TRIES,
	searchPages,
} from './searchPages';

// Fivetran lists have no text search, so the search happens here. Without a filter, each call reads
// one full page and hands n8n the cursor: scrolling the dropdown loads the next page. With a filter,
// one call walks pages until it has a dropdown screen of matches or has read MAX_PAGES_PER_SEARCH
// pages (a bound on one keystroke's cost), then hands n8n the cursor to go on from there: a match on
// page 2, or page 40, is found. The connector list of an account bigger than one page is searched
// group by group instead, the groups' lists read side by side (groupReads/searchByGroup.ts).

type SearchResult = INodeListSearchItems & { searchable: unknown[] };
/** A dropdown search, with the guarded use it runs as (the access table and deny list list it). */
export type ListSearchMethod = ((
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>) & { use: GuardedUse };

/** A search of the same objects by group, for an account bigger than one page. */
type SearchByGroup = (
	this: ILoadOptionsFunctions,
	pick: (items: IDataObject[]) => SearchResult[],
	budget: PageBudget,
	from: GroupPosition,
) => Promise<GroupSearchResult<SearchResult>>;

function matches(filter: string | undefined, fields: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

/** Pages one call may read: one without a filter (n8n asks for the next on scroll), more with one. */
const pageBudget = (filter?: string): PageBudget =>
	new PageBudget(filter ? MAX_PAGES_PER_SEARCH : 1);

const shown = ({ name, value, url, description }: SearchResult): INodeListSearchItems => ({
	name,
	value,
	url,
	description,
});

const shownResult = ({ found, paginationToken }: GroupSearchResult<SearchResult>) => ({
	results: found.map(shown),
	paginationToken,
});

/**
 * A dropdown search over one Fivetran list; `toResult` says what to show and what to match. It is a
 * read, allowed at every level, yet it passes the same guard as an operation: the deny list can
 * name it, and a credential the guard refuses is refused here too.
 */
function searchOver(
	list: { key: string; name: string; path: string },
	toResult: (item: IDataObject) => SearchResult,
	byGroup?: SearchByGroup,
): ListSearchMethod {
	const use: GuardedUse = {
		key: `listSearch.${list.key}`,
		name: `List Search: ${list.name}`,
		access: 'read',
	};
	const search = async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		await assertAllowed(this, use);
		const pick = (items: IDataObject[]) =>
			items.map(toResult).filter((result) => matches(filter, result.searchable));
		const budget = pageBudget(filter);
		if (byGroup && isGroupToken(paginationToken)) {
			const from = readGroupToken(this, paginationToken);
			return shownResult(await byGroup.call(this, pick, budget, from));
		}
		const request = { path: list.path, maxTries: SEARCH_MAX_TRIES };
		const found: SearchResult[] = [];
		let cursor = paginationToken;
		for await (const page of searchPages.call(this, request, budget, cursor)) {
			found.push(...pick(page.items));
			cursor = page.nextCursor;
			if (cursor === undefined || found.length >= MATCHES_PER_SCREEN) break;
			// A filtered search of a big account: its first page's matches come again by group.
			if (byGroup && filter && paginationToken === undefined) {
				return shownResult(await byGroup.call(this, pick, budget, { index: 0 }));
			}
		}
		return shownResult({ found, paginationToken: cursor });
	};
	return Object.assign(search, { use });
}

const text = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : undefined;

export const searchGroups = searchOver(
	{ key: 'groups', name: 'Groups', path: '/groups' },
	(group) => ({
		name: String(group.name ?? group.id),
		value: String(group.id),
		searchable: [group.name, group.id],
	}),
);

/**
 * What needs attention, worst first, so a broken or paused connector stands out in the dropdown
 * (and typing "broken" finds it). Nothing for a connector that is fine.
 */
function connectorAlerts(connector: IDataObject): string[] {
	const state = readConnectorState(connector);
	return [
		state.isBroken ? 'broken' : '',
		isSetupIncomplete(state) ? 'setup incomplete' : '',
		state.isPaused ? 'paused' : '',
		state.isSyncing ? 'syncing' : '',
		!state.isBroken && state.lastSyncFailed ? 'last sync failed' : '',
	].filter(Boolean);
}

export const searchConnectors = searchOver(
	{ key: 'connectors', name: 'Connectors', path: '/connections' },
	(connector) => {
		const alerts = connectorAlerts(connector);
		return {
			name: `${String(connector.schema ?? connector.id)} (${String(connector.service ?? 'unknown')})${alerts.length > 0 ? ` · ${alerts.join(', ')}` : ''}`,
			value: String(connector.id),
			url: dashboardUrl(String(connector.id)),
			searchable: [connector.schema, connector.service, connector.id, ...alerts],
		};
	},
	searchConnectorsByGroup,
);

export const searchServices = searchOver(
	{ key: 'services', name: 'Connector Types', path: '/metadata/connector-types' },
	(service) => ({
		name: `${String(service.name ?? service.id)} (${String(service.id)})`,
		value: String(service.id),
		url: text(service.link_to_docs),
		description: text(service.description),
		searchable: [service.id, service.name],
	}),
);

export const searchDestinations = searchOver(
	{ key: 'destinations', name: 'Destinations', path: '/destinations' },
	(destination) => ({
		name: `${String(destination.id)} (${String(destination.service ?? 'unknown')}, ${String(destination.region ?? '')})`,
		value: String(destination.id),
		searchable: [destination.id, destination.service, destination.region],
	}),
);

const webhookScope = (webhook: IDataObject): string =>
	webhook.type === 'group'
		? `group ${String(webhook.group_id)}`
		: String(webhook.type ?? 'account');

export const searchWebhooks = searchOver(
	{ key: 'webhooks', name: 'Webhooks', path: '/webhooks' },
	(webhook) => {
		const events = Array.isArray(webhook.events) ? webhook.events.map(String) : [];
		return {
			name: `${String(webhook.url ?? webhook.id)} (${webhookScope(webhook)})`,
			value: String(webhook.id),
			description: `${webhook.active === false ? 'Inactive. ' : ''}Events: ${events.join(', ') || 'none'}`,
			searchable: [webhook.url, webhook.id, webhook.group_id, ...events],
		};
	},
);

export const searchTransformations = searchOver(
	{ key: 'transformations', name: 'Transformations', path: '/transformations' },
	(transformation) => {
		// dbt Core transformations have a name; Quickstart ones a package name.
		const config = transformation.transformation_config as IDataObject | undefined;
		const name = text(config?.name) ?? text(config?.package_name) ?? String(transformation.id);
		return {
			name: `${name} (${String(transformation.status ?? 'unknown')}${transformation.paused === true ? ', paused' : ''})`,
			value: String(transformation.id),
			description: text(transformation.type),
			searchable: [name, transformation.id, transformation.type, transformation.status],
		};
	},
);

export const searchTransformationProjects = searchOver(
	{
		key: 'transformationProjects',
		name: 'Transformation Projects',
		path: '/transformation-projects',
	},
	(project) => ({
		name: `${String(project.id)} (${String(project.type ?? 'project')}, group ${String(project.group_id ?? '?')})`,
		value: String(project.id),
		searchable: [project.id, project.group_id, project.type],
	}),
);

export const searchUsers = searchOver({ key: 'users', name: 'Users', path: '/users' }, (user) => {
	const fullName = [text(user.given_name), text(user.family_name)].filter(Boolean).join(' ');
	return {
		name: fullName ? `${fullName} <${String(user.email ?? '')}>` : String(user.email ?? user.id),
		value: String(user.id),
		description: text(user.role),
		searchable: [user.email, fullName, user.id, user.role],
	};
});

export const searchHybridAgents = searchOver(
	{ key: 'hybridAgents', name: 'Hybrid Deployment Agents', path: '/hybrid-deployment-agents' },
	(agent) => ({
		name: `${String(agent.display_name ?? agent.id)} (${agent.online === true ? 'online' : 'offline'})`,
		value: String(agent.id),
		description: `Group ${String(agent.group_id ?? '?')}${text(agent.last_used_at) ? `, last seen ${String(agent.last_used_at)}` : ''}`,
		searchable: [agent.display_name, agent.id, agent.group_id],
	}),
);
