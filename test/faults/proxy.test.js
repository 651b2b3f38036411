'use strict';
// The fault proxy itself: each action does what test/faults/README.md says.
const { startSandbox } = require('../../sandbox');
const { startFaultProxy, startOtherOrigin } = require('./proxy');

const AUTH = `Basic ${Buffer.from('sandbox-key:sandbox-secret').toString('base64')}`;
let sandbox;
let proxy;

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, quiet: true, generateConnectors: 5 });
	proxy = await startFaultProxy({ target: sandbox.url });
});
beforeEach(() => {
	sandbox.control.reset({});
	proxy.clearRule();
	proxy.clearLog();
});
afterAll(async () => {
	await proxy.close();
	await sandbox.close();
});

async function call(method, path, body) {
	const init = { method, redirect: 'manual', headers: { Authorization: AUTH } };
	if (body) {
		init.body = JSON.stringify(body);
		init.headers['Content-Type'] = 'application/json';
	}
	const response = await fetch(`${proxy.baseUrl}${path}`, init);
	const text = await response.text();
	return {
		status: response.status,
		headers: response.headers,
		text,
		json: text ? safeJson(text) : undefined,
	};
}

function safeJson(text) {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

const socketError = async (promise) =>
	await promise.catch((error) => error.cause?.code ?? error.message);

describe('fault proxy', () => {
	it('passes requests through and logs them with the action', async () => {
		const { status, json } = await call('GET', '/groups/sandy_lamb');
		expect([status, json.data.id]).toEqual([200, 'sandy_lamb']);
		expect(proxy.requests).toEqual([
			{
				method: 'GET',
				path: '/v1/groups/sandy_lamb',
				query: {},
				at: expect.any(Number),
				action: 'pass',
			},
		]);
	});

	it('gives the rule method, path, query, body and a per method+path count', async () => {
		const seen = [];
		const groups = sandbox.state.groups.size;
		proxy.setRule((req) => {
			seen.push(req);
			return { status: 418, body: { code: 'Teapot' } };
		});
		await call('POST', '/groups?x=1', { name: 'A' });
		await call('POST', '/groups?x=2', { name: 'B' });
		expect(seen.map(({ method, path, query, body, n }) => [method, path, query, body, n])).toEqual([
			['POST', '/v1/groups', { x: '1' }, { name: 'A' }, 1],
			['POST', '/v1/groups', { x: '2' }, { name: 'B' }, 2],
		]);
		expect(sandbox.state.groups.size).toBe(groups);
	});

	it('applyThen502 and applyThenReset apply the write and lose the answer', async () => {
		proxy.setRule(() => 'applyThen502');
		expect((await call('POST', '/groups', { name: 'Lost 1' })).status).toBe(502);
		proxy.setRule(() => 'applyThenReset');
		expect(await socketError(call('POST', '/groups', { name: 'Lost 2' }))).toBe('UND_ERR_SOCKET');
		const names = [...sandbox.state.groups.values()].map((group) => group.name);
		expect(names).toEqual(expect.arrayContaining(['Lost 1', 'Lost 2']));
	});

	it('reset never forwards; odd answers are 200s that are not Fivetran envelopes', async () => {
		proxy.setRule(() => 'reset');
		expect(await socketError(call('POST', '/groups', { name: 'Never' }))).toBe('UND_ERR_SOCKET');
		expect([...sandbox.state.groups.values()].some((group) => group.name === 'Never')).toBe(false);
		const odd = {};
		for (const action of ['oddEmpty', 'oddHtml', 'oddNoItems', 'oddDataNull', 'oddCode']) {
			proxy.setRule(() => action);
			const { status, text, json } = await call('GET', '/groups');
			odd[action] = [status, json?.code === 'Error' ? 'code Error' : text.slice(0, 30)];
		}
		expect(odd).toEqual({
			oddEmpty: [200, ''],
			oddHtml: [200, '<html><body><h1>Service tempor'],
			oddNoItems: [200, '{"code":"Success","data":{}}'],
			oddDataNull: [200, '{"code":"Success","data":null}'],
			oddCode: [200, 'code Error'],
		});
	});

	it('dropCursor serves page 1 again; churnCursor invents a new cursor each time', async () => {
		const first = await call('GET', '/connections?limit=2');
		proxy.setRule(() => 'dropCursor');
		const dropped = await call('GET', `/connections?limit=2&cursor=${first.json.data.next_cursor}`);
		expect(dropped.json.data).toEqual(first.json.data);
		proxy.setRule(() => 'churnCursor');
		const a = await call('GET', '/connections?limit=2');
		const b = await call('GET', `/connections?limit=2&cursor=${a.json.data.next_cursor}`);
		expect(b.json.data.items).toEqual(a.json.data.items);
		expect(b.json.data.next_cursor).not.toBe(a.json.data.next_cursor);
	});

	it('redirects, delays and hangs', async () => {
		const other = await startOtherOrigin();
		try {
			proxy.setRule(() => ({ redirect: `${other.url}/v1/groups`, status: 307 }));
			const redirected = await call('GET', '/groups');
			expect([redirected.status, redirected.headers.get('location')]).toEqual([
				307,
				`${other.url}/v1/groups`,
			]);
			await fetch(`${other.url}/v1/groups`, { headers: { Authorization: AUTH } });
			expect(other.receivedAuthorization).toBe(true);
		} finally {
			await other.close();
		}
		proxy.setRule(() => ({ delayMs: 150 }));
		const started = Date.now();
		expect((await call('GET', '/groups')).status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		proxy.setRule(() => 'hang');
		const hung = await fetch(`${proxy.baseUrl}/groups`, { signal: AbortSignal.timeout(200) }).catch(
			(error) => error.name,
		);
		expect(hung).toBe('TimeoutError');
	});
});
