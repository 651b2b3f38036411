'use strict';
// Ends every sync and transformation run whose time is up; called before each request and by
// the webhook hub's one-second tick.
const { settle } = require('./sync');
const { settleTransformations } = require('./transformation-runs');

function settleAll(store, now = Date.now()) {
	settle(store, now);
	settleTransformations(store, now);
}

module.exports = { settleAll };
