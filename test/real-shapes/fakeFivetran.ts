import type { IDataObject } from 'n8n-workflow';
import nock from 'nock';

import { API_HOST, BASIC_AUTH } from '../unit/fixtures';
import { fixture } from './fixtures';

// A fake Fivetran that answers by route, so that a scenario says which fixture answers which
// request without knowing how many GETs a wait makes. Every request is recorded; one without a
// route gets a 404 and is listed in `unrouted`, so a scenario sees requests it did not expect.

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface Route {
	method: Method;
	/** Path under https://api.test, e.g. /v1/connections/quiet_walrus (query not part of it). */
	path: string;
	/** Fixture names answered in turn; the last one repeats. None: an envelope without data. */
	fixtures?: string[];
	/** The envelope's message, when Fivetran sends one. */
	message?: string;
	status?: number;
	/** The envelope's code; default Success. */
	code?: string;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	body: unknown;
}

export interface FakeFivetran {
	requests: RecordedRequest[];
	unrouted: string[];
	/** Routes no request reached. */
	unused(): string[];
	/** Every fixture body this fake served (to compare the output with). */
	served: IDataObject[];
}

const envelope = (route: Route, data: IDataObject | undefined): IDataObject => ({
	code: route.code ?? 'Success',
	...(route.message ? { message: route.message } : {}),
	...(data ? { data } : {}),
});

export function fakeFivetran(routes: Route[]): FakeFivetran {
	const hits = routes.map(() => 0);
	const fake: FakeFivetran = {
		requests: [],
		unrouted: [],
		served: [],
		unused: () => routes.filter((_, i) => hits[i] === 0).map((r) => `${r.method} ${r.path}`),
	};
	for (const method of ['GET', 'POST', 'PATCH', 'DELETE'] as const) {
		nock(API_HOST)
			.persist()
			.matchHeader('authorization', BASIC_AUTH)
			.intercept(/.*/, method)
			.query(true)
			.reply((uri, body) => {
				const url = new URL(uri, API_HOST);
				fake.requests.push({
					method,
					path: url.pathname,
					query: Object.fromEntries(url.searchParams),
					body: body === '' ? undefined : body,
				});
				const index = routes.findIndex((r) => r.method === method && r.path === url.pathname);
				if (index === -1) {
					fake.unrouted.push(`${method} ${url.pathname}`);
					return [
						404,
						{ code: 'NotFound', message: `No route in the scenario for ${url.pathname}` },
					];
				}
				const route = routes[index];
				const names = route.fixtures ?? [];
				const name = names[Math.min(hits[index], names.length - 1)];
				hits[index] += 1;
				const data = name === undefined ? undefined : fixture(name);
				if (data) fake.served.push(data);
				return [route.status ?? 200, envelope(route, data)];
			});
	}
	return fake;
}
