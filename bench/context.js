'use strict';
// A minimal stand-in for n8n's execution context: just what the transport calls. It performs the HTTP
// itself (Basic auth, JSON), so the benchmark measures our pagination and parsing, not n8n's overhead.

function createBenchContext({ baseUrl, apiKey, apiSecret }) {
	const authorization = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')}`;
	return {
		getNode: () => ({ name: 'Fivetran (bench)', type: 'n8n-nodes-fivetran.fivetran', typeVersion: 1, parameters: {} }),
		getCredentials: async () => ({ apiKey, apiSecret, baseUrl }),
		helpers: {
			async httpRequestWithAuthentication(_credentialType, options) {
				const url = new URL(options.url);
				for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
				const response = await fetch(url, {
					method: options.method,
					headers: { ...options.headers, Authorization: authorization },
					body: options.body === undefined ? undefined : JSON.stringify(options.body),
				});
				const text = await response.text();
				let body = text;
				try {
					body = JSON.parse(text);
				} catch {
					// left as text: the transport reports non-JSON bodies itself
				}
				return { statusCode: response.status, headers: Object.fromEntries(response.headers), body };
			},
		},
	};
}

module.exports = { createBenchContext };
