'use strict';
// Simulated setup tests. A connection fails them when any config value contains "sandbox-fail"
// (so playground users can see a failure), or when it is broken and its config did not change.
const { setupTestTitles } = require('./services');
const { addTask } = require('./sync');

const FAIL_MARKER = 'sandbox-fail';

function containsFailMarker(value) {
	if (typeof value === 'string') return value.includes(FAIL_MARKER);
	if (value && typeof value === 'object') return Object.values(value).some(containsFailMarker);
	return false;
}

function runConnectionTests(connection, { configChanged = false } = {}) {
	const titles = setupTestTitles(connection.service);
	const status = connection.status;
	let failure = null;
	if (containsFailMarker(connection.config)) {
		failure = 'Invalid credentials: the source rejected the login.';
	} else if (status.setup_state === 'broken' && !configChanged) {
		failure = status.tasks[0]?.message || 'The connection is broken.';
	}
	const tests = titles.map((title) => ({ title, status: 'PASSED', message: '' }));
	if (failure) {
		const last = tests[tests.length - 1];
		last.status = 'FAILED';
		last.message = failure;
		status.setup_state = 'broken';
		status.update_state = 'delayed';
		addTask(connection, 'setup_test_failed', failure);
	} else {
		status.setup_state = 'connected';
		status.tasks = [];
	}
	return tests;
}

function runDestinationTests(destination) {
	const titles = ['Host Connection', 'Database Connection', 'Permission Test'];
	const failed = containsFailMarker(destination.config);
	destination.setup_status = failed ? 'BROKEN' : 'CONNECTED';
	return titles.map((title, i) => ({
		title,
		status: failed && i === titles.length - 1 ? 'FAILED' : 'PASSED',
		message: failed && i === titles.length - 1 ? 'Invalid credentials: the destination rejected the login.' : '',
	}));
}

module.exports = { runConnectionTests, runDestinationTests, containsFailMarker };
