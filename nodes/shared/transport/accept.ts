/**
 * Fivetran versions the connection and destination resources through the Accept header; its OpenAPI
 * document declares `application/json;version=2` for those and plain JSON for everything else
 * (schemas, certificates, groups, users, metadata). A wrong value gets 406, so choose per path.
 */
const VERSIONED =
	/^\/(connections|destinations)(\/[^/]+)?(\/(sync|resync|test|state|connect-card|sync-history))?$/;

export function acceptHeaderFor(path: string): string {
	return VERSIONED.test(path) ? 'application/json;version=2' : 'application/json';
}
