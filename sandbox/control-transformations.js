'use strict';
// Test controls for transformations and hybrid deployment agents (in-process and under /_sandbox).
const { ok, invalid, conflict } = require('./envelope');
const { isObject } = require('./validate');
const { settleAll } = require('./settle');
const { finishRun, startRun } = require('./transformation-runs');
const { transformationView, agentView } = require('./views');
const { findTransformation } = require('./routes/transformations');
const { findAgent } = require('./routes/agents');
const clock = require('./clock');

function createTransformationControl({ store }) {
	function transformation(id) {
		settleAll(store, clock.now());
		return findTransformation(store, id);
	}
	const view = (t) => transformationView(t);

	return {
		getTransformation: (id) => view(transformation(id)),
		// The next run (or the one running now) ends FAILED with `errors: [message]`.
		failNextTransformationRun(id, message) {
			const t = transformation(id);
			const text = isObject(message) ? message.message : message;
			if (text !== undefined && text !== null && typeof text !== 'string') throw invalid("'message' must be a string");
			store.failNextTransformation.set(t.id, text || '');
			return view(t);
		},
		// Start a run as Fivetran's scheduler would.
		startTransformationRun(id) {
			const t = transformation(id);
			startRun(store, t, clock.now());
			return view(t);
		},
		// End the running run now instead of after transformationDurationMs.
		completeTransformationRun(id) {
			const t = transformation(id);
			if (!store.transformationRuns.has(t.id)) throw conflict(`Transformation '${id}' is not running`);
			finishRun(store, t, clock.now());
			return view(t);
		},
		// An agent that comes online has just been used: last_used_at = now.
		setAgentOnline(id, online) {
			const a = findAgent(store, id);
			const value = isObject(online) ? online.online : online;
			if (typeof value !== 'boolean') throw invalid("'online' must be true or false");
			a.online = value;
			if (value) a.last_used_at = new Date(clock.now()).toISOString();
			return agentView(a, store.connectionList());
		},
	};
}

function registerTransformationControlRoutes(router, control) {
	const body = (b) => (b === undefined ? {} : b);
	router.add('GET', '/_sandbox/transformations/:id', ({ params }) => ok(control.getTransformation(params.id)));
	router.add('POST', '/_sandbox/transformations/:id/fail-next-run', ({ params, body: b }) => ok(control.failNextTransformationRun(params.id, body(b))));
	router.add('POST', '/_sandbox/transformations/:id/start-run', ({ params }) => ok(control.startTransformationRun(params.id)));
	router.add('POST', '/_sandbox/transformations/:id/complete-run', ({ params }) => ok(control.completeTransformationRun(params.id)));
	router.add('POST', '/_sandbox/agents/:id/online', ({ params, body: b }) => ok(control.setAgentOnline(params.id, body(b))));
}

module.exports = { createTransformationControl, registerTransformationControlRoutes };
