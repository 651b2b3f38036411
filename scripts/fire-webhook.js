#!/usr/bin/env node
'use strict';
// Fires one webhook event at the playground sandbox through its control API and prints what
// each receiver answered. Talks only to a loopback sandbox.
const USAGE = `Usage: npm run webhook:fire -- <event> [options]

Asks the Fivetran sandbox (FIVETRAN_SANDBOX_URL, default http://127.0.0.1:4010) to deliver one
webhook event to every active webhook subscribed to it, and prints each delivery's HTTP status.

  <event>              e.g. sync_end, sync_start, connection_failure (default sync_end)
  --connector <id>     connection the event is about (default: the first connection)
  --status <status>    sync_end only: SUCCESSFUL | FAILURE | FAILURE_WITH_TASK | RESCHEDULED
  --reason <text>      data.reason
  --signature <kind>   valid (default) | wrong | none | tampered
  --times <n>          send the identical delivery n times (1..10), to test duplicate handling
  --webhook <id>       only this webhook (even if inactive or not subscribed)
  --help               this text

Example: npm run webhook:fire -- sync_end --connector mellow_crane --status FAILURE --reason "Quota exceeded"`;

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const FLAGS = { '--connector': 'connectorId', '--status': 'status', '--reason': 'reason', '--signature': 'signature', '--times': 'times', '--webhook': 'webhookId' };

function parseArgs(argv) {
	const opts = {};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--help' || arg === '-h') return { help: true };
		if (FLAGS[arg]) {
			const value = argv[++i];
			if (value === undefined) throw new Error(`${arg} needs a value`);
			opts[FLAGS[arg]] = arg === '--times' ? Number(value) : value;
		} else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}`);
		else if (opts.event) throw new Error(`Unexpected argument '${arg}'`);
		else opts.event = arg;
	}
	opts.event ??= 'sync_end';
	return opts;
}

function sandboxUrl() {
	const raw = process.env.FIVETRAN_SANDBOX_URL || 'http://127.0.0.1:4010';
	const url = new URL(raw);
	if (!LOOPBACK.includes(url.hostname)) throw new Error(`FIVETRAN_SANDBOX_URL must point at 127.0.0.1/localhost, not ${url.hostname}`);
	return url.origin;
}

async function call(base, method, path, body, auth) {
	const headers = { Accept: 'application/json' };
	if (body !== undefined) headers['Content-Type'] = 'application/json';
	if (auth) headers.Authorization = auth;
	const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
	const json = await res.json().catch(() => ({}));
	if (!res.ok) throw new Error(`${method} ${path} -> HTTP ${res.status}: ${json.message || 'no message'}`);
	return json.data;
}

// The sandbox's public demo credentials (the defaults of sandbox/cli.js).
async function firstConnection(base) {
	const auth = `Basic ${Buffer.from('sandbox-key:sandbox-secret').toString('base64')}`;
	const page = await call(base, 'GET', '/v1/connections?limit=1', undefined, auth);
	if (!page.items.length) throw new Error('The sandbox has no connections: pass --connector or reset it with the demo seed');
	return page.items[0].id;
}

async function main() {
	const opts = parseArgs(process.argv.slice(2));
	if (opts.help) {
		console.log(USAGE);
		return;
	}
	const base = sandboxUrl();
	opts.connectorId ??= await firstConnection(base);
	const { deliveries, payload } = await call(base, 'POST', '/_sandbox/webhooks/deliver', opts);
	console.log(`${payload.event} for ${payload.connector_id} (group ${payload.destination_group_id}) data ${JSON.stringify(payload.data)}`);
	if (!deliveries.length) console.log('No active webhook is subscribed to this event (create one with POST /v1/webhooks/account).');
	for (const d of deliveries) {
		console.log(`  webhook ${d.webhookId} ${d.url} attempt ${d.attempt}: ${d.status ? `HTTP ${d.status}` : `failed (${d.error})`}`);
	}
}

main().catch((err) => {
	console.error(`webhook:fire: ${err.message}${err.cause?.code ? ` (${err.cause.code})` : ''}\n\n${USAGE.split('\n')[0]}`);
	process.exit(1);
});
