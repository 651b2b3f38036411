#!/usr/bin/env node
'use strict';
// Checks that imports under nodes/ and credentials/ point one way: down the layers written in
// ARCHITECTURE.md, never up or sideways between resources, and never in a cycle.
// CLI: node scripts/check-layers.js [root]   API: findLayerViolations(root) -> string[]
const fs = require('fs');
const path = require('path');

const SPECIFIER = /(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;

function sourceFiles(root) {
	const out = [];
	const walk = (dir) => {
		if (!fs.existsSync(dir)) return;
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.ts')) out.push(full);
		}
	};
	walk(path.join(root, 'nodes'));
	walk(path.join(root, 'credentials'));
	return out;
}

function resolveImport(fromFile, specifier) {
	const base = path.resolve(path.dirname(fromFile), specifier);
	for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
		if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}

/**
 * Where a file sits: its room and its layer in that room (higher = nearer the node). Rooms:
 * nodes/shared (everyone's), the action node nodes/Fivetran (common/ <- a resource's helpers <- its
 * operations and index.ts <- the node's top files), the polling trigger nodes/FivetranTrigger (poll/
 * <- connectors/, transformations/, agents/ <- the node's top files), the webhook trigger, credentials.
 */
function placeOf(relativePath) {
	const parts = relativePath.split('/');
	if (parts[0] === 'credentials') return { room: 'credentials', layer: 9 };
	if (parts[1] === 'shared') return { room: 'shared', layer: 1 };
	const node = parts[1];
	const folder = parts.length > 3 ? parts[2] : undefined;
	if (node === 'FivetranTrigger') {
		if (folder === undefined) return { room: node, layer: 5 };
		if (folder === 'poll') return { room: node, layer: 2 };
		return { room: node, layer: 3, resource: folder };
	}
	if (node !== 'Fivetran') return { room: node, layer: 5 };
	if (folder === undefined) return { room: 'Fivetran', layer: 5 };
	if (folder === 'common') return { room: 'Fivetran', layer: 2 };
	const file = parts[parts.length - 1];
	const isOperation = file.endsWith('.operation.ts') || (parts.length === 4 && file === 'index.ts');
	return { room: 'Fivetran', layer: isOperation ? 4 : 3, resource: folder };
}

const LAYER_NAMES = {
	Fivetran: { 2: 'nodes/Fivetran/common', 3: 'resource helpers', 4: 'operations', 5: 'the node' },
	FivetranTrigger: { 2: 'the poll (poll/)', 3: 'a watched kind', 5: 'the node' },
};
const layerName = (place) => LAYER_NAMES[place.room]?.[place.layer] ?? place.room;

/**
 * The credential's deny list offers every operation of the action node, so the credential reads
 * the node's catalog (a top file that itself reads only the operation maps): the one import into a
 * node from outside it.
 */
const CREDENTIALS_MAY_IMPORT = new Set(['nodes/Fivetran/catalog.ts']);

function judge(from, to, toPath) {
	if (to.room === 'shared') return undefined; // everyone may use the shared layer
	if (from.room === 'shared') return 'nodes/shared imports only nodes/shared';
	if (from.room === 'credentials') {
		return CREDENTIALS_MAY_IMPORT.has(toPath)
			? undefined
			: 'credentials import only nodes/shared (and the catalog)';
	}
	if (from.room !== to.room)
		return `${from.room} may not import ${to.room} (rooms meet only in nodes/shared)`;
	if (to.layer > from.layer) return `upward: ${layerName(from)} imports ${layerName(to)}`;
	if (from.resource && to.resource && from.resource !== to.resource) {
		return `sideways: ${from.resource}/ imports ${to.resource}/ (share it through ${from.room === 'Fivetran' ? 'common/' : 'poll/'} or nodes/shared)`;
	}
	return undefined;
}

function importGraph(root) {
	const graph = new Map();
	for (const file of sourceFiles(root)) {
		const text = fs.readFileSync(file, 'utf8');
		const targets = [];
		for (const match of text.matchAll(SPECIFIER)) {
			const target = resolveImport(file, match[1]);
			if (target) targets.push(target);
		}
		graph.set(file, targets);
	}
	return graph;
}

function findCycles(graph) {
	const cycles = [];
	const state = new Map();
	const stack = [];
	const visit = (file) => {
		state.set(file, 'open');
		stack.push(file);
		for (const next of graph.get(file) || []) {
			if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).concat(next));
			else if (!state.has(next)) visit(next);
		}
		stack.pop();
		state.set(file, 'done');
	};
	for (const file of graph.keys()) if (!state.has(file)) visit(file);
	return cycles;
}

function findLayerViolations(root) {
	const rel = (file) => path.relative(root, file).split(path.sep).join('/');
	const graph = importGraph(root);
	const problems = [];
	for (const [file, targets] of graph) {
		for (const target of targets) {
			const why = judge(placeOf(rel(file)), placeOf(rel(target)), rel(target));
			if (why) problems.push(`${rel(file)} -> ${rel(target)}: ${why}`);
		}
	}
	for (const cycle of findCycles(graph)) problems.push(`cycle: ${cycle.map(rel).join(' -> ')}`);
	return problems;
}

module.exports = { findLayerViolations, placeOf };

if (require.main === module) {
	const root = path.resolve(process.argv[2] || path.join(__dirname, '..'));
	const problems = findLayerViolations(root);
	for (const problem of problems) console.log(problem);
	console.log(
		problems.length === 0
			? 'layers: every import points down'
			: `layers: ${problems.length} problem(s)`,
	);
	process.exitCode = problems.length === 0 ? 0 : 1;
}
