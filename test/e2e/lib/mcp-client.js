'use strict';
// A plain MCP client over Streamable HTTP (JSON-RPC 2.0 in POST requests, answers as JSON or as a
// server-sent event stream): no SDK and no model, so a test sees exactly what an agent would get.

const PROTOCOL_VERSION = '2025-03-26';

/** Reads a response body as SSE until the JSON-RPC answer with `id` arrives (the stream may stay open). */
async function answerFromEventStream(res, id, timeoutMs) {
	const reader = res.body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	const timer = setTimeout(() => reader.cancel().catch(() => {}), timeoutMs);
	try {
		for (;;) {
			const { value, done } = await reader.read();
			if (done) break;
			buffer += decoder.decode(value, { stream: true });
			let end;
			while ((end = buffer.search(/\r?\n\r?\n/)) !== -1) {
				const event = buffer.slice(0, end);
				buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
				const data = event
					.split(/\r?\n/)
					.filter((line) => line.startsWith('data:'))
					.map((line) => line.slice(5).trimStart())
					.join('\n');
				if (!data) continue;
				const message = JSON.parse(data);
				if (message.id === id) return message;
			}
		}
	} finally {
		clearTimeout(timer);
		reader.cancel().catch(() => {});
	}
	throw new Error(`MCP: the event stream ended (or ${timeoutMs} ms passed) without the answer to request ${id}`);
}

/**
 * Opens a session (initialize + notifications/initialized). `request(method, params)` resolves to
 * the JSON-RPC message (result or error); `log` keeps every call with its time.
 */
async function connectMcp(url, { headers = {}, timeoutMs = 60000 } = {}) {
	let sessionId = null;
	let nextId = 1;
	const log = [];
	const post = async (body) => {
		const res = await fetch(url, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				Accept: 'application/json, text/event-stream',
				...(sessionId ? { 'Mcp-Session-Id': sessionId } : {}),
				...headers,
			},
			body: JSON.stringify(body),
		});
		sessionId = res.headers.get('mcp-session-id') ?? sessionId;
		return res;
	};
	const request = async (method, params = {}) => {
		const id = nextId++;
		const started = Date.now();
		const res = await post({ jsonrpc: '2.0', id, method, params });
		if (res.status >= 400) throw new Error(`MCP ${method}: HTTP ${res.status} ${await res.text()}`);
		const type = res.headers.get('content-type') ?? '';
		let message;
		if (type.includes('text/event-stream')) {
			message = await answerFromEventStream(res, id, timeoutMs);
		} else {
			const text = await res.text();
			try {
				message = JSON.parse(text);
			} catch {
				throw new Error(`MCP ${method}: HTTP ${res.status} ${type} answer is not JSON: ${text.slice(0, 200)}`);
			}
		}
		log.push({ method, name: params.name, ms: Date.now() - started });
		return message;
	};
	const init = await request('initialize', {
		protocolVersion: PROTOCOL_VERSION,
		capabilities: {},
		clientInfo: { name: 'n8n-nodes-fivetran-e2e', version: '1.0.0' },
	});
	if (!sessionId) throw new Error(`MCP initialize gave no session id: ${JSON.stringify(init)}`);
	const note = await post({ jsonrpc: '2.0', method: 'notifications/initialized' });
	await note.text();
	return {
		init,
		log,
		sessionId: () => sessionId,
		request,
		listTools: async () => (await request('tools/list')).result.tools,
		/** The tool's answer: { isError, text, json (parsed text when it is JSON) }. */
		async callTool(name, args = {}) {
			const message = await request('tools/call', { name, arguments: args });
			if (message.error) return { isError: true, text: message.error.message, rpcError: message.error };
			const text = (message.result.content ?? []).map((c) => c.text ?? '').join('');
			let json;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			return { isError: message.result.isError === true, text, json };
		},
		async close() {
			if (!sessionId) return;
			await fetch(url, { method: 'DELETE', headers: { 'Mcp-Session-Id': sessionId, ...headers } }).catch(() => {});
		},
	};
}

module.exports = { connectMcp, PROTOCOL_VERSION };
