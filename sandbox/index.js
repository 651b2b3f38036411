'use strict';
// Local stand-in for api.fivetran.com. See README.md.
const { Store } = require('./store');
const { seedAccount } = require('./seed');
const { createRouter } = require('./router');
const { createFaults } = require('./faults');
const { createLatency } = require('./latency');
const { createStats } = require('./stats');
const { createControl, registerControlRoutes } = require('./control');
const { createSandboxServer } = require('./server');
const { createWebhookHub } = require('./webhooks/hub');
const { settleAll } = require('./settle');
const clock = require('./clock');

const HOST = '127.0.0.1'; // never listen on another interface

function buildApiRouter() {
	const router = createRouter();
	for (const name of ['misc', 'groups', 'connections', 'schemas', 'destinations', 'webhooks', 'transformations',
		'transformation-projects', 'users', 'agents', 'connect-card', 'sync-history']) {
		require(`./routes/${name}`).register(router);
	}
	return router;
}

function normalizeOptions(options) {
	const opts = {
		port: 0,
		seed: 'demo',
		apiKey: 'sandbox-key',
		apiSecret: 'sandbox-secret',
		syncDurationMs: 3000,
		transformationDurationMs: 3000,
		generateConnectors: 0,
		quiet: false,
		logRequests: false,
		requireHttps: false,
		latencyMs: 0,
		...options,
	};
	if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) throw new Error('port must be an integer 0..65535');
	if (!Number.isInteger(opts.syncDurationMs) || opts.syncDurationMs < 0) throw new Error('syncDurationMs must be a non-negative integer');
	if (!Number.isInteger(opts.transformationDurationMs) || opts.transformationDurationMs < 0) throw new Error('transformationDurationMs must be a non-negative integer');
	if (!opts.apiKey || !opts.apiSecret) throw new Error('apiKey and apiSecret must be non-empty');
	return opts;
}

function listen(server, port) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, HOST, () => {
			server.off('error', reject);
			resolve(server.address().port);
		});
	});
}

async function startSandbox(options = {}) {
	const opts = normalizeOptions(options);
	const log = (line) => process.stderr.write(`${line}\n`);
	const store = new Store({ syncDurationMs: opts.syncDurationMs, transformationDurationMs: opts.transformationDurationMs });
	seedAccount(store, { seed: opts.seed, generateConnectors: opts.generateConnectors });
	const faults = createFaults();
	const latency = createLatency(opts.latencyMs);
	const stats = createStats();
	// Attached to the store so sync.js and the routes can send webhook events without more plumbing.
	const webhookHub = createWebhookHub({ store, requireHttps: Boolean(opts.requireHttps), settleNow: () => settleAll(store, clock.now()) });
	store.webhookHub = webhookHub;
	const control = createControl({ store, faults, latency, stats, webhookHub, defaults: { seed: opts.seed, generateConnectors: opts.generateConnectors } });
	const controlRouter = createRouter();
	registerControlRoutes(controlRouter, control);
	const { server, clearTimers } = createSandboxServer({
		store, faults, latency, stats, apiRouter: buildApiRouter(), controlRouter,
		apiKey: opts.apiKey, apiSecret: opts.apiSecret, log, logRequests: opts.logRequests,
	});
	const port = await listen(server, opts.port);
	const url = `http://${HOST}:${port}`;
	if (!opts.quiet) log(`Fivetran sandbox listening on ${url}/v1 (key ${opts.apiKey})`);

	let closing;
	function close() {
		closing ??= new Promise((resolve) => {
			clearTimers();
			webhookHub.close();
			server.close(() => resolve());
			server.closeAllConnections();
		});
		return closing;
	}

	return {
		url,
		baseUrl: `${url}/v1`,
		port,
		apiKey: opts.apiKey,
		store,
		state: store,
		control,
		stats: control.stats,
		close,
	};
}

module.exports = { startSandbox };
