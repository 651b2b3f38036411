// Proves the contract validator can fail (and passes correct requests), so a green contract
// check elsewhere means something.
import { contract, declaredAccept, findOperation, validateRequest } from './contract';

const V2 = 'application/json;version=2';
const JSON_ONLY = 'application/json';

describe('contract file', () => {
	it('covers the resources the nodes use', () => {
		for (const path of [
			'/v1/groups',
			'/v1/groups/{groupId}',
			'/v1/groups/{groupId}/connections',
			'/v1/groups/{groupId}/users',
			'/v1/connections',
			'/v1/connections/{connectionId}',
			'/v1/connections/{connectionId}/sync',
			'/v1/connections/{connectionId}/resync',
			'/v1/connections/{connectionId}/test',
			'/v1/destinations',
			'/v1/destinations/{destinationId}',
			'/v1/destinations/{destinationId}/test',
			'/v1/users',
			'/v1/metadata/connector-types',
			'/v1/account/info',
			'/v1/webhooks',
			'/v1/webhooks/account',
			'/v1/roles',
			'/v1/teams',
		]) {
			expect(contract.paths[path]).toBeDefined();
		}
	});
});

describe('findOperation / declaredAccept', () => {
	it('resolves templates and path parameters', () => {
		const found = findOperation('get', '/v1/connections/abc_def');
		expect(found?.template).toBe('/v1/connections/{connectionId}');
		expect(found?.method).toBe('GET');
		expect(found?.operation.operationId).toBe('connection_details');
		expect(found?.pathParams).toEqual({ connectionId: 'abc_def' });
	});

	it('prefers a literal segment over a {param} segment', () => {
		expect(findOperation('POST', '/v1/connections/abc/schemas/reload')?.template).toBe(
			'/v1/connections/{connectionId}/schemas/reload',
		);
		expect(findOperation('PATCH', '/v1/connections/abc/schemas/my_schema')?.template).toBe(
			'/v1/connections/{connectionId}/schemas/{schemaName}',
		);
	});

	it('returns the Accept value the document declares', () => {
		expect(declaredAccept('GET', '/v1/connections/abc')).toBe(V2);
		expect(declaredAccept('POST', '/v1/destinations')).toBe(V2);
		expect(declaredAccept('GET', '/v1/groups')).toBe(JSON_ONLY);
		expect(declaredAccept('GET', '/v1/account/info')).toBe(JSON_ONLY);
		expect(declaredAccept('GET', '/v1/nope')).toBeUndefined();
	});

	it('does not match empty segments', () => {
		expect(findOperation('GET', '/v1/groups/')).toBeUndefined();
		expect(findOperation('GET', '/v1/groups//users')).toBeUndefined();
	});
});

describe('validateRequest accepts correct requests', () => {
	const ok = (req: Parameters<typeof validateRequest>[0]) =>
		expect(validateRequest(req)).toEqual([]);

	it('GET /v1/groups?limit=1000 (and with a cursor)', () => {
		ok({
			method: 'GET',
			path: '/v1/groups',
			query: { limit: 1000 },
			headers: { Accept: JSON_ONLY },
		});
		ok({ method: 'GET', path: '/v1/groups', query: { limit: '50', cursor: 'abc' } });
	});

	it('POST /v1/connections with group_id + service', () => {
		ok({
			method: 'POST',
			path: '/v1/connections',
			body: { group_id: 'g1', service: 'postgres', config: { schema_prefix: 'pg' } },
			headers: { Accept: V2, 'Content-Type': 'application/json' },
		});
	});

	it('PATCH /v1/connections/{id} {paused:true}', () => {
		ok({
			method: 'PATCH',
			path: '/v1/connections/c1',
			body: { paused: true },
			headers: { accept: V2 },
		});
	});

	it('PATCH /v1/connections/{id} with sync_frequency as a number (string enum in the doc)', () => {
		ok({
			method: 'PATCH',
			path: '/v1/connections/c1',
			body: { sync_frequency: 60, schedule_type: 'manual' },
		});
	});

	it('POST /v1/connections/{id}/sync {force:true}', () => {
		ok({
			method: 'POST',
			path: '/v1/connections/c1/sync',
			body: { force: true },
			headers: { Accept: V2 },
		});
	});

	it('DELETE /v1/groups/{id}', () => {
		ok({ method: 'delete', path: '/v1/groups/g1', headers: { Accept: JSON_ONLY } });
	});

	it('GET /v1/groups/{id}/connections with schema filter, /users with active', () => {
		ok({ method: 'GET', path: '/v1/groups/g1/connections', query: { schema: 'pg', limit: 10 } });
		ok({ method: 'GET', path: '/v1/groups/g1/users', query: { active: true, cursor: 'x' } });
	});

	it('ignores undefined query values and undefined body fields', () => {
		ok({ method: 'GET', path: '/v1/groups', query: { cursor: undefined } });
		ok({ method: 'PATCH', path: '/v1/groups/g1', body: { name: 'n', extra: undefined } });
	});

	it('tolerates Accept with a space after the semicolon', () => {
		ok({
			method: 'GET',
			path: '/v1/connections/c1',
			headers: { Accept: 'application/json; version=2' },
		});
	});
});

describe('validateRequest reports problems', () => {
	const problems = (req: Parameters<typeof validateRequest>[0]) => validateRequest(req);

	it('unknown path', () => {
		const p = problems({ method: 'GET', path: '/v1/connectors/abc' });
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/no path/);
	});

	it('wrong method', () => {
		const p = problems({ method: 'PUT', path: '/v1/groups/g1' });
		expect(p).toHaveLength(1);
		expect(p[0]).toMatch(/method PUT is not declared.*DELETE, GET, PATCH/);
	});

	it('missing required body field (POST /v1/connections without service)', () => {
		expect(problems({ method: 'POST', path: '/v1/connections', body: { group_id: 'g1' } })).toEqual(
			[expect.stringMatching(/missing required body field 'service'/)],
		);
	});

	it('missing required body fields for POST /v1/destinations and webhooks', () => {
		const dest = problems({
			method: 'POST',
			path: '/v1/destinations',
			body: { group_id: 'g1', service: 'snowflake' },
		});
		expect(dest).toEqual([expect.stringMatching(/missing required body field 'time_zone_offset'/)]);
		const hook = problems({
			method: 'POST',
			path: '/v1/webhooks/account',
			body: { url: 'https://x' },
		});
		expect(hook).toEqual([expect.stringMatching(/missing required body field 'events'/)]);
	});

	it('POST /v1/groups: the document declares no required field, so only unknown fields fail', () => {
		expect(problems({ method: 'POST', path: '/v1/groups', body: {} })).toEqual([]);
		expect(problems({ method: 'POST', path: '/v1/groups', body: { nme: 'typo' } })).toEqual([
			expect.stringMatching(/unknown body field 'nme' \(known: name\)/),
		]);
	});

	it('unknown body field', () => {
		const p = problems({
			method: 'PATCH',
			path: '/v1/connections/c1',
			body: { paused: true, pause: true },
		});
		expect(p).toEqual([expect.stringMatching(/unknown body field 'pause'/)]);
	});

	it('bad enum and wrong type', () => {
		expect(
			problems({ method: 'PATCH', path: '/v1/connections/c1', body: { schedule_type: 'weekly' } }),
		).toEqual([expect.stringMatching(/'schedule_type' = "weekly" is not one of auto, manual/)]);
		expect(
			problems({ method: 'PATCH', path: '/v1/connections/c1', body: { sync_frequency: 7 } }),
		).toEqual([expect.stringMatching(/'sync_frequency' = 7 is not one of/)]);
		expect(
			problems({ method: 'PATCH', path: '/v1/connections/c1', body: { paused: 'true' } }),
		).toEqual([expect.stringMatching(/'paused' must be boolean/)]);
	});

	it('unknown service (discriminator mapping)', () => {
		const p = problems({
			method: 'POST',
			path: '/v1/connections',
			body: { group_id: 'g', service: 'no_such' },
		});
		expect(p).toEqual([expect.stringMatching(/'service' = "no_such" is not a value/)]);
	});

	it('limit out of range (the doc states 1..1000)', () => {
		expect(contract.paths['/v1/groups'].GET.query?.limit.maximum).toBe(1000);
		expect(problems({ method: 'GET', path: '/v1/groups', query: { limit: 1001 } })).toEqual([
			expect.stringMatching(/'limit' = 1001 is above the maximum 1000/),
		]);
		expect(problems({ method: 'GET', path: '/v1/groups', query: { limit: 0 } })).toEqual([
			expect.stringMatching(/below the minimum 1/),
		]);
		expect(problems({ method: 'GET', path: '/v1/groups', query: { limit: 'ten' } })).toEqual([
			expect.stringMatching(/must be an integer/),
		]);
	});

	it('unknown query parameter (also when given inside the path)', () => {
		expect(problems({ method: 'GET', path: '/v1/groups', query: { page: 2 } })).toEqual([
			expect.stringMatching(/unknown query parameter 'page' \(declared: cursor, limit\)/),
		]);
		expect(problems({ method: 'GET', path: '/v1/groups/g1/users?schema=x' })).toEqual([
			expect.stringMatching(/unknown query parameter 'schema'/),
		]);
	});

	it('wrong or missing Accept header', () => {
		expect(
			problems({ method: 'GET', path: '/v1/connections/c1', headers: { Accept: JSON_ONLY } }),
		).toEqual([expect.stringMatching(/declares 'application\/json;version=2'/)]);
		expect(problems({ method: 'GET', path: '/v1/groups', headers: { Accept: V2 } })).toEqual([
			expect.stringMatching(/declares 'application\/json'/),
		]);
		expect(problems({ method: 'GET', path: '/v1/groups', headers: {} })).toEqual([
			expect.stringMatching(/Accept header missing/),
		]);
	});

	it('body on an operation that declares none; non-object body', () => {
		expect(problems({ method: 'DELETE', path: '/v1/groups/g1', body: { force: true } })).toEqual([
			expect.stringMatching(/declares none/),
		]);
		expect(problems({ method: 'PATCH', path: '/v1/groups/g1', body: ['name'] })).toEqual([
			expect.stringMatching(/must be a JSON object/),
		]);
	});
});
