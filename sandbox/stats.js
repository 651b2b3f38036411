'use strict';
// Counts of /v1 requests the sandbox received (including ones answered by auth errors or faults),
// and of those that carried the right key and secret (authenticatedByPath). `peakInFlight`: the
// most requests being answered at one time (side-by-side reads show up here).

function createStats() {
	let data;
	let inFlight = 0;
	const reset = () => {
		data = { total: 0, byPath: {}, byRoute: {}, byStatus: {}, authenticatedByPath: {}, peakInFlight: inFlight };
	};
	reset();
	const bump = (map, key) => {
		map[key] = (map[key] || 0) + 1;
	};
	return {
		request(pathKey, routeKey) {
			data.total++;
			inFlight++;
			data.peakInFlight = Math.max(data.peakInFlight, inFlight);
			bump(data.byPath, pathKey);
			bump(data.byRoute, routeKey);
		},
		authenticated(pathKey) {
			bump(data.authenticatedByPath, pathKey);
		},
		response(status) {
			inFlight = Math.max(0, inFlight - 1);
			bump(data.byStatus, String(status));
		},
		snapshot: () => structuredClone(data),
		reset,
	};
}

module.exports = { createStats };
