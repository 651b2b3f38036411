'use strict';
// Test controls: the same functions are used in-process (sandbox.control.*) and over HTTP
// under /_sandbox (no auth). They change state the way real Fivetran events would.
const { ok, invalid, conflict, notFound } = require('./envelope');
const { seedAccount } = require('./seed');
const { startSync, cancelSync, finishSync, settle, addTask, iso, notify } = require('./sync');
const { createWebhookControl, registerWebhookControlRoutes } = require('./webhooks/control');
const { createTransformationControl, registerTransformationControlRoutes } = require('./control-transformations');
const { connectionView } = require('./views');
const { isObject } = require('./validate');
const clock = require('./clock');

const STATUS_FIELDS = ['setup_state', 'sync_state', 'update_state', 'is_historical_sync', 'rescheduled_for', 'schema_status', 'tasks', 'warnings'];

function createControl({ store, faults, latency, stats, defaults, webhookHub }) {
	const now = clock.now;

	function connection(id) {
		settle(store, now());
		const c = store.connections.get(id);
		if (!c) throw notFound('Connection', id);
		return c;
	}

	const view = (c) => connectionView(c);

	return {
		...createWebhookControl({ store, hub: webhookHub }),
		...createTransformationControl({ store }),
		// Rebuild the account (webhooks included); faults, stats and the webhook delivery log are
		// cleared too so each test starts clean.
		reset(opts = {}) {
			if (!isObject(opts)) throw invalid('Reset options must be an object');
			const seed = opts.seed ?? defaults.seed;
			const generateConnectors = opts.generateConnectors ?? defaults.generateConnectors;
			if (opts.syncDurationMs !== undefined) {
				if (!Number.isInteger(opts.syncDurationMs) || opts.syncDurationMs < 0) throw invalid('syncDurationMs must be a non-negative integer');
				store.syncDurationMs = opts.syncDurationMs;
			}
			if (opts.transformationDurationMs !== undefined) {
				if (!Number.isInteger(opts.transformationDurationMs) || opts.transformationDurationMs < 0) throw invalid('transformationDurationMs must be a non-negative integer');
				store.transformationDurationMs = opts.transformationDurationMs;
			}
			try {
				seedAccount(store, { seed, generateConnectors });
			} catch (err) {
				throw invalid(err.message);
			}
			faults.clear();
			stats.reset();
			webhookHub.clearDeliveries();
			return { seed, generateConnectors, groups: store.groups.size, connections: store.connections.size, transformations: store.transformations.size };
		},
		// Kept across resets: it is how far away the API is, not part of the account.
		latency: () => ({ latencyMs: latency.get() }),
		setLatency: (ms) => ({ latencyMs: latency.set(ms) }),
		faults: (patch) => (patch === undefined ? faults.get() : faults.set(patch)),
		getFaults: () => faults.get(),
		clearFaults: () => faults.clear(),
		stats: () => stats.snapshot(),
		resetStats: () => {
			stats.reset();
			return stats.snapshot();
		},
		getConnection: (id) => view(connection(id)),

		// Like a source revoking access: the connection breaks, a task appears, the running sync fails.
		breakConnection(id, reason) {
			const c = connection(id);
			const message = (isObject(reason) ? reason.reason : reason) || 'The source rejected the credentials. Reconnect to resume syncing.';
			cancelSync(store, c);
			c.status.setup_state = 'broken';
			c.status.update_state = 'delayed';
			addTask(c, 'reconnect', message);
			c.failed_at = iso(now());
			notify(store, 'connection_failure', c, { data: { reason: message } });
			return view(c);
		},
		fixConnection(id) {
			const c = connection(id);
			c.status.setup_state = 'connected';
			c.status.update_state = 'on_schedule';
			c.status.tasks = [];
			c.succeeded_at = iso(now());
			return view(c);
		},
		failNextSync(id, opts = {}) {
			const c = connection(id);
			const o = isObject(opts) ? opts : { reason: opts };
			store.failNext.set(c.id, { reason: o.reason || null, breaks: Boolean(o.breaks) });
			return view(c);
		},
		// Fivetran waits for source API quota: sync_state 'rescheduled' until `until`.
		reschedule(id, until) {
			const c = connection(id);
			const when = isObject(until) ? until.until : until;
			const ms = when === undefined || when === null ? now() + 60 * 60 * 1000 : Date.parse(when);
			if (Number.isNaN(ms)) throw invalid("'until' must be an ISO timestamp");
			cancelSync(store, c);
			c.status.sync_state = 'rescheduled';
			c.status.rescheduled_for = iso(ms);
			return view(c);
		},
		// Finish a running sync right now instead of waiting for syncDurationMs.
		completeSync(id) {
			const c = connection(id);
			if (!store.syncs.has(c.id)) throw conflict(`Connection '${id}' is not syncing`);
			finishSync(store, c, now());
			return view(c);
		},
		startSync(id, opts = {}) {
			const c = connection(id);
			startSync(store, c, { historical: Boolean(opts.historical), force: true, now: now() });
			return view(c);
		},
		// Merge raw fields (status fields inside `status`); for states no API call can reach.
		setConnection(id, fields) {
			const c = connection(id);
			if (!isObject(fields)) throw invalid('Fields must be an object');
			for (const [key, value] of Object.entries(fields)) {
				if (key === 'id') continue;
				if (key === 'status') {
					if (!isObject(value)) throw invalid("'status' must be an object");
					for (const [sk, sv] of Object.entries(value)) {
						if (!STATUS_FIELDS.includes(sk)) throw invalid(`Unknown status field '${sk}'`);
						c.status[sk] = sv;
					}
					if (value.sync_state && value.sync_state !== 'syncing') store.syncs.delete(c.id);
				} else if (key === 'config' && isObject(value)) {
					c.config = { ...c.config, ...value };
				} else {
					c[key] = value;
				}
			}
			if ('group_id' in fields) store._touch('connections'); // a move changes the groups' lists
			return view(c);
		},
	};
}

function registerControlRoutes(router, control) {
	const body = (b) => (b === undefined ? {} : b);
	router.add('GET', '/_sandbox/health', () => ok({ status: 'ok' }));
	router.add('POST', '/_sandbox/reset', ({ body: b }) => ok(control.reset(body(b)), 'Sandbox has been reset'));
	router.add('GET', '/_sandbox/latency', () => ok(control.latency()));
	router.add('POST', '/_sandbox/latency', ({ body: b }) => ok(control.setLatency(body(b).latencyMs), 'Latency updated'));
	router.add('GET', '/_sandbox/faults', () => ok(control.getFaults()));
	router.add('POST', '/_sandbox/faults', ({ body: b }) => ok(control.faults(body(b)), 'Faults updated'));
	router.add('DELETE', '/_sandbox/faults', () => ok(control.clearFaults(), 'Faults cleared'));
	router.add('GET', '/_sandbox/stats', () => ok(control.stats()));
	router.add('POST', '/_sandbox/stats/reset', () => ok(control.resetStats(), 'Stats have been reset'));
	router.add('GET', '/_sandbox/connections/:id', ({ params }) => ok(control.getConnection(params.id)));
	router.add('POST', '/_sandbox/connections/:id/break', ({ params, body: b }) => ok(control.breakConnection(params.id, body(b))));
	router.add('POST', '/_sandbox/connections/:id/fix', ({ params }) => ok(control.fixConnection(params.id)));
	router.add('POST', '/_sandbox/connections/:id/fail-next-sync', ({ params, body: b }) => ok(control.failNextSync(params.id, body(b))));
	router.add('POST', '/_sandbox/connections/:id/reschedule', ({ params, body: b }) => ok(control.reschedule(params.id, body(b))));
	router.add('POST', '/_sandbox/connections/:id/complete-sync', ({ params }) => ok(control.completeSync(params.id)));
	router.add('POST', '/_sandbox/connections/:id/start-sync', ({ params, body: b }) => ok(control.startSync(params.id, body(b))));
	router.add('POST', '/_sandbox/connections/:id/set', ({ params, body: b }) => ok(control.setConnection(params.id, body(b))));
	registerWebhookControlRoutes(router, control);
	registerTransformationControlRoutes(router, control);
}

module.exports = { createControl, registerControlRoutes };
