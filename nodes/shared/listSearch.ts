import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { dashboardUrl } from './connector/connectorState';
import { fetchPage } from './transport/paginate';
import { MAX_PAGE_SIZE } from './transport/types';

// Fivetran lists have no text search: read one full page per call, filter it here, and hand
// n8n the cursor so scrolling the dropdown loads the next page.

type SearchResult = INodeListSearchItems & { searchable: unknown[] };
type ListSearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;

function matches(filter: string | undefined, fields: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

/** A dropdown search over one Fivetran list; `toResult` says what to show and what to match. */
function searchOver(path: string, toResult: (item: IDataObject) => SearchResult): ListSearchMethod {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const page = await fetchPage.call(this, { path, maxTries: 3 }, MAX_PAGE_SIZE, paginationToken);
		const results = page.items
			.map(toResult)
			.filter((result) => matches(filter, result.searchable))
			.map(({ name, value, url, description }) => ({ name, value, url, description }));
		return { results, paginationToken: page.nextCursor };
	};
}

const text = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : undefined;

export const searchGroups = searchOver('/groups', (group) => ({
	name: String(group.name ?? group.id),
	value: String(group.id),
	searchable: [group.name, group.id],
}));

export const searchConnectors = searchOver('/connections', (connector) => ({
	name: `${String(connector.schema ?? connector.id)} (${String(connector.service ?? 'unknown')})`,
	value: String(connector.id),
	url: dashboardUrl(String(connector.id)),
	searchable: [connector.schema, connector.service, connector.id],
}));

export const searchServices = searchOver('/metadata/connector-types', (service) => ({
	name: `${String(service.name ?? service.id)} (${String(service.id)})`,
	value: String(service.id),
	url: text(service.link_to_docs),
	description: text(service.description),
	searchable: [service.id, service.name],
}));

export const searchDestinations = searchOver('/destinations', (destination) => ({
	name: `${String(destination.id)} (${String(destination.service ?? 'unknown')}, ${String(destination.region ?? '')})`,
	value: String(destination.id),
	searchable: [destination.id, destination.service, destination.region],
}));
