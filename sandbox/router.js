'use strict';
// Minimal path matcher: patterns like '/v1/groups/:id/connections'.

function compile(pattern) {
	return pattern.split('/').filter(Boolean);
}

function matchSegments(parts, segments) {
	if (parts.length !== segments.length) return null;
	const params = {};
	for (let i = 0; i < parts.length; i++) {
		const part = parts[i];
		if (part.startsWith(':')) params[part.slice(1)] = segments[i];
		else if (part !== segments[i]) return null;
	}
	return params;
}

function createRouter() {
	const routes = [];

	function add(method, pattern, handler) {
		routes.push({ method, pattern, parts: compile(pattern), handler, key: `${method} ${pattern}` });
	}

	// Returns { route, params } on a hit, { methodNotAllowed: true } when only the method is wrong, or null.
	function match(method, pathname) {
		let segments;
		try {
			segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
		} catch {
			return null;
		}
		let pathKnown = false;
		for (const route of routes) {
			const params = matchSegments(route.parts, segments);
			if (!params) continue;
			if (route.method === method) return { route, params };
			pathKnown = true;
		}
		return pathKnown ? { methodNotAllowed: true } : null;
	}

	return { add, match, routes };
}

module.exports = { createRouter };
