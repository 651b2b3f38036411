'use strict';
// A minimal stand-in for n8n's execution context: just what the transport calls. Its httpRequest
// performs the HTTP itself (the transport adds Basic auth, as in n8n), so the benchmarks measure
// our pagination and parsing, not n8n's overhead. `onRequest` sees each request as it is sent.

function createBenchContext({ baseUrl, apiKey, apiSecret, safetyLevel = 'readOnly', nodeName = 'Fivetran (bench)', onRequest }) {
	const credentials = { apiKey, apiSecret, baseUrl, safetyLevel };
	return {
		getNode: () => ({ name: nodeName, type: 'n8n-nodes-fivetran.fivetran', typeVersion: 1, parameters: {} }),
		getCredentials: async () => credentials,
		helpers: {
			async httpRequest(options) {
				const url = new URL(options.url);
				for (const [key, value] of Object.entries(options.qs ?? {})) url.searchParams.set(key, String(value));
				const body = options.body === undefined || typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
				const response = await fetch(url, {
					method: options.method,
					headers: { ...options.headers, 'Content-Type': 'application/json' },
					body,
				});
				onRequest?.({ method: options.method, path: url.pathname });
				const text = await response.text();
				let parsed = text;
				try {
					parsed = JSON.parse(text);
				} catch {
					// left as text: the transport reports non-JSON bodies itself
				}
				return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: parsed };
			},
		},
	};
}

module.exports = { createBenchContext };
