import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { dashboardUrl } from '../helpers/connectorState';
import { fetchPage } from '../transport/paginate';
import { MAX_PAGE_SIZE } from '../transport/types';

// Fivetran lists have no text search: read one full page per call, filter it here, and hand
// n8n the cursor so scrolling the dropdown loads the next page.

function matches(filter: string | undefined, ...fields: unknown[]): boolean {
	if (!filter) return true;
	const needle = filter.toLowerCase();
	return fields.some((field) => typeof field === 'string' && field.toLowerCase().includes(needle));
}

async function searchList(
	ctx: ILoadOptionsFunctions,
	path: string,
	toResult: (item: IDataObject) => INodeListSearchItems & { searchable: unknown[] },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = await fetchPage.call(ctx, { path, maxTries: 3 }, MAX_PAGE_SIZE, paginationToken);
	const results = page.items
		.map(toResult)
		.filter((result) => matches(filter, ...result.searchable))
		.map(({ name, value, url, description }) => ({ name, value, url, description }));
	return { results, paginationToken: page.nextCursor };
}

export async function searchGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		'/groups',
		(group) => ({
			name: String(group.name ?? group.id),
			value: String(group.id),
			searchable: [group.name, group.id],
		}),
		filter,
		paginationToken,
	);
}

export async function searchConnectors(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		'/connections',
		(connector) => ({
			name: `${String(connector.schema ?? connector.id)} (${String(connector.service ?? 'unknown')})`,
			value: String(connector.id),
			url: dashboardUrl(String(connector.id)),
			searchable: [connector.schema, connector.service, connector.id],
		}),
		filter,
		paginationToken,
	);
}

export async function searchServices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		'/metadata/connector-types',
		(service) => ({
			name: `${String(service.name ?? service.id)} (${String(service.id)})`,
			value: String(service.id),
			url: typeof service.link_to_docs === 'string' ? service.link_to_docs : undefined,
			description: typeof service.description === 'string' ? service.description : undefined,
			searchable: [service.id, service.name],
		}),
		filter,
		paginationToken,
	);
}

export async function searchDestinations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(
		this,
		'/destinations',
		(destination) => ({
			name: `${String(destination.id)} (${String(destination.service ?? 'unknown')}, ${String(destination.region ?? '')})`,
			value: String(destination.id),
			searchable: [destination.id, destination.service, destination.region],
		}),
		filter,
		paginationToken,
	);
}
