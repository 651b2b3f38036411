#!/usr/bin/env node
'use strict';
/*
 * Derives test/contract/fivetran-contract.json from Fivetran's OpenAPI 3.0.1 document.
 *
 * The contract holds facts only (paths, methods, Accept values, query params, top-level body
 * fields, status codes) so tests can check requests without the 3 MB source document, which is
 * not part of the repository.
 *
 * Usage: node scripts/derive-contract.js [path/to/fivetran-openapi.json]
 * Default input: ../shared/fivetran-openapi.json relative to the repo root.
 * Output is deterministic: sorted keys, no timestamps; re-running gives identical bytes.
 */
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const REPO_ROOT = path.resolve(__dirname, '..');
const DEFAULT_INPUT = path.resolve(REPO_ROOT, '..', 'shared', 'fivetran-openapi.json');
const OUTPUT = path.join(REPO_ROOT, 'test', 'contract', 'fivetran-contract.json');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function main() {
	const inputPath = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_INPUT;
	if (!fs.existsSync(inputPath)) {
		console.error(`OpenAPI document not found: ${inputPath}`);
		console.error('Pass its path as the first argument.');
		process.exit(1);
	}
	const raw = fs.readFileSync(inputPath);
	const doc = JSON.parse(raw.toString('utf8'));
	const contract = deriveContract(doc, sha256(raw));
	const text = stableStringify(contract) + '\n';
	fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
	fs.writeFileSync(OUTPUT, text);
	const count = Object.values(contract.paths).reduce((n, ops) => n + Object.keys(ops).length, 0);
	console.log(
		`Wrote ${path.relative(REPO_ROOT, OUTPUT)}: ${Object.keys(contract.paths).length} paths, ` +
			`${count} operations, ${Buffer.byteLength(text)} bytes`,
	);
}

function sha256(buffer) {
	return crypto.createHash('sha256').update(buffer).digest('hex');
}

function deriveContract(doc, sourceSha256) {
	const resolver = makeResolver(doc);
	const paths = {};
	for (const template of Object.keys(doc.paths || {})) {
		if (!template.startsWith('/v1/')) continue; // only the versioned REST API is in scope
		const pathItem = doc.paths[template];
		const sharedParams = pathItem.parameters || [];
		const ops = {};
		for (const method of HTTP_METHODS) {
			if (!pathItem[method]) continue;
			ops[method.toUpperCase()] = deriveOperation(pathItem[method], sharedParams, resolver);
		}
		if (Object.keys(ops).length) paths[template] = ops;
	}
	return {
		generatedBy: 'scripts/derive-contract.js',
		source: {
			openapi: doc.openapi,
			title: doc.info && doc.info.title,
			version: doc.info && doc.info.version,
			servers: (doc.servers || []).map((s) => s.url),
			sha256: sourceSha256,
		},
		paths,
	};
}

function deriveOperation(op, sharedParams, resolver) {
	const params = mergeParameters(sharedParams, op.parameters || [], resolver);
	const out = { operationId: op.operationId };
	if (op.summary) out.summary = op.summary;
	if (op.deprecated) out.deprecated = true;

	const acceptParam = params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'accept');
	if (acceptParam) {
		const schema = resolver.deref(acceptParam.schema || {});
		if (schema.default !== undefined) out.accept = schema.default;
		if (Array.isArray(schema.enum)) out.acceptEnum = schema.enum.slice();
	}

	const query = {};
	for (const p of params.filter((x) => x.in === 'query')) query[p.name] = describeQueryParam(p, resolver);
	if (Object.keys(query).length) out.query = query;

	const pathParams = params.filter((x) => x.in === 'path').map((x) => x.name);
	if (pathParams.length) out.pathParams = pathParams;

	if (op.requestBody) out.body = describeBody(resolver.deref(op.requestBody), resolver);

	const statuses = Object.keys(op.responses || {});
	out.success = statuses.filter((s) => /^2\d\d$/.test(s)).map(Number).sort((a, b) => a - b);
	const errors = statuses.filter((s) => !/^2\d\d$/.test(s));
	if (errors.length) out.otherStatuses = errors.map((s) => (/^\d+$/.test(s) ? Number(s) : s)).sort();
	const responseTypes = new Set();
	for (const s of statuses.filter((x) => /^2/.test(x))) {
		const response = resolver.deref(op.responses[s]);
		for (const type of Object.keys(response.content || {})) responseTypes.add(type);
	}
	if (responseTypes.size) out.responseContentTypes = [...responseTypes].sort();
	return out;
}

// Operation-level parameters override path-level ones with the same name+location (OpenAPI rule).
function mergeParameters(shared, own, resolver) {
	const byKey = new Map();
	for (const p of [...shared, ...own].map((x) => resolver.deref(x))) byKey.set(`${p.in}:${p.name}`, p);
	return [...byKey.values()];
}

function describeQueryParam(param, resolver) {
	const schema = resolver.deref(param.schema || {});
	const out = { required: param.required === true };
	if (schema.type) out.type = schema.type;
	if (schema.format) out.format = schema.format;
	if (Array.isArray(schema.enum)) out.enum = schema.enum.slice();
	if (schema.default !== undefined) out.default = schema.default;
	if (typeof schema.minimum === 'number') out.minimum = schema.minimum;
	if (typeof schema.maximum === 'number') out.maximum = schema.maximum;
	if (out.minimum === undefined && out.maximum === undefined) {
		// Fivetran states page-size bounds only in prose: "Accepts a number in the range 1..1000".
		const m = /range\s+(\d+)\s*\.\.\s*(\d+)/i.exec(param.description || '');
		if (m) {
			out.minimum = Number(m[1]);
			out.maximum = Number(m[2]);
			out.rangeSource = 'description';
		}
	}
	return out;
}

function describeBody(requestBody, resolver) {
	const contentTypes = Object.keys(requestBody.content || {}).sort();
	const out = { required: requestBody.required === true, contentTypes };
	const media = requestBody.content && requestBody.content[contentTypes[0]];
	if (!media || !media.schema) return out;
	const shape = topLevelShape(media.schema, resolver);
	out.requiredFields = [...shape.required].sort();
	out.fields = shape.fields;
	if (shape.additionalProperties) out.additionalProperties = true;
	if (shape.discriminator) out.discriminator = shape.discriminator;
	return out;
}

/*
 * Top-level shape of a body schema: known fields (union over allOf/oneOf/anyOf and discriminator
 * variants) and required fields (allOf adds; alternatives contribute only what all of them require).
 */
function topLevelShape(schemaOrRef, resolver) {
	const base = collectShape(schemaOrRef, resolver, new Set(), true);
	const root = resolver.deref(schemaOrRef);
	if (!root.discriminator || !root.discriminator.mapping) return finishShape(base);

	// Variants usually allOf the base schema again; collectShape ignores the base's discriminator
	// there (expandDiscriminator=false), which also prevents infinite recursion.
	const property = root.discriminator.propertyName;
	const values = Object.keys(root.discriminator.mapping).sort();
	const variants = values.map((v) =>
		collectShape({ $ref: root.discriminator.mapping[v] }, resolver, new Set(), false),
	);
	const merged = mergeAlternatives(variants.map((v) => unionShapes([base, v])));
	if (!Object.hasOwn(merged.fields, property)) merged.fields[property] = [{ type: 'string' }];
	const shape = finishShape(merged);
	shape.discriminator = { property, values };
	return shape;
}

function collectShape(schemaOrRef, resolver, seen, expandDiscriminator) {
	const ref = schemaOrRef && schemaOrRef.$ref;
	if (ref) {
		if (seen.has(ref)) return emptyShape();
		seen = new Set(seen).add(ref);
	}
	const schema = resolver.deref(schemaOrRef || {});
	const parts = [];

	const own = emptyShape();
	for (const [name, prop] of Object.entries(schema.properties || {})) {
		own.fields[name] = [describeField(prop, resolver)];
	}
	for (const name of schema.required || []) own.required.add(name);
	if (schema.additionalProperties === true || isObject(schema.additionalProperties)) {
		own.additionalProperties = true;
	}
	parts.push(own);

	for (const sub of schema.allOf || []) parts.push(collectShape(sub, resolver, seen, expandDiscriminator));
	const alternatives = [...(schema.oneOf || []), ...(schema.anyOf || [])];
	if (alternatives.length) {
		parts.push(mergeAlternatives(alternatives.map((s) => collectShape(s, resolver, seen, expandDiscriminator))));
	}
	return unionShapes(parts);
}

function emptyShape() {
	// Null prototype: body field names such as "constructor" must not hit Object.prototype.
	return { fields: Object.create(null), required: new Set(), additionalProperties: false };
}

// allOf semantics: every field and every requirement of every part applies.
function unionShapes(shapes) {
	const out = emptyShape();
	for (const shape of shapes) {
		for (const [name, descs] of Object.entries(shape.fields)) {
			out.fields[name] = (Object.hasOwn(out.fields, name) ? out.fields[name] : []).concat(descs);
		}
		for (const r of shape.required) out.required.add(r);
		if (shape.additionalProperties) out.additionalProperties = true;
	}
	return out;
}

// oneOf/anyOf semantics: a field is known if any variant knows it; required only if all require it.
function mergeAlternatives(shapes) {
	const out = unionShapes(shapes);
	out.required = shapes.length
		? new Set([...shapes[0].required].filter((r) => shapes.every((s) => s.required.has(r))))
		: new Set();
	return out;
}

// Collapse each field's list of descriptions (one per schema part) into one compact fact.
function finishShape(shape) {
	const fields = Object.create(null);
	for (const [name, descs] of Object.entries(shape.fields)) fields[name] = mergeFieldDescriptions(descs);
	return { fields, required: shape.required, additionalProperties: shape.additionalProperties };
}

function mergeFieldDescriptions(descs) {
	const types = new Set();
	let untyped = false;
	for (const d of descs) (d.type ? types.add(d.type) : (untyped = true));
	const out = {};
	if (types.size && !untyped) out.type = types.size === 1 ? [...types][0] : [...types].sort();
	// An enum restricts the field only if every declaration of it carries one.
	if (descs.every((d) => Array.isArray(d.enum))) {
		const values = [];
		for (const d of descs) for (const v of d.enum) if (!values.includes(v)) values.push(v);
		out.enum = values;
	}
	const formats = new Set(descs.map((d) => d.format).filter(Boolean));
	if (formats.size === 1) out.format = [...formats][0];
	const itemTypes = new Set(descs.map((d) => d.items).filter(Boolean));
	if (itemTypes.size === 1) out.items = [...itemTypes][0];
	return out;
}

function describeField(propOrRef, resolver) {
	const prop = flattenAllOf(propOrRef, resolver);
	const out = {};
	if (prop.type) out.type = prop.type;
	else if (prop.properties || prop.additionalProperties) out.type = 'object';
	if (Array.isArray(prop.enum)) out.enum = prop.enum.slice();
	if (prop.format) out.format = prop.format;
	if (prop.type === 'array' && prop.items) {
		const items = flattenAllOf(prop.items, resolver);
		if (items.type) out.items = items.type;
	}
	return out;
}

// For a property, `allOf: [{$ref}]` is just a wrapper; take the first declared type/enum/format.
function flattenAllOf(schemaOrRef, resolver) {
	const schema = resolver.deref(schemaOrRef || {});
	if (!schema.allOf) return schema;
	const merged = { ...schema };
	for (const sub of schema.allOf) {
		const s = flattenAllOf(sub, resolver);
		for (const key of ['type', 'enum', 'format', 'items', 'properties', 'additionalProperties']) {
			if (merged[key] === undefined && s[key] !== undefined) merged[key] = s[key];
		}
	}
	return merged;
}

function makeResolver(doc) {
	function lookup(ref) {
		if (!ref.startsWith('#/')) throw new Error(`Only local $ref supported: ${ref}`);
		let node = doc;
		for (const raw of ref.slice(2).split('/')) {
			const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
			node = node && node[key];
		}
		if (node === undefined) throw new Error(`Unresolvable $ref: ${ref}`);
		return node;
	}
	return {
		deref(node) {
			let current = node;
			const seen = new Set();
			while (current && current.$ref) {
				if (seen.has(current.$ref)) throw new Error(`$ref cycle at ${current.$ref}`);
				seen.add(current.$ref);
				current = lookup(current.$ref);
			}
			return current;
		},
	};
}

function isObject(x) {
	return x !== null && typeof x === 'object' && !Array.isArray(x);
}

// JSON with object keys sorted at every level; arrays keep their (meaningful) order.
function stableStringify(value) {
	return JSON.stringify(sortKeys(value), null, 1);
}

function sortKeys(value) {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value instanceof Set) return [...value].sort();
	if (!isObject(value)) return value;
	const out = {};
	for (const key of Object.keys(value).sort()) {
		if (value[key] !== undefined) out[key] = sortKeys(value[key]);
	}
	return out;
}

if (require.main === module) main();

module.exports = { deriveContract, stableStringify };
