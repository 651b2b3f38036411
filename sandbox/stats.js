'use strict';
// Counts of /v1 requests the sandbox received (including ones answered by auth errors or faults),
// and of those that carried the right key and secret (authenticatedByPath).

function createStats() {
	let data;
	const reset = () => {
		data = { total: 0, byPath: {}, byRoute: {}, byStatus: {}, authenticatedByPath: {} };
	};
	reset();
	const bump = (map, key) => {
		map[key] = (map[key] || 0) + 1;
	};
	return {
		request(pathKey, routeKey) {
			data.total++;
			bump(data.byPath, pathKey);
			bump(data.byRoute, routeKey);
		},
		authenticated(pathKey) {
			bump(data.authenticatedByPath, pathKey);
		},
		response(status) {
			bump(data.byStatus, String(status));
		},
		snapshot: () => structuredClone(data),
		reset,
	};
}

module.exports = { createStats };
