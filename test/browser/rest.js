'use strict';
// n8n's REST API from the test process: the owner account and the credential the browser will use,
// set up the way the editor would, before the browser logs in through the sign-in form.
const crypto = require('crypto');

/** Sets up the instance owner; returns the login and a `request` bound to the owner's session. */
async function setUpOwner(base) {
	// n8n ties its auth cookie to a browser id the client sends as a header: any fixed value will do.
	const browserId = crypto.randomUUID();
	const login = { email: 'owner@example.com', password: `Browser-${crypto.randomBytes(9).toString('base64url')}1` };
	const headers = { 'Content-Type': 'application/json', 'browser-id': browserId };
	const setup = await fetch(`${base}/rest/owner/setup`, {
		method: 'POST',
		headers,
		body: JSON.stringify({ email: login.email, firstName: 'Browser', lastName: 'Test', password: login.password }),
	});
	if (setup.status !== 200) throw new Error(`owner setup answered HTTP ${setup.status}`);
	const cookie = setup.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	const request = async (method, path, body) => {
		const res = await fetch(`${base}${path}`, { method, headers: { ...headers, cookie }, body: body && JSON.stringify(body) });
		if (!res.ok) throw new Error(`${method} ${path} answered HTTP ${res.status}`);
		return (await res.json()).data;
	};
	return { login, request };
}

module.exports = { setUpOwner };
